import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { APP_ROLE } from '../../apps/api/src/database/database-server';

/**
 * A database on a server Bridge does not run is backed up with PostgreSQL's own client tools from
 * the PATH, in pg_dump's custom format: they must be of the server's major version or newer, as
 * pg_dump refuses a newer server. Managed services' own backups are the other way (README).
 */

const run = promisify(execFile);

async function serverMajorVersion(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>(
      `SELECT current_setting('server_version_num') AS version`,
    );
    return Math.floor(Number(rows[0]?.version) / 10000);
  } finally {
    await client.end();
  }
}

/** pg_dump or pg_restore from the PATH, if its major version can serve a server of `serverMajor`. */
async function clientTool(name: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<string> {
  let version: number;
  try {
    const { stdout } = await run(name, ['--version']);
    version = Number(/(\d+)(\.\d+)?/.exec(stdout)?.[1]);
  } catch {
    throw new Error(
      `${name} is not on the PATH: install the PostgreSQL ${serverMajor} client tools (e.g. postgresql-client-${serverMajor}), or use your database provider's backups.`,
    );
  }
  if (version < serverMajor) {
    throw new Error(
      `${name} ${version} cannot handle this PostgreSQL ${serverMajor} server: install the PostgreSQL ${serverMajor} client tools, or use your database provider's backups.`,
    );
  }
  return name;
}

/** libpq's connection settings, the password in the environment rather than on a command line others can read. */
function connection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { args: [`--dbname=${parsed.toString()}`], env: { ...process.env, PGPASSWORD: password } };
}

export async function dumpExternalDatabase(ownerUrl: string, file: string): Promise<void> {
  const pgDump = await clientTool('pg_dump', await serverMajorVersion(ownerUrl));
  const { args, env } = connection(ownerUrl);
  mkdirSync(dirname(file), { recursive: true });
  await run(pgDump, ['--format=custom', `--file=${file}`, ...args], { env });
}

/** How many tables and sequences the database has outside PostgreSQL's own schemas. */
export async function relationsIn(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

/** Sessions on the database other than this one: a running Bridge has some. */
export async function otherSessionsOn(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

/** Drops the database of `url` and creates it again, empty, owned by the one who connects. */
export async function recreateDatabase(url: string): Promise<void> {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE ${client.escapeIdentifier(database)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Restores a custom-format dump into an empty database, in one transaction. Roles belong to the
 * server, not to a database's dump: bridge_app is created first (as the first migration would), so
 * the dump's grants to it apply; objects are owned by whoever restores (the owner of DATABASE_OWNER_URL).
 */
export async function restoreExternalDatabase(file: string, ownerUrl: string): Promise<void> {
  const pgRestore = await clientTool('pg_restore', await serverMajorVersion(ownerUrl));
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
  } finally {
    await client.end();
  }
  const { args, env } = connection(ownerUrl);
  await run(pgRestore, ['--no-owner', '--single-transaction', '--exit-on-error', ...args, file], { env });
}
