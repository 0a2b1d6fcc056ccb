import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createBridgeApp } from './bootstrap';
import { ConfigError, loadAppConfig } from './config/app-config';
import { startDatabaseServer } from './database/database-server';
import { PostmasterSupervisor } from './database/postmaster-supervisor';
import { HttpDrain } from './health/http-drain';
import { ServiceStatus } from './health/service-status';
import { assertAppConnectionIsolated, prepareDatabase } from './database/prepare-database';
import { DemoSeedService } from './demo-seed/demo-seed.service';
import { OrganizationSetupService } from './organizations/organization-setup.service';
import { DEMO_PASSWORD } from './demo-seed/demo-organizations';

const DEMO_ACCOUNTS = ['admin', 'hr', 'sponsor', 'candidate', 'manager', 'mentee'].map(
  (who) => `${who}@acme.test`,
);

async function main(): Promise<void> {
  const logger = new Logger('Bridge');
  let config;
  try {
    config = loadAppConfig();
  } catch (error: unknown) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }

  const database = await startDatabaseServer(config);
  await prepareDatabase(database, { appRolePassword: config.appRolePassword });
  await assertAppConnectionIsolated(database.url, config.environment === 'production');
  const app = await createBridgeApp(config, database);

  if (process.argv[2] === 'create-organization') {
    await createOrganizationFromCommandLine(app.get(OrganizationSetupService), process.argv.slice(3));
    await app.close();
    await database.stop();
    return;
  }
  const status = app.get(ServiceStatus);
  const drain = new HttpDrain(app.getHttpServer(), status);
  const supervisor = database.postmaster
    ? new PostmasterSupervisor(database.postmaster, status, () => process.exit(1))
    : undefined;
  let stopping = false;
  // Drain first (requests in flight finish on a live database), then jobs and modules, then PostgreSQL.
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: draining, then shutting down`);
    const cutOff = await drain.drain(config.shutdownGraceSeconds * 1_000);
    if (cutOff > 0)
      logger.warn(
        `${cutOff} requests were still running after ${config.shutdownGraceSeconds} s and were cut off`,
      );
    supervisor?.stop();
    await app.close();
    await database.stop();
    process.exit(0);
  };
  const stopOn = (signal: string) => () =>
    void stop(signal).catch((error: unknown) => {
      logger.error({ err: error }, 'Shutdown failed');
      process.exit(1);
    });
  process.once('SIGINT', stopOn('SIGINT'));
  process.once('SIGTERM', stopOn('SIGTERM'));

  if (config.seedDemo) await app.get(DemoSeedService).seedDemoOrganizations();
  await app.listen(config.port, config.host);
  app.flushLogs();

  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Bridge is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/health)`,
    `  Database: ${database.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'external (DATABASE_URL)'}`,
  ];
  if (config.seedDemo) {
    lines.push(
      `  Sign in with any demo account, password "${DEMO_PASSWORD}":`,
      ...DEMO_ACCOUNTS.map((email) => `    ${email}`),
      '    hr@globex.test   (a second organization, to see tenant isolation)',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

/** `node dist/apps/api/main.js create-organization --name "Acme" --slug acme --admin-name "Ana" --admin-email ana@acme.com` */
async function createOrganizationFromCommandLine(
  setup: OrganizationSetupService,
  args: string[],
): Promise<void> {
  const option = (flag: string): string => {
    const index = args.indexOf(`--${flag}`);
    const value = index >= 0 ? args[index + 1] : undefined;
    if (!value) throw new Error(`create-organization needs --${flag} <value>`);
    return value;
  };
  const created = await setup.create({
    name: option('name'),
    slug: option('slug'),
    adminName: option('admin-name'),
    adminEmail: option('admin-email'),
  });
  process.stdout.write(
    `Created the organization. Its admin signs in as ${created.adminEmail} with this password (shown once):\n  ${created.adminPassword}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Bridge failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
