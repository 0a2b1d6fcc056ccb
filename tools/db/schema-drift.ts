import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../apps/api/src/database/data-source-options';

export interface SchemaDrift {
  up: string[];
  down: string[];
}

/** Applies every migration to an empty database, then asks TypeORM what the entities still need. */
export async function schemaDriftAfterMigrations(url: string): Promise<SchemaDrift> {
  const dataSource = new DataSource(buildDataSourceOptions(url, { poolSize: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((query) => query.query),
      down: log.downQueries.map((query) => query.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}
