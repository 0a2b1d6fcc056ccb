import { withScratchDatabase } from './scratch-database';
import { schemaDriftAfterMigrations } from './schema-drift';

/** CI check: the migrations, applied to an empty database, give exactly the schema the entities describe. */
withScratchDatabase(schemaDriftAfterMigrations)
  .then((drift) => {
    if (drift.up.length === 0) {
      process.stdout.write('Migrations and entities agree.\n');
      return;
    }
    process.stderr.write(
      `The entities need changes no migration makes. Run \`npm run db:migration:generate -- <Name>\`. Missing:\n${drift.up.map((q) => `  ${q}`).join('\n')}\n`,
    );
    process.exit(1);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
