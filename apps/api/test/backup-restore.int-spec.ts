import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createBridgeApp } from '../src/bootstrap';
import { loadAppConfig } from '../src/config/app-config';
import { appRoleUrl, embeddedOwnerUrl } from '../src/database/database-server';
import { prepareDatabase } from '../src/database/prepare-database';
import { OrganizationSetupService } from '../src/organizations/organization-setup.service';
import { stopProcess } from './child-processes';
import { externalPostgres, startEmbeddedBridge } from './external-postgres';
import { fromSource, runNode } from './run-command';

/** Rows per table of the public and job queue schemas, and the rows that say whose data it is. */
interface Snapshot {
  counts: Record<string, number>;
  organizations: unknown[];
  admins: unknown[];
}

async function query<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function snapshot(ownerUrl: string): Promise<Snapshot> {
  const tables = await query<{ name: string }>(
    ownerUrl,
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname IN ('public', 'pgboss') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = Number(
      (await query<{ count: string }>(ownerUrl, `SELECT count(*) AS count FROM ${name}`))[0]?.count,
    );
  }
  return {
    counts,
    organizations: await query(ownerUrl, 'SELECT id, slug, name, created_at FROM organization ORDER BY slug'),
    admins: await query(
      ownerUrl,
      'SELECT organization_id, id, email, password_hash FROM person ORDER BY email',
    ),
  };
}

/** Two organizations made the way Bridge makes them (their framework copies, admins, audit rows). */
async function createOrganizations(ownerUrl: string): Promise<string[]> {
  const config = loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const app = await createBridgeApp(config, { url: appRoleUrl(ownerUrl), ownerUrl });
  await app.init();
  try {
    const setup = app.get(OrganizationSetupService);
    const ids: string[] = [];
    for (const slug of ['umbrella', 'wayne']) {
      const created = await setup.create({
        name: `${slug} corp`,
        slug,
        adminName: `Admin of ${slug}`,
        adminEmail: `admin@${slug}.example`,
      });
      ids.push(created.organizationId);
    }
    return ids;
  } finally {
    await app.close();
  }
}

/** What bridge_app sees of one organization's people under row-level security, and with no tenant set. */
async function peopleSeenByApp(
  appUrl: string,
  organizationId: string,
): Promise<{ tenant: number; none: number }> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [organizationId]);
    const tenant = await client.query<{ count: string }>('SELECT count(*) AS count FROM person');
    await client.query('COMMIT');
    const none = await client.query<{ count: string }>('SELECT count(*) AS count FROM person');
    return { tenant: Number(tenant.rows[0]?.count), none: Number(none.rows[0]?.count) };
  } finally {
    await client.end();
  }
}

describe('npm run db:backup and db:restore', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bridge-backup-test-'));
  // Running as root, PostgreSQL runs as the "postgres" user, which must reach the data directories.
  chmodSync(scratch, 0o755);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  describe('the embedded database', () => {
    const embedded = (dataDir: string, port: number): Record<string, string> => ({
      BRIDGE_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(port),
      DATABASE_URL: '',
      DATABASE_OWNER_URL: '',
    });
    let bridge: ChildProcess | undefined;
    afterAll(() => stopProcess(bridge));

    it('is backed up while Bridge runs, and restored into a fresh data directory with the same rows', async () => {
      const port = 57000 + Math.floor(Math.random() * 1000);
      const originalDir = join(scratch, 'original');
      bridge = await startEmbeddedBridge(originalDir, port);
      const ownerUrl = embeddedOwnerUrl(port);
      const [umbrella] = await createOrganizations(ownerUrl);
      const before = await snapshot(ownerUrl);
      expect(before.organizations).toHaveLength(2);

      const file = join(scratch, 'bridge.tar.gz');
      const original = embedded(originalDir, port);
      const backup = await runNode(fromSource('tools/db/backup.ts', file), original);
      expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('Backed up to') });
      // Written after the backup: the restore must not bring it back.
      await query(ownerUrl, `INSERT INTO organization (id, slug, name) VALUES ($1, 'later', 'Later')`, [
        randomUUID(),
      ]);

      const whileRunning = await runNode(fromSource('tools/db/restore.ts', file), original);
      expect(whileRunning.code).toBe(1);
      expect(whileRunning.stderr).toContain('stop Bridge first');
      await stopProcess(bridge);

      const freshDir = join(scratch, 'fresh');
      const fresh = embedded(freshDir, port + 1);
      const restored = await runNode(fromSource('tools/db/restore.ts', file), fresh);
      expect(restored).toMatchObject({ code: 0, stdout: expect.stringContaining('Restored') });
      const overwrite = await runNode(fromSource('tools/db/restore.ts', file), fresh);
      expect(overwrite.code).toBe(1);
      expect(overwrite.stderr).toContain('--force');

      bridge = await startEmbeddedBridge(freshDir, port + 1);
      expect(await snapshot(embeddedOwnerUrl(port + 1))).toEqual(before);
      expect(await peopleSeenByApp(appRoleUrl(embeddedOwnerUrl(port + 1)), umbrella ?? '')).toEqual({
        tenant: 1,
        none: 0,
      });
    }, 240_000);
  });

  describe('an external server', () => {
    it('is dumped with pg_dump and restored into an empty database with the same rows', async () => {
      const server = await externalPostgres();
      try {
        const source = await server.createDatabase('bridge_backup_source');
        await prepareDatabase({ ownerUrl: source, embedded: false }, { enableAppLogin: true });
        const [umbrella] = await createOrganizations(source);
        const before = await snapshot(source);

        const file = join(scratch, 'bridge.dump');
        const external = (ownerUrl: string): Record<string, string> => ({
          DATABASE_OWNER_URL: ownerUrl,
          DATABASE_URL: appRoleUrl(ownerUrl),
        });
        const backup = await runNode(fromSource('tools/db/backup.ts', file), external(source));
        expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('Backed up to') });

        const target = await server.createDatabase('bridge_backup_target');
        const restored = await runNode(fromSource('tools/db/restore.ts', file), external(target));
        expect(restored).toMatchObject({ code: 0, stdout: expect.stringContaining('Restored') });
        const overwrite = await runNode(fromSource('tools/db/restore.ts', file), external(target));
        expect(overwrite.code).toBe(1);
        expect(overwrite.stderr).toContain('--force');

        expect(await snapshot(target)).toEqual(before);
        expect(await peopleSeenByApp(appRoleUrl(target), umbrella ?? '')).toEqual({ tenant: 1, none: 0 });
      } finally {
        await server.stop();
      }
    }, 240_000);
  });
});
