import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { startDatabaseServer } from '../../apps/api/src/database/database-server';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';
import {
  embeddedServerVersion,
  holdsFiles,
  restoreEmbeddedCluster,
  runningPostmaster,
} from './embedded-cluster-backup';
import {
  otherSessionsOn,
  recreateDatabase,
  relationsIn,
  restoreExternalDatabase,
} from './external-database-backup';

/** What a backup file holds, from its first bytes: a gzipped copy of an embedded cluster, or a pg_dump archive. */
function backupKind(file: string): 'embedded' | 'dump' | undefined {
  const head = Buffer.alloc(5);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, head, 0, 5, 0);
  } finally {
    closeSync(descriptor);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  return head.toString('latin1') === 'PGDMP' ? 'dump' : undefined;
}

/**
 * `npm run db:restore -- FILE [--force]`: into the embedded database (Bridge stopped), or into the
 * database of DATABASE_OWNER_URL / DATABASE_URL. Refuses to replace data unless --force; then brings
 * the schema up to date and gives bridge_app its login, as a start of Bridge would.
 */
async function restore(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const given = args.find((arg) => !arg.startsWith('--'));
  if (!given) throw new Error('Say which backup to restore: npm run db:restore -- FILE [--force]');
  const file = resolve(given);
  if (!existsSync(file)) throw new Error(`There is no file ${file}.`);
  const kind = backupKind(file);
  const config = loadAppConfig();
  const ownerUrl = config.databaseOwnerUrl ?? config.databaseUrl;
  const again = `npm run db:restore -- ${given}`;

  if (ownerUrl) {
    if (kind !== 'dump') {
      throw new Error(
        `${file} is not a pg_dump archive: a copy of an embedded database restores only into the embedded database (unset DATABASE_URL and DATABASE_OWNER_URL).`,
      );
    }
    const sessions = await otherSessionsOn(ownerUrl);
    if (sessions > 0) {
      throw new Error(
        `Other sessions (${sessions}) use the database: is Bridge running? Stop Bridge first, then run ${again} again.`,
      );
    }
    const relations = await relationsIn(ownerUrl);
    if (relations > 0 && !force) {
      throw new Error(
        `The database already holds ${relations} tables and sequences. Restoring replaces them: back it up first (npm run db:backup), then run ${again} --force.`,
      );
    }
    if (relations > 0) await recreateDatabase(ownerUrl);
    await restoreExternalDatabase(file, ownerUrl);
    await prepareDatabase({ ownerUrl, embedded: false }, { appRolePassword: config.appRolePassword });
    process.stdout.write(
      `Restored ${file} into the database of DATABASE_OWNER_URL. Start Bridge as usual.\n`,
    );
    return;
  }

  if (kind !== 'embedded') {
    throw new Error(
      `${file} is not a backup of an embedded database${kind === 'dump' ? ' but a pg_dump archive: restore it into an external server (set DATABASE_OWNER_URL and DATABASE_URL)' : ''}.`,
    );
  }
  const clusterDir = join(config.dataDir, 'postgres');
  const running = runningPostmaster(clusterDir);
  if (running) {
    throw new Error(
      `Bridge is running on ${config.dataDir} (its PostgreSQL, pid ${running.pid}, holds the data): stop Bridge first, then run ${again} again.`,
    );
  }
  if (holdsFiles(clusterDir) && !force) {
    throw new Error(
      `${config.dataDir} already holds a database. Restoring replaces it: back it up first (npm run db:backup), then run ${again} --force (the database it replaces is kept beside it).`,
    );
  }
  const { replacedClusterMovedTo } = await restoreEmbeddedCluster(file, clusterDir, {
    replace: force,
    serverVersion: await embeddedServerVersion(),
  });
  // Starting the server replays the copied write-ahead log to the end of the backup.
  const server = await startDatabaseServer(config);
  try {
    await prepareDatabase(server);
  } finally {
    await server.stop();
  }
  process.stdout.write(
    `Restored ${file} into ${config.dataDir}. Start Bridge as usual.\n` +
      (replacedClusterMovedTo
        ? `The database it replaced is in ${replacedClusterMovedTo}; delete it when you no longer need it.\n`
        : ''),
  );
}

restore().catch((error: unknown) => {
  process.stderr.write(`The restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
