import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRoleUrl, embeddedOwnerUrl } from '../src/database/database-server';
import { createOrganizations, peopleSeenByApp, query, snapshot } from './backup-snapshot';
import { stopProcess } from './child-processes';
import { startEmbeddedBridge } from './external-postgres';
import { fromSource, runNode } from './run-command';

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
});
