import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

/** Applies pending migrations in one transaction; safe to call at every start. Returns their names. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions(databaseUrl, { poolSize: 1 }));
  await dataSource.initialize();
  try {
    // Replicas starting together: one migrates, the others wait, then find nothing pending.
    await dataSource.query(`SELECT pg_advisory_lock(hashtext('bridge:migrations'))`);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.query(`SELECT pg_advisory_unlock(hashtext('bridge:migrations'))`).catch(() => undefined);
    await dataSource.destroy();
  }
}
