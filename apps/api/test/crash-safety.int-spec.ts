import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { TEST_TOKEN_SECRET } from './bridge-test-app';
import { freePort, startProcess, stopProcess } from './child-processes';

const processIsAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const postmasterPid = (clusterDir: string): number | undefined => {
  try {
    return Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
};

/**
 * Bridge on its own embedded PostgreSQL, run as a real process and treated roughly: its database
 * killed under it, itself killed with -9, a second Bridge pointed at the same data directory.
 */
describe('crash safety of the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bridge-crash-'));
  const clusterDir = join(dataDir, 'postgres');
  let postgresPort: number;
  let bridge: ChildProcess | undefined;
  let url: string;

  const startBridge = async (): Promise<ChildProcess> => {
    const port = await freePort();
    const started = await startProcess(
      ['-r', join(__dirname, '../../../tools/register.cjs'), join(__dirname, '../src/main.ts')],
      {
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        BRIDGE_DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(postgresPort),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        TOKEN_SECRET: TEST_TOKEN_SECRET,
      },
      /Bridge is running/,
    );
    url = `http://127.0.0.1:${port}`;
    return started;
  };

  const owner = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client(`postgres://postgres:postgres@127.0.0.1:${postgresPort}/bridge`);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const probe = () =>
    owner(async (client) => (await client.query<{ note: string }>('SELECT note FROM crash_probe')).rows);

  const health = async (): Promise<{ status: string; database: string }> =>
    (await fetch(`${url}/health`)).json() as Promise<{ status: string; database: string }>;

  /** A wrong password is checked against the database: a real answer proves the app reaches it. */
  const signInCode = async (): Promise<unknown> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(email: "nobody@acme.test", password: "wrong-password") { token } }',
      }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code;
  };

  const until = async (condition: () => Promise<boolean> | boolean, what: string): Promise<void> => {
    for (let attempt = 0; attempt < 300; attempt++) {
      if (
        await Promise.resolve()
          .then(condition)
          .catch(() => false)
      )
        return;
      await sleep(100);
    }
    throw new Error(`Never happened: ${what}`);
  };

  const childrenOf = (pid: number): { pid: number; cmdline: string }[] =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .flatMap((entry) => {
        try {
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
          return parent === pid ? [{ pid: Number(entry), cmdline }] : [];
        } catch {
          return [];
        }
      });

  beforeAll(async () => {
    postgresPort = await freePort();
    bridge = await startBridge();
    await owner((client) =>
      client.query(`CREATE TABLE crash_probe (note text); INSERT INTO crash_probe VALUES ('written before')`),
    );
  }, 180_000);

  afterAll(async () => {
    await stopProcess(bridge);
    const left = postmasterPid(clusterDir);
    if (left !== undefined && processIsAlive(left)) process.kill(left, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts its PostgreSQL again when it dies, instead of answering internal errors', async () => {
    const killed = postmasterPid(clusterDir) as number;
    process.kill(killed, 'SIGKILL');
    await until(async () => (await health()).status === 'ok', 'health is ok again');
    expect(postmasterPid(clusterDir)).not.toBe(killed);
    expect(await signInCode()).toBe('UNAUTHENTICATED');
    expect(await probe()).toEqual([{ note: 'written before' }]);
  });

  it('refuses a second Bridge on the same data directory while the first runs', async () => {
    await expect(startBridge()).rejects.toThrow(/another Bridge is using this data directory/);
    expect((await health()).status).toBe('ok');
  });

  it('stops the orphaned PostgreSQL of a Bridge killed with -9 when the next one starts', async () => {
    const killedBridge = bridge ?? (await startBridge());
    bridge = undefined;
    const orphan = postmasterPid(clusterDir) as number;
    // The watchdog would stop the orphan by itself (next test): kill it too, as a crash of both would.
    const watchdog = childrenOf(killedBridge.pid as number).find((child) => child.cmdline.includes(' -e '));
    expect(watchdog).toBeDefined();
    process.kill(watchdog?.pid as number, 'SIGKILL');
    const exited = new Promise((resolve) => killedBridge.once('exit', resolve));
    killedBridge.kill('SIGKILL');
    await exited;
    expect(processIsAlive(orphan)).toBe(true);

    bridge = await startBridge();
    expect(processIsAlive(orphan)).toBe(false);
    expect((await health()).status).toBe('ok');
    expect(await probe()).toEqual([{ note: 'written before' }]);
  }, 120_000);

  it('takes its PostgreSQL down with it when killed with -9 (the watchdog)', async () => {
    const killedBridge = bridge ?? (await startBridge());
    bridge = undefined;
    const postmaster = postmasterPid(clusterDir) as number;
    const exited = new Promise((resolve) => killedBridge.once('exit', resolve));
    killedBridge.kill('SIGKILL');
    await exited;
    await until(() => !processIsAlive(postmaster), 'the postmaster stopped');

    bridge = await startBridge();
    expect(await probe()).toEqual([{ note: 'written before' }]);
  }, 120_000);
});
