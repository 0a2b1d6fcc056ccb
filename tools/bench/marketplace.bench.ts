import autocannon from 'autocannon';
import { Client } from 'pg';
import type { BenchContext, BenchResult } from './bench-context';
import { generateLargeMarketplace } from './marketplace-generator';

/** The page the marketplace shows: 20 open opportunities with sponsor, host unit and applicant count. */
const PAGE = `query OpportunityPage($first: Int!) { opportunities(first: $first) { totalCount
  edges { node { id title kind status seats seatsFilled hoursPerWeek crossFunctional applicantCount
    sponsor { id name } hostUnit { id name } } } } }`;
const CONCURRENCY = 50;
const DURATION_SECONDS = 15;

/**
 * Counts the SQL statements the app's own connections (as bridge_app) send while `work` runs. The
 * job queue and the notification listener use other roles or sit idle, so they are not counted.
 */
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let statements = 0;
  prototype.query = function (this: { connectionParameters?: { user?: string } }, ...args: unknown[]) {
    if (this.connectionParameters?.user === 'bridge_app') statements += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return statements;
}

/** Issue 4 and DESIGN section 9: the opportunity page on a large organization, per request and under load. */
export async function benchMarketplace(bench: BenchContext, ownerUrl: string): Promise<BenchResult[]> {
  const started = performance.now();
  const large = await generateLargeMarketplace(ownerUrl);
  const generateSeconds = (performance.now() - started) / 1000;
  const token = await bench.signIn(large.candidateEmail);

  // Warm up (first-request compilation, statement plans), then count.
  await bench.graphql(PAGE, { first: 20 }, token);
  const statements20 = await countStatements(() => bench.graphql(PAGE, { first: 20 }, token));
  const statements100 = await countStatements(() => bench.graphql(PAGE, { first: 100 }, token));

  const result = await autocannon({
    url: `${bench.url}/graphql`,
    method: 'POST',
    connections: CONCURRENCY,
    duration: DURATION_SECONDS,
    // The load generator runs on a worker thread, so it does not share the API's event loop.
    workers: 1,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: PAGE, variables: { first: 20 } }),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`load run had ${result.non2xx} non-2xx responses and ${result.errors} errors`);

  const size = `${large.people} people, ${large.opportunities} opportunities, ${large.applications} applications`;
  return [
    { name: `marketplace generator (${size})`, value: generateSeconds, unit: 's' },
    {
      name: 'opportunity page of 20 (sponsor, host unit, applicant count): SQL statements',
      value: statements20,
      unit: 'statements',
      budget: 'constant',
    },
    {
      name: 'opportunity page of 100: SQL statements (same as for 20 → no N+1)',
      value: statements100,
      unit: 'statements',
    },
    {
      name: `opportunity page of 20, ${CONCURRENCY} concurrent clients, ${DURATION_SECONDS} s: p50 latency`,
      value: result.latency.p50,
      unit: 'ms',
    },
    {
      name: `opportunity page of 20, ${CONCURRENCY} concurrent clients: p99 latency`,
      value: result.latency.p99,
      unit: 'ms',
      budget: '< 50 ms',
    },
    {
      name: `opportunity page of 20, ${CONCURRENCY} concurrent clients: requests per second`,
      value: result.requests.average,
      unit: '/s',
    },
  ];
}
