import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { startDatabaseServer } from '../../apps/api/src/database/database-server';

/**
 * Runs `work` against an empty database that is dropped afterwards: on the server of
 * SCRATCH_DATABASE_URL when set (CI may use the system PostgreSQL), else on a throw-away embedded one.
 */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const external = process.env['SCRATCH_DATABASE_URL'];
  const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), 'bridge-scratch-'));
  const server = await startDatabaseServer(
    loadAppConfig({
      ...(external ? { DATABASE_URL: external } : { BRIDGE_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(55000 + Math.floor(Math.random() * 5000)) }),
    }),
  );
  const database = `bridge_scratch_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: server.ownerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  try {
    return await work(server.ownerUrl.replace(/\/[^/]*$/, `/${database}`));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
