import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_LEADERSHIP_FRAMEWORK, TransitionKey } from '@bridge/domain';
import type { BenchContext, BenchResult } from './bench-context';
import { countStatements } from './marketplace.bench';
import { post, startServer, stopServer } from './request-path.bench';

const OBSERVATIONS = 500;
const OBSERVERS = 40;
const RUNS = 30;
const REVIEW_RUNS = 10;
const READINESS = `query($id: ID!) { readiness(candidateId: $id, transition: T1) { band rule flags
  capabilities { key observationCount distinctObservers meanRating adjustedMeanRating flags observationIds } } }`;

/** Issue 10: readiness of a candidate with 500 observations from 40 observers, read by HR. */
export async function benchReadiness(bench: BenchContext, ownerUrl: string): Promise<BenchResult[]> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  let candidateId: string;
  try {
    const [candidate] = (
      await client.query<{ id: string; organization_id: string }>(
        "SELECT id, organization_id FROM person WHERE email = 'candidate@acme.test'",
      )
    ).rows;
    candidateId = candidate.id;
    const observers = (
      await client.query<{ id: string }>(
        'SELECT id FROM person WHERE organization_id = $1 AND id <> $2 ORDER BY employee_id LIMIT $3',
        [candidate.organization_id, candidate.id, OBSERVERS],
      )
    ).rows;
    const needed =
      DEFAULT_LEADERSHIP_FRAMEWORK.transitions.find((t) => t.key === TransitionKey.T1)?.capabilityKeys ?? [];
    const capabilities = DEFAULT_LEADERSHIP_FRAMEWORK.capabilities.filter((c) => needed.includes(c.key));
    // Written as the owner, as a fixture: who may observe whom is the API's business, not the bench's.
    for (let index = 0; index < OBSERVATIONS; index++) {
      const capability = capabilities[index % capabilities.length];
      const indicator = capability.indicators[index % capability.indicators.length];
      const observedOn = new Date(Date.now() - ((index * 37) % 700) * 86_400_000).toISOString().slice(0, 10);
      await client.query(
        `INSERT INTO observation (organization_id, id, candidate_id, observer_id, capability_key, indicator_key,
           indicator_text, indicator_kind, warning_pattern, rating, situation, behaviour, impact, observed_on,
           visibility, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'A situation', 'A behaviour', 'An impact', $11, $12,
           now() - interval '2 days')`,
        [
          candidate.organization_id,
          randomUUID(),
          candidate.id,
          observers[index % observers.length].id,
          capability.key,
          indicator.key,
          indicator.text,
          indicator.kind,
          indicator.warningPattern,
          1 + ((index * 7) % 4),
          observedOn,
          index % 5 === 0 ? 'HR_ONLY' : 'SHARED',
        ],
      );
    }
  } finally {
    await client.end();
  }

  const hr = await bench.signIn('hr@acme.test');
  const read = () => bench.graphql(READINESS, { id: candidateId }, hr);
  await read();
  const statements = await countStatements(read);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await read();
    times.push(performance.now() - started);
  }
  const reviews = await benchReview(bench, hr, candidateId);
  const apart = await readinessInItsOwnProcess(ownerUrl, candidateId);
  return [
    {
      name: `readiness, ${OBSERVATIONS} observations from ${OBSERVERS} observers: median request time (HR)`,
      value: median(times),
      unit: 'ms',
      budget: '< 20 ms',
    },
    { name: 'readiness: SQL statements per request', value: statements, unit: 'statements' },
    apart,
    ...reviews,
  ];
}

/**
 * The same read against Bridge in a process of its own (production settings), as the request-path bench
 * runs it: in the bench's process the load generator shares Bridge's event loop and inflates the time.
 * Also its CPU per request, from the server's own CPU time across the runs.
 */
async function readinessInItsOwnProcess(ownerUrl: string, candidateId: string): Promise<BenchResult> {
  const server = await startServer('bridge', 'bridge-server.ts', {
    BENCH_OWNER_URL: ownerUrl,
    BENCH_TOKEN_SECRET: randomBytes(32).toString('base64url'),
  });
  try {
    const login = (await post(server.url, {
      query: 'mutation { login(email: "hr@acme.test", password: "bridge-demo") { token } }',
    })) as { data: { login: { token: string } } };
    const read = () =>
      post(server.url, { query: READINESS, variables: { id: candidateId } }, login.data.login.token);
    for (let run = 0; run < 5; run++) await read();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await timed(read));
    return {
      name: 'readiness, Bridge in its own process: median request time (HR)',
      value: median(times),
      unit: 'ms',
      budget: '< 20 ms',
    };
  } finally {
    await stopServer(server);
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const OPEN = `mutation($id: ID!) { openPromotionReview(candidateId: $id, transition: T1) { id } }`;
const DECIDE = `mutation($id: ID!) { decidePromotionReview(id: $id, decision: READY, rationale: "Bench") { id } }`;

/** Opening a review freezes the same 500 observations; each run decides it so the next may open one. */
async function benchReview(bench: BenchContext, hr: string, candidateId: string): Promise<BenchResult[]> {
  const open = async () =>
    (await bench.graphql<{ openPromotionReview: { id: string } }>(OPEN, { id: candidateId }, hr))
      .openPromotionReview.id;
  const decide = (id: string) => bench.graphql(DECIDE, { id }, hr);
  await decide(await open());
  let reviewId = '';
  const statements = await countStatements(async () => (reviewId = await open()));
  await decide(reviewId);
  const openTimes: number[] = [];
  for (let run = 0; run < REVIEW_RUNS; run++) {
    openTimes.push(await timed(async () => (reviewId = await open())));
    await decide(reviewId);
  }
  const packet = () =>
    fetch(`${bench.url}/promotion-reviews/${reviewId}/packet.pdf`, {
      headers: { authorization: `Bearer ${hr}` },
    }).then(async (response) => {
      if (!response.ok) throw new Error(`packet: HTTP ${response.status}`);
      return (await response.arrayBuffer()).byteLength;
    });
  const bytes = await packet();
  const packetTimes: number[] = [];
  for (let run = 0; run < REVIEW_RUNS; run++) packetTimes.push(await timed(packet));
  // The packet is laid out on a thread of its own: a small request is answered meanwhile as when idle.
  const small = () => bench.graphql('{ me { id } }', {}, hr);
  const idle: number[] = [];
  for (let run = 0; run < REVIEW_RUNS; run++) idle.push(await timed(small));
  const duringPacket: number[] = [];
  await Promise.all([
    (async () => {
      for (let run = 0; run < 3; run++) await packet();
    })(),
    (async () => {
      for (let run = 0; run < REVIEW_RUNS; run++) duringPacket.push(await timed(small));
    })(),
  ]);
  return [
    {
      name: 'openPromotionReview (snapshot of 500 observations): median request time',
      value: median(openTimes),
      unit: 'ms',
    },
    { name: 'openPromotionReview: SQL statements per request', value: statements, unit: 'statements' },
    {
      name: 'a small request while packets render, against idle (median time ratio)',
      value: median(duringPacket) / median(idle),
      unit: 'x',
    },
    {
      name: `review packet PDF (500 observations, ${Math.round(bytes / 1024)} kB): median time`,
      value: median(packetTimes),
      unit: 'ms',
    },
  ];
}
