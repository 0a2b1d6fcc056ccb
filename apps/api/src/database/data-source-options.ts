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
  };
}
