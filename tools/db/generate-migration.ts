import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withScratchDatabase } from './scratch-database';
import { schemaDriftAfterMigrations } from './schema-drift';

/** `npm run db:migration:generate -- AddOpportunities`: writes the migration that brings the schema to the entities. */
async function generateMigration(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: npm run db:migration:generate -- AddOpportunities');
  }
  const drift = await withScratchDatabase(schemaDriftAfterMigrations);
  if (drift.up.length === 0) {
    process.stdout.write('The migrations already match the entities; nothing to generate.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const directory = join(__dirname, '../../apps/api/src/database/migrations');
  const fileName = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const statements = (queries: string[]) => queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  writeFileSync(
    join(directory, `${fileName}.ts`),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(drift.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements(drift.down)}
  }
}
`,
  );
  const indexFile = join(directory, 'index.ts');
  const index = readFileSync(indexFile, 'utf8')
    .replace(/^\/\*\*/m, `import { ${className} } from './${fileName}';\n/**`)
    .replace(/export const BRIDGE_MIGRATIONS = \[([^\]]*)\];/, (_, list: string) => {
      const entries = list.split(',').map((entry) => entry.trim()).filter(Boolean);
      return `export const BRIDGE_MIGRATIONS = [${[...entries, className].join(', ')}];`;
    });
  writeFileSync(indexFile, index);
  process.stdout.write(`Wrote ${fileName}.ts with ${drift.up.length} statements; registered it in migrations/index.ts.\n`);
}

generateMigration().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
