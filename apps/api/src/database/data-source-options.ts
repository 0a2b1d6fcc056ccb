import type { DataSourceOptions } from 'typeorm';
import { BRIDGE_ENTITIES } from './entities';
import { BRIDGE_MIGRATIONS } from './migrations';

/** One definition of the connection for the app, the migration tools and the tests. */
export function buildDataSourceOptions(
  url: string,
  overrides: { poolSize?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: BRIDGE_ENTITIES,
    migrations: BRIDGE_MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'all',
    synchronize: false,
    migrationsRun: false,
    poolSize: overrides.poolSize ?? 10,
    applicationName: 'bridge-api',
    // Defence in depth: a transaction left open by a bug must not hold its locks and connection
    // forever; PostgreSQL ends any that sits idle for a minute.
    extra: { options: '-c idle_in_transaction_session_timeout=60000' },
  };
}
