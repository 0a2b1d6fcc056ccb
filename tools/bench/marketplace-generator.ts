import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export interface LargeMarketplace {
  organizationId: string;
  /** Signs in with the demo password. */
  candidateEmail: string;
  people: number;
  opportunities: number;
  applications: number;
}

const FUNCTIONS = 10;
const TEAMS_PER_FUNCTION = 10;
const CAPABILITIES = [
  'communication',
  'alignment',
  'delegation',
  'coaching',
  'decision-making',
  'emotional-awareness',
  'influence-across-teams',
  'lifting-others-up',
  'curiosity',
  'resilience',
  'trust-across-teams',
];
const SKILLS = [
  'SQL',
  'Facilitation',
  'Budgeting',
  'Negotiation',
  'Roadmapping',
  'Hiring',
  'Data analysis',
  'Public speaking',
];
const STATUSES = [
  'AWAITING_CONSENT',
  'SUBMITTED',
  'SHORTLISTED',
  'OFFERED',
  'DECLINED',
  'REJECTED',
  'WITHDRAWN',
];

/**
 * A large organization for the marketplace budgets (issue 4): 10,000 people in 10 functions and 100
 * teams, 2,000 opportunities and 50,000 applications, written with set-based SQL (generate_series)
 * in one tenant transaction, deterministic for the same sizes. Every person can sign in with the
 * demo password (its hash is copied from a demo account).
 */
export async function generateLargeMarketplace(
  ownerUrl: string,
  sizes = { people: 10_000, opportunities: 2_000, applications: 50_000 },
): Promise<LargeMarketplace> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const organizationId = randomUUID();
  try {
    await client.query('BEGIN');
    const [{ hash }] = (
      await client.query<{ hash: string }>(
        `SELECT bridge_sign_in_accounts.password_hash AS hash FROM bridge_sign_in_accounts('candidate@acme.test')`,
      )
    ).rows;
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [organizationId]);
    await client.query(`INSERT INTO organization (id, slug, name) VALUES ($1, 'large', 'Large Industries')`, [
      organizationId,
    ]);
    // Functions (units 1..10) and their teams (units 11..110), with ids derived from their number.
    await client.query(
      `INSERT INTO org_unit (organization_id, id, name, kind, parent_id, path_key)
       SELECT $1, md5('unit' || n)::uuid, 'Function ' || n, 'FUNCTION', NULL, 'function ' || n FROM generate_series(1, $2) n`,
      [organizationId, FUNCTIONS],
    );
    await client.query(
      `INSERT INTO org_unit (organization_id, id, name, kind, parent_id, path_key)
       SELECT $1, md5('unit' || (10 + n))::uuid, 'Team ' || n, 'TEAM', md5('unit' || (1 + (n - 1) / $2))::uuid,
              'function ' || (1 + (n - 1) / $2) || '/team ' || n
       FROM generate_series(1, $3) n`,
      [organizationId, TEAMS_PER_FUNCTION, FUNCTIONS * TEAMS_PER_FUNCTION],
    );
    // Person n: 1 is the CEO, 2..11 lead the functions, 12..111 manage the teams, the rest are
    // members of team ((n - 112) % 100) + 1. One in twenty is a sponsor; most members are candidates.
    await client.query(
      `INSERT INTO person (organization_id, id, employee_id, email, name, title, unit_id, manager_id, roles, password_hash)
       SELECT $1, md5('person' || n)::uuid, 'L' || lpad(n::text, 6, '0'), 'person.' || n || '@large.test', 'Person ' || lpad(n::text, 6, '0'),
              CASE WHEN n = 1 THEN 'CEO' WHEN n <= 11 THEN 'VP' WHEN n <= 111 THEN 'Manager' ELSE 'Specialist' END,
              CASE WHEN n = 1 THEN NULL
                   WHEN n <= 11 THEN md5('unit' || (n - 1))::uuid
                   WHEN n <= 111 THEN md5('unit' || (10 + n - 11))::uuid
                   ELSE md5('unit' || (11 + (n - 112) % 100))::uuid END,
              CASE WHEN n = 1 THEN NULL
                   WHEN n <= 11 THEN md5('person1')::uuid
                   WHEN n <= 111 THEN md5('person' || (2 + (n - 12) / 10))::uuid
                   ELSE md5('person' || (12 + (n - 112) % 100))::uuid END,
              CASE WHEN n <= 111 OR n % 20 = 0 THEN '{SPONSOR}'::text[] WHEN n % 5 = 0 THEN '{}'::text[] ELSE '{CANDIDATE}'::text[] END,
              $3
       FROM generate_series(1, $2) n`,
      [organizationId, sizes.people, hash],
    );
    await client.query(
      `INSERT INTO candidate_profile (organization_id, person_id, target_transition, capability_keys, skills, hours_per_week)
       SELECT organization_id, id, 'T1', ARRAY['delegation', ($2::text[])[1 + abs(hashtext(id::text)) % 11]], ARRAY['SQL', 'Facilitation'], 8
       FROM person WHERE organization_id = $1 AND 'CANDIDATE' = ANY(roles)`,
      [organizationId, CAPABILITIES],
    );
    const sponsors = await client.query<{ id: string; unit_id: string }>(
      `SELECT id, unit_id FROM person WHERE organization_id = $1 AND 'SPONSOR' = ANY(roles) ORDER BY employee_id`,
      [organizationId],
    );
    await client.query(
      `INSERT INTO opportunity (organization_id, id, kind, status, title, description, sponsor_id, host_unit_id, seats, hours_per_week,
                                starts_on, ends_on, capability_keys, skills, cross_functional, published_at, created_at)
       SELECT $1, md5('opportunity' || n)::uuid,
              CASE WHEN n % 4 = 0 THEN 'MENTORSHIP' ELSE 'STRETCH_PROJECT' END,
              CASE WHEN n % 10 = 0 THEN 'CLOSED' WHEN n % 10 = 1 THEN 'DRAFT' ELSE 'OPEN' END,
              'Opportunity ' || n || ': lead the ' || ($4::text[])[1 + n % 8] || ' initiative',
              'A stretch assignment to practise ' || ($3::text[])[1 + n % 11] || ' with colleagues from several teams.',
              (sponsor.ids)[1 + n % cardinality(sponsor.ids)], (sponsor.units)[1 + n % cardinality(sponsor.units)],
              1 + n % 5, 1 + n % 8, DATE '2027-01-04', DATE '2027-06-30',
              ARRAY[($3::text[])[1 + n % 11], ($3::text[])[1 + (n * 7) % 11]], ARRAY[($4::text[])[1 + n % 8]], n % 3 = 0,
              now() - n * interval '1 minute', now() - n * interval '1 minute'
       FROM generate_series(1, $2) n,
            (SELECT array_agg(id ORDER BY id) AS ids, array_agg(unit_id ORDER BY id) AS units FROM unnest($5::uuid[], $6::uuid[]) AS s(id, unit_id)) sponsor`,
      [
        organizationId,
        sizes.opportunities,
        CAPABILITIES,
        SKILLS,
        sponsors.rows.map((s) => s.id),
        sponsors.rows.map((s) => s.unit_id),
      ],
    );
    // Application k of candidate c goes to opportunity (7c + 13k) mod N: distinct pairs, spread evenly.
    await client.query(
      `WITH candidates AS (
         SELECT id, row_number() OVER (ORDER BY employee_id) AS c FROM person WHERE organization_id = $1 AND 'CANDIDATE' = ANY(roles)
       ), pairs AS (
         SELECT candidates.id AS candidate_id, candidates.c, k, (7 * candidates.c + 13 * k) % $3 + 1 AS opportunity_number
         FROM candidates, generate_series(0, ceil($2::numeric / (SELECT count(*) FROM candidates))::int - 1) k
         ORDER BY k, candidates.c LIMIT $2
       )
       INSERT INTO application (organization_id, id, opportunity_id, candidate_id, status, motivation, created_at, submitted_at)
       SELECT $1, gen_random_uuid(), md5('opportunity' || opportunity_number)::uuid, candidate_id,
              ($4::text[])[1 + (c + k) % 7], 'I would like to grow as a leader on this.', now() - (c + k) * interval '1 second',
              CASE WHEN ($4::text[])[1 + (c + k) % 7] <> 'AWAITING_CONSENT' THEN now() - (c + k) * interval '1 second' END
       FROM pairs`,
      [organizationId, sizes.applications, sizes.opportunities, STATUSES],
    );
    await client.query('COMMIT');
    const [{ email }] = (
      await client.query<{ email: string }>(
        `SELECT email FROM person WHERE organization_id = $1 AND 'CANDIDATE' = ANY(roles) ORDER BY employee_id LIMIT 1`,
        [organizationId],
      )
    ).rows;
    await client.query('ANALYZE');
    const counts = (
      await client.query<{ people: string; opportunities: string; applications: string }>(
        `SELECT (SELECT count(*) FROM person WHERE organization_id = $1) AS people,
                (SELECT count(*) FROM opportunity WHERE organization_id = $1) AS opportunities,
                (SELECT count(*) FROM application WHERE organization_id = $1) AS applications`,
        [organizationId],
      )
    ).rows[0];
    return {
      organizationId,
      candidateEmail: email,
      people: Number(counts.people),
      opportunities: Number(counts.opportunities),
      applications: Number(counts.applications),
    };
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
