import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRoleUrl } from '../src/database/database-server';
import { prepareDatabase } from '../src/database/prepare-database';
import { createOrganizations, peopleSeenByApp, snapshot } from './backup-snapshot';
import { externalPostgres } from './external-postgres';
import { fromSource, runNode } from './run-command';

/**
 * `npm run test:external`, not `npm test`: a round trip through the server's own pg_dump and pg_restore
 * needs a PostgreSQL server and its client tools of the same major version (CI's machine has both).
 */
describe('npm run db:backup and db:restore on an external server', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bridge-backup-external-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
