import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createBridgeApp } from '../src/bootstrap';
import { loadAppConfig } from '../src/config/app-config';
import { appRoleUrl, startDatabaseServer } from '../src/database/database-server';
import { prepareDatabase } from '../src/database/prepare-database';
import { DemoSeedService } from '../src/demo-seed/demo-seed.service';
import { databaseUrl, TEMPLATE_DATABASE } from './test-database';

/**
 * Runs as its own process for the whole test run (see global-setup.cjs): starts the PostgreSQL the
 * integration tests share (embedded in a temp directory, or the server of TEST_DATABASE_URL) and
 * builds a template database: migrated, demo organizations seeded, job queue schema created. Each
 * test file clones it, which takes a fraction of a second. Prints the server URL, then waits to be stopped.
 */
async function serveTestDatabase(): Promise<void> {
  const external = process.env['TEST_DATABASE_URL'];
  const server = await startDatabaseServer(
    loadAppConfig(
      external
        ? { DATABASE_URL: external }
        : {
            BRIDGE_DATA_DIR: mkdtempSync(join(tmpdir(), 'bridge-test-')),
            EMBEDDED_PG_PORT: String(56000 + Math.floor(Math.random() * 4000)),
          },
    ),
  );
  const stop = async (): Promise<void> => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();

  const admin = new Client({ connectionString: databaseUrl(server.ownerUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }

  // Migrated as the owner; the app (and every test's app) connects as bridge_app, under row-level security.
  const templateUrl = databaseUrl(server.ownerUrl, TEMPLATE_DATABASE);
  await prepareDatabase({ ownerUrl: templateUrl, embedded: server.embedded }, { enableAppLogin: true });
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATABASE_URL: appRoleUrl(templateUrl),
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
  });
  const app = await createBridgeApp(config, { url: appRoleUrl(templateUrl), ownerUrl: templateUrl });
  await app.init();
  await app.get(DemoSeedService).seedDemoOrganizations({ evidence: false });
  await app.close();
  process.stdout.write(`BRIDGE_TEST_SERVER_URL=${server.ownerUrl}\n`);
}

serveTestDatabase().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
