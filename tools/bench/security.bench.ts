import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { appRoleUrl } from '../../apps/api/src/database/database-server';
import type { BenchContext, BenchResult } from './bench-context';

const SIGN_INS = 30;
const QUERY_ROUNDS = 500;
const PAGE_QUERY = `SELECT id, name, email, title FROM person WHERE organization_id = $1 AND active ORDER BY name, id LIMIT 21`;

/** Sign-ins per second at the argon2id parameters in use, two at a time (this machine has 2 cores). */
async function benchSignIns(bench: BenchContext): Promise<BenchResult> {
  const emails = [
    'admin@acme.test',
    'hr@acme.test',
    'sponsor@acme.test',
    'candidate@acme.test',
    'manager@acme.test',
    'mentee@acme.test',
  ];
  const started = performance.now();
  for (let index = 0; index < SIGN_INS; index += 2) {
    await Promise.all([
      bench.signIn(emails[index % emails.length]),
      bench.signIn(emails[(index + 1) % emails.length]),
    ]);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    name: `sign-ins per second (argon2id 19 MiB, t=2; ${SIGN_INS} sign-ins, 2 at a time)`,
    value: SIGN_INS / seconds,
    unit: '/s',
  };
}

/**
 * What the per-request tenant transaction costs: a page of the directory read as every request reads
 * it (BEGIN, set_config, the query under row-level security, COMMIT, as bridge_app) against the same
 * query alone, filtered by hand, on the owner's connection. Same data, same process, one run.
 */
async function benchTenantTransaction(ownerUrl: string): Promise<BenchResult[]> {
  const owner = new Client({ connectionString: ownerUrl });
  const app = new Client({ connectionString: appRoleUrl(ownerUrl) });
  await Promise.all([owner.connect(), app.connect()]);
  try {
    const [{ id: organizationId }] = (await owner.query("SELECT id FROM organization WHERE slug = 'acme'"))
      .rows as { id: string }[];
    const time = async (round: () => Promise<unknown>): Promise<number> => {
      for (let warmUp = 0; warmUp < 50; warmUp++) await round();
      const started = performance.now();
      for (let index = 0; index < QUERY_ROUNDS; index++) await round();
      return (performance.now() - started) / QUERY_ROUNDS;
    };
    const plain = await time(() => owner.query(PAGE_QUERY, [organizationId]));
    const tenant = await time(async () => {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.org_id', $1, true)`, [organizationId]);
      await app.query(PAGE_QUERY, [organizationId]);
      await app.query('COMMIT');
    });
    return [
      { name: 'directory page query alone (owner connection, no RLS)', value: plain * 1000, unit: 'µs' },
      { name: 'same query in a tenant transaction (bridge_app, RLS)', value: tenant * 1000, unit: 'µs' },
      { name: 'tenant transaction cost, ratio to the query alone', value: tenant / plain, unit: '×' },
    ];
  } finally {
    await Promise.all([owner.end(), app.end()]);
  }
}

export async function benchSecurity(bench: BenchContext, ownerUrl: string): Promise<BenchResult[]> {
  return [await benchSignIns(bench), ...(await benchTenantTransaction(ownerUrl))];
}
