import { chmodSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { embeddedOwnerUrl, startDatabaseServer } from '../../apps/api/src/database/database-server';
import { backUpEmbeddedCluster, runningPostmaster } from './embedded-cluster-backup';
import { dumpExternalDatabase } from './external-database-backup';

/**
 * `npm run db:backup [-- FILE]`: the embedded database (running or not) as a copy of its cluster,
 * or the database of DATABASE_OWNER_URL / DATABASE_URL as a pg_dump archive. Default file:
 * backups/bridge-<time>.tar.gz or .dump.
 */
async function backUp(): Promise<void> {
  const config = loadAppConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const ownerUrl = config.databaseOwnerUrl ?? config.databaseUrl;
  if (ownerUrl) {
    const file = resolve(process.argv[2] ?? `backups/bridge-${stamp}.dump`);
    await dumpExternalDatabase(ownerUrl, file);
    return done(file);
  }
  const file = resolve(process.argv[2] ?? `backups/bridge-${stamp}.tar.gz`);
  const clusterDir = join(config.dataDir, 'postgres');
  const running = runningPostmaster(clusterDir);
  if (running) {
    await backUpEmbeddedCluster(clusterDir, embeddedOwnerUrl(running.port, 'postgres'), file);
    return done(file);
  }
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    throw new Error(
      `There is no embedded database in ${config.dataDir} to back up (BRIDGE_DATA_DIR says where).`,
    );
  }
  const server = await startDatabaseServer(config);
  try {
    await backUpEmbeddedCluster(clusterDir, embeddedOwnerUrl(config.embeddedPostgresPort, 'postgres'), file);
  } finally {
    await server.stop();
  }
  done(file);
}

function done(file: string): void {
  // A backup holds every password hash and personal record: only its owner may read it.
  chmodSync(file, 0o600);
  process.stdout.write(`Backed up to ${file}\nRestore it with: npm run db:restore -- ${file}\n`);
}

backUp().catch((error: unknown) => {
  process.stderr.write(`The backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
