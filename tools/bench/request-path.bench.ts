import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../../apps/api/src/demo-seed/demo-organizations';
import type { BenchResult } from './bench-context';
import type { LargeMarketplace } from './marketplace-generator';
import type { ServerRequest } from './server-process';

/** The opportunity page of the marketplace (as the existing budgets measure it) and the people directory's. */
const PAGES = [
  {
    name: 'opportunities page of 20',
    query: `query OpportunityPage($first: Int!) { opportunities(first: $first) { totalCount
  edges { node { id title kind status seats seatsFilled hoursPerWeek crossFunctional applicantCount
    sponsor { id name } hostUnit { id name } } } } }`,
    variables: { first: 20 },
  },
  {
    name: 'people directory page of 25',
    // The web client's PeopleDirectory query, at its page size.
    query: `query PeopleDirectory($filter: PeopleFilterInput, $first: Int!, $after: String) {
  people(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name email title unit { id name } manager { id name } } } } }`,
    variables: { first: 25 },
  },
];
const CONNECTIONS = 50;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);

export interface Server {
  name: string;
  child: ChildProcess;
  url: string;
}

interface Round {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  cpuMs: number;
}

export function ask<T>(child: ChildProcess, request: ServerRequest | undefined, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message[key] as T);
    };
    const onExit = (code: number | null) => reject(new Error(`the bench server exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    if (request) child.send(request);
  });
}

/** Forks a server of tools/bench with the TypeScript loader; BENCH_CPU_PROF=dir profiles it. */
export async function startServer(name: string, file: string, env: Record<string, string>): Promise<Server> {
  const profile = process.env['BENCH_CPU_PROF'];
  const child = fork(join(__dirname, file), [], {
    execArgv: [
      '-r',
      join(__dirname, '..', 'register.cjs'),
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, `--cpu-prof-name=${name}.cpuprofile`] : []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // Kept quiet unless it fails: autocannon ends each round by dropping the requests in flight.
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk));
  child.once('exit', (code) => {
    if (code !== 0) process.stderr.write(`${name} exited with ${code}:\n${output.slice(-4000)}\n`);
  });
  const port = await ask<number>(child, undefined, 'port');
  return { name, child, url: `http://127.0.0.1:${port}/graphql` };
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.send('stop' satisfies ServerRequest);
  await exited;
}

export async function post(url: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return response.json();
}

async function load(
  server: Server,
  page: (typeof PAGES)[number],
  token: string,
  seconds: number,
): Promise<Round> {
  const before = await ask<number>(server.child, 'cpu', 'cpuMs');
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    workers: 1,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: page.query, variables: page.variables }),
  });
  const after = await ask<number>(server.child, 'cpu', 'cpuMs');
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${server.name}: ${result.non2xx} non-2xx responses and ${result.errors} errors`);
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs: after - before,
  };
}

function summary(rounds: Round[]): { rps: number; p50: number; p99: number; cpuPerRequest: number } {
  const total = (pick: (round: Round) => number) => rounds.reduce((sum, round) => sum + pick(round), 0);
  return {
    rps: total((round) => round.requests) / total((round) => round.seconds),
    p50: total((round) => round.p50) / rounds.length,
    p99: total((round) => round.p99) / rounds.length,
    cpuPerRequest: total((round) => round.cpuMs) / total((round) => round.requests),
  };
}

/**
 * Issue 9 §7: Bridge against the bare baseline (baseline-server.ts), each a process of its own, on the
 * large organization's pages. The two are loaded alternately, round after round, so a noisy
 * neighbour on a shared machine weighs on both alike: the ratio is what counts.
 */
export async function benchRequestPath(ownerUrl: string, large: LargeMarketplace): Promise<BenchResult[]> {
  const env = { BENCH_OWNER_URL: ownerUrl, BENCH_TOKEN_SECRET: randomBytes(32).toString('base64url') };
  const servers = [
    await startServer('bridge', 'bridge-server.ts', env),
    await startServer('baseline', 'baseline-server.ts', env),
  ];
  try {
    const [bridge, baseline] = servers;
    const login = (await post(bridge.url, {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: large.candidateEmail, p: DEMO_PASSWORD },
    })) as { data: { login: { token: string } } };
    const token = login.data.login.token;

    for (const page of PAGES) {
      const body = { query: page.query, variables: page.variables };
      const [fromBridge, fromBaseline] = [
        await post(bridge.url, body, token),
        await post(baseline.url, body, token),
      ];
      if (!isDeepStrictEqual(fromBridge, fromBaseline))
        throw new Error(
          `the baseline does not answer ${page.name} as Bridge does:\n${JSON.stringify(fromBridge).slice(0, 800)}\n${JSON.stringify(fromBaseline).slice(0, 800)}`,
        );
    }

    const rounds = new Map<string, Round[]>();
    for (const page of PAGES) for (const server of servers) await load(server, page, token, 2); // warm-up
    for (let round = 0; round < ROUNDS; round += 1)
      for (const page of PAGES)
        for (const server of servers) {
          const key = `${page.name}:${server.name}`;
          rounds.set(key, [...(rounds.get(key) ?? []), await load(server, page, token, SECONDS)]);
        }

    const label = `${CONNECTIONS} clients, ${ROUNDS}×${SECONDS} s alternating`;
    return PAGES.flatMap((page) => {
      const ofBridge = summary(rounds.get(`${page.name}:bridge`) ?? []);
      const ofBaseline = summary(rounds.get(`${page.name}:baseline`) ?? []);
      const line = (who: string, figures: typeof ofBridge, budgets = false): BenchResult[] => [
        { name: `${page.name} (${label}), ${who}: requests per second`, value: figures.rps, unit: '/s' },
        { name: `${page.name}, ${who}: p50 latency`, value: figures.p50, unit: 'ms' },
        // No budget: at 50 clients on 2 cores an absolute p99 is queueing (DESIGN section 9); the ratio counts.
        { name: `${page.name}, ${who}: p99 latency`, value: figures.p99, unit: 'ms' },
        {
          name: `${page.name}, ${who}: Node CPU per request`,
          value: figures.cpuPerRequest,
          unit: 'ms',
          ...(budgets ? { budget: '≤ 5 ms' } : {}),
        },
      ];
      return [
        ...line('Bridge', ofBridge, true),
        ...line('baseline', ofBaseline),
        {
          name: `${page.name}: Bridge / baseline requests per second`,
          value: ofBridge.rps / ofBaseline.rps,
          unit: '',
          budget: '≥ 0.75',
        },
      ];
    });
  } finally {
    for (const server of servers) await stopServer(server);
  }
}
