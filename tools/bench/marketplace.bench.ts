import { Client } from 'pg';
import type { BenchContext, BenchResult } from './bench-context';
import type { LargeMarketplace } from './marketplace-generator';

/** The page the marketplace shows: 20 open opportunities with sponsor, host unit and applicant count. */
const PAGE = `query OpportunityPage($first: Int!) { opportunities(first: $first) { totalCount
  edges { node { id title kind status seats seatsFilled hoursPerWeek crossFunctional applicantCount
    sponsor { id name } hostUnit { id name } } } } }`;

/**
 * Counts the SQL statements the app's own connections (as bridge_app) send while `work` runs. The
 * job queue and the notification listener use other roles or sit idle, so they are not counted.
 */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
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

/** Issue 4 and DESIGN section 9: the opportunity page on a large organization runs a constant number of statements. */
export async function benchMarketplace(bench: BenchContext, large: LargeMarketplace): Promise<BenchResult[]> {
  const token = await bench.signIn(large.candidateEmail);
  // Warm up (first-request compilation, statement plans), then count.
  await bench.graphql(PAGE, { first: 20 }, token);
  const statements20 = await countStatements(() => bench.graphql(PAGE, { first: 20 }, token));
  const statements100 = await countStatements(() => bench.graphql(PAGE, { first: 100 }, token));
  return [
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
  ];
}
