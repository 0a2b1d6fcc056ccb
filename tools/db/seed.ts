import { createBridgeApp } from '../../apps/api/src/bootstrap';
import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { startDatabaseServer } from '../../apps/api/src/database/database-server';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';
import { DemoSeedService } from '../../apps/api/src/demo-seed/demo-seed.service';

/** `npm run db:seed`: creates the demo organizations that are missing (never in production). */
async function seed(): Promise<void> {
  const config = loadAppConfig();
  if (config.environment === 'production') throw new Error('Production never seeds demo data.');
  const database = await startDatabaseServer(config);
  try {
    await prepareDatabase(database);
    const app = await createBridgeApp(config, database);
    await app.init();
    const outcomes = await app.get(DemoSeedService).seedDemoOrganizations();
    await app.close();
    for (const outcome of outcomes) {
      process.stdout.write(`${outcome.organization}: ${outcome.created ? `created with ${outcome.people} people` : 'already there, left as it is'}\n`);
    }
  } finally {
    await database.stop();
  }
}

seed().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
