import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@nestjs/common';

/**
 * Who runs the embedded cluster. PostgreSQL's own postmaster.pid names the postmaster; Bridge writes
 * bridge-owner.json beside the cluster naming the Bridge process that started it. A postmaster whose
 * Bridge is gone (killed with -9, or by the OOM killer) is an orphan that still holds the port and
 * the data directory: it is stopped cleanly, so the next start needs no one's help.
 */

const OWNER_FILE = 'bridge-owner.json';

interface Owner {
  pid: number;
  /** The entry script of that process: a recycled pid running something else is not a Bridge. */
  script: string;
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** What /proc says about a process, where the platform has /proc; undefined elsewhere. */
function procFile(pid: number, file: 'cmdline' | 'stat'): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The pid in postmaster.pid, if the file is there. */
export function postmasterPid(clusterDir: string): number | undefined {
  const lockFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function readOwner(dataDir: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

export function recordOwner(dataDir: string): void {
  const owner: Owner = { pid: process.pid, script: process.argv[1] ?? '' };
  writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify(owner));
}

function isLiveBridge(owner: Owner): boolean {
  if (owner.pid === process.pid || !processIsAlive(owner.pid)) return false;
  const cmdline = procFile(owner.pid, 'cmdline');
  return cmdline === undefined || cmdline.includes(owner.script);
}

/** Without an owner file (a cluster started by an older Bridge): re-parented to init means orphaned. */
function parentIsInit(pid: number): boolean {
  const stat = procFile(pid, 'stat');
  // The command in field 2 may hold spaces; the parent pid is the second field after its ")".
  const parent = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
  return parent === '1';
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    if (!processIsAlive(pid)) return true;
    await sleep(100);
  }
  return !processIsAlive(pid);
}

/** SIGINT is PostgreSQL's fast shutdown: open transactions roll back, the data is consistent on disk. */
async function stopPostmaster(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return;
  // Immediate shutdown: crash recovery replays the log at the next start, nothing committed is lost.
  process.kill(pid, 'SIGQUIT');
  if (!(await waitForExit(pid, 10_000)))
    throw new Error(`The embedded PostgreSQL left running (pid ${pid}) did not stop.`);
}

/**
 * Makes the data directory ours before the postmaster starts: a lock of a dead process is removed, an
 * orphaned postmaster is stopped, and a postmaster of a live Bridge is refused with a clear message.
 */
export async function claimDataDirectory(dataDir: string, clusterDir: string, logger: Logger): Promise<void> {
  const pid = postmasterPid(clusterDir);
  const lockFile = join(clusterDir, 'postmaster.pid');
  const cmdline = pid === undefined ? undefined : procFile(pid, 'cmdline');
  // A recycled pid that now runs something else is no postmaster of this cluster.
  const runsThisCluster = cmdline === undefined || cmdline.includes(clusterDir);
  if (pid === undefined || !processIsAlive(pid) || !runsThisCluster) {
    rmSync(lockFile, { force: true });
    return;
  }
  const owner = readOwner(dataDir);
  const orphaned = owner ? !isLiveBridge(owner) : parentIsInit(pid);
  if (!orphaned) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} is already running (pid ${pid}): another Bridge is using this data directory. ` +
        `Stop it, or set BRIDGE_DATA_DIR to another directory.`,
    );
  }
  logger.warn(
    `Stopping the embedded PostgreSQL (pid ${pid}) left running by a Bridge that is gone${owner ? ` (pid ${owner.pid})` : ''}`,
  );
  await stopPostmaster(pid);
  rmSync(lockFile, { force: true });
}
