import { spawn } from 'node:child_process';
import { Socket } from 'node:net';

/**
 * A few lines of plain JavaScript run by a separate node process, so the embedded PostgreSQL dies with
 * the API even when the API cannot stop it (kill -9, the OOM killer): Node has no parent-death signal.
 * Its stdin is a pipe from the API; the kernel closes it when the API ends, however it ends. Then the
 * postmaster still named in postmaster.pid gets SIGINT, PostgreSQL's fast shutdown. After a clean stop
 * the file is gone and nothing is signalled. The watchdog ignores the terminal's signals: it must
 * outlive the API, not die with it.
 */
const WATCHDOG_SCRIPT = `
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const clusterDir = process.argv[1];
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => undefined);
const stopOrphan = () => {
  try {
    const pid = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\\n')[0]);
    let command = clusterDir;
    try { command = readFileSync('/proc/' + pid + '/cmdline', 'utf8'); } catch {}
    // A lock left by a postmaster that died may name a pid the system has since given to another program.
    if (pid > 0 && command.includes(clusterDir)) process.kill(pid, 'SIGINT');
  } catch {}
  process.exit(0);
};
process.stdin.on('end', stopOrphan);
process.stdin.on('error', stopOrphan);
process.stdin.resume();
`;

/** Starts the watchdog of `clusterDir`'s postmaster; it lives as long as this process. */
export function startPostmasterWatchdog(clusterDir: string): void {
  // Whatever NODE_OPTIONS preloads for the API (a TypeScript loader) the watchdog does not need.
  const environment = { ...process.env };
  delete environment['NODE_OPTIONS'];
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG_SCRIPT, clusterDir], {
    // Its own session: a Ctrl-C or a signal to the API's process group does not reach it.
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: environment,
  });
  // Neither the watchdog nor its pipe may keep the API's event loop alive.
  watchdog.unref();
  if (watchdog.stdin instanceof Socket) watchdog.stdin.unref();
}
