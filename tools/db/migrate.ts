import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { startDatabaseServer } from '../../apps/api/src/database/database-server';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
async function migrate(): Promise<void> {
  const config = loadAppConfig();
  const database = await startDatabaseServer(config);
  try {
    const applied = await prepareDatabase(database, { appRolePassword: config.appRolePassword });
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
    );
  } finally {
    await database.stop();
  }
}

migrate().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
