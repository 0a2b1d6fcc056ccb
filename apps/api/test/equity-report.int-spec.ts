import { randomUUID } from 'node:crypto';
import { onlyError, TestBridge } from './bridge-test-app';

const REPORT = `query($filter: EquityReportFilterInput) { equityReport(filter: $filter) {
  from to kind suppressionThreshold fourFifths
  dimensions { dimension population
    overall { label eligible applied offered placed appliedRate offeredRate placedRate suppressed }
    groups { key label eligible applied offered placed appliedRate offeredRate placedRate suppressed suppression
      placedRatioToOverall placedRatioToBest belowFourFifths } } } }`;
const CSV = `query($filter: EquityReportFilterInput) { equityReport(filter: $filter) { csv } }`;

interface Group {
  key: string | null;
  label: string;
  eligible: number | null;
  applied: number | null;
  offered: number | null;
  placed: number | null;
  appliedRate: number | null;
  offeredRate: number | null;
  placedRate: number | null;
  suppressed: boolean;
  suppression: string | null;
  placedRatioToOverall: number | null;
  placedRatioToBest: number | null;
  belowFourFifths: boolean;
}
interface Report {
  from: string;
  to: string;
  kind: string | null;
  suppressionThreshold: number;
  dimensions: { dimension: string; population: string; overall: Group; groups: Group[] }[];
}

const q = (value: string | null) => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);

/**
 * Fairfield, a tenant built for these figures. Candidates (all with a profile):
 * Engineering 10 (E1–E10, four in its Platform team), Sales 6 (S1–S6) and Y1 (inactive, applied),
 * Legal 3 (L1–L3); X1 (Engineering, inactive, never applied) is not eligible.
 * Locations: Hilltop for E1–E5 and Legal, Harbour for the rest. Levels: =IC3 for Legal, IC2 otherwise.
 * O1 (stretch project, sponsor Ada): E1, E2 placed, E3 offered, E4 turned the offer down, E5 rejected,
 * E6 with the sponsor; S1 placed two years ago (outside the period).
 * O2 (mentorship, sponsor Ben): S1 with the sponsor, S2 refused by the manager, S3 offered,
 * L1 awaiting consent, E6 with the sponsor, Y1 withdrew.
 */
async function buildFairfield(bridge: TestBridge): Promise<string> {
  const org = randomUUID();
  const unit = { eng: randomUUID(), platform: randomUUID(), sales: randomUUID(), legal: randomUUID() };
  const people: {
    key: string;
    unit: string;
    location: string | null;
    level: string;
    active: boolean;
    profile: boolean;
    roles: string;
  }[] = [];
  for (let i = 1; i <= 10; i++)
    people.push({
      key: `E${i}`,
      unit: i > 6 ? unit.platform : unit.eng,
      location: i <= 5 ? 'Hilltop' : 'Harbour',
      level: 'IC2',
      active: true,
      profile: true,
      roles: '{CANDIDATE}',
    });
  for (let i = 1; i <= 6; i++)
    people.push({
      key: `S${i}`,
      unit: unit.sales,
      location: 'Harbour',
      level: 'IC2',
      active: true,
      profile: true,
      roles: '{CANDIDATE}',
    });
  people.push({
    key: 'Y1',
    unit: unit.sales,
    location: 'Harbour',
    level: 'IC2',
    active: false,
    profile: true,
    roles: '{CANDIDATE}',
  });
  for (let i = 1; i <= 3; i++)
    people.push({
      key: `L${i}`,
      unit: unit.legal,
      location: 'Hilltop',
      level: '=IC3',
      active: true,
      profile: true,
      roles: '{CANDIDATE}',
    });
  people.push({
    key: 'X1',
    unit: unit.eng,
    location: 'Hilltop',
    level: 'IC2',
    active: false,
    profile: true,
    roles: '{CANDIDATE}',
  });
  people.push({
    key: 'Ada',
    unit: unit.eng,
    location: 'Hilltop',
    level: 'M3',
    active: true,
    profile: false,
    roles: '{SPONSOR}',
  });
  people.push({
    key: 'Ben',
    unit: unit.sales,
    location: 'Harbour',
    level: 'M3',
    active: true,
    profile: false,
    roles: '{SPONSOR}',
  });
  people.push({
    key: 'hr',
    unit: unit.eng,
    location: 'Hilltop',
    level: 'M2',
    active: true,
    profile: false,
    roles: '{HR}',
  });
  const id = Object.fromEntries(people.map((person) => [person.key, randomUUID()]));
  const o1 = randomUUID();
  const o2 = randomUUID();
  const statements = [
    `INSERT INTO organization (id, slug, name) VALUES ('${org}', 'fairfield', 'Fairfield')`,
    `INSERT INTO org_unit (organization_id, id, name, kind, parent_id, path_key) VALUES
      ('${org}', '${unit.eng}', 'Fairfield Engineering', 'FUNCTION', NULL, 'fairfield engineering'),
      ('${org}', '${unit.platform}', 'Platform', 'TEAM', '${unit.eng}', 'fairfield engineering/platform'),
      ('${org}', '${unit.sales}', 'Fairfield Sales', 'FUNCTION', NULL, 'fairfield sales'),
      ('${org}', '${unit.legal}', 'Fairfield Legal', 'FUNCTION', NULL, 'fairfield legal')`,
    `INSERT INTO person (organization_id, id, employee_id, email, name, level, location, unit_id, roles, active, password_hash)
     SELECT '${org}', v.id::uuid, v.key, lower(v.key) || '@fairfield.test', 'Fairfield ' || v.key, v.level, v.location,
            v.unit::uuid, v.roles::text[], v.active, (SELECT password_hash FROM person WHERE email = 'hr@acme.test')
     FROM (VALUES ${people
       .map(
         (p) =>
           `(${q(id[p.key])}, ${q(p.key)}, ${q(p.level)}, ${q(p.location)}, ${q(p.unit)}, ${q(p.roles)}, ${p.active})`,
       )
       .join(', ')}) AS v(id, key, level, location, unit, roles, active)`,
    `INSERT INTO candidate_profile (organization_id, person_id, target_transition, hours_per_week)
     SELECT '${org}', id, 'T1', 5 FROM person WHERE organization_id = '${org}' AND 'CANDIDATE' = ANY(roles)`,
    `INSERT INTO opportunity (organization_id, id, kind, status, title, description, sponsor_id, host_unit_id, seats, hours_per_week)
     VALUES ('${org}', '${o1}', 'STRETCH_PROJECT', 'OPEN', 'Lead the migration', 'd', '${id['Ada']}', '${unit.eng}', 5, 4),
            ('${org}', '${o2}', 'MENTORSHIP', 'OPEN', 'Mentor a new joiner', 'd', '${id['Ben']}', '${unit.sales}', 5, 2)`,
  ];
  const applications: [string, string, string, boolean, string?][] = [
    ['E1', o1, 'PLACED', true],
    ['E2', o1, 'PLACED', true],
    ['E3', o1, 'OFFERED', false],
    ['E4', o1, 'DECLINED', false],
    ['E5', o1, 'REJECTED', false],
    ['E6', o1, 'SUBMITTED', false],
    ['S1', o1, 'PLACED', true, "now() - interval '2 years'"],
    ['S1', o2, 'SUBMITTED', false],
    ['S2', o2, 'DECLINED', false],
    ['S3', o2, 'OFFERED', false],
    ['L1', o2, 'AWAITING_CONSENT', false],
    ['E6', o2, 'SUBMITTED', false],
    ['Y1', o2, 'WITHDRAWN', false],
  ];
  for (const [candidate, opportunity, status, placed, createdAt] of applications) {
    const application = randomUUID();
    statements.push(
      `INSERT INTO application (organization_id, id, opportunity_id, candidate_id, status, motivation, created_at)
       VALUES ('${org}', '${application}', '${opportunity}', '${id[candidate]}', '${status}', 'm', ${createdAt ?? 'now()'})`,
    );
    if (placed)
      statements.push(
        `INSERT INTO placement (organization_id, id, application_id, opportunity_id, candidate_id, kind, hours_per_week, status, starts_on)
         VALUES ('${org}', '${randomUUID()}', '${application}', '${opportunity}', '${id[candidate]}', 'STRETCH_PROJECT', 4, 'COMPLETED', current_date)`,
      );
    if (candidate === 'S2')
      statements.push(
        `INSERT INTO consent_request (organization_id, id, application_id, approver_id, status, due_at, decided_at)
         VALUES ('${org}', '${randomUUID()}', '${application}', '${id['Ben']}', 'DECLINED', now(), now())`,
      );
  }
  for (const statement of statements) await bridge.sql(statement);
  return bridge.signIn('hr@fairfield.test');
}

describe('equity of access report', () => {
  let bridge: TestBridge;
  let hr: string;
  let acmeHr: string;

  const report = async (filter: Record<string, unknown> = {}, token = hr) =>
    (await bridge.data<{ equityReport: Report }>(REPORT, { filter }, token)).equityReport;
  const dimension = (result: Report, name: string) => {
    const found = result.dimensions.find((item) => item.dimension === name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  const group = (result: Report, name: string, label: string) => {
    const found = dimension(result, name).groups.find((item) => item.label === label);
    if (!found) throw new Error(`no ${label} in ${name}`);
    return found;
  };

  beforeAll(async () => {
    bridge = await TestBridge.start();
    hr = await buildFairfield(bridge);
    acmeHr = await bridge.signIn('hr@acme.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('counts the eligible population, and who applied, was offered and was placed in the period', async () => {
    const result = await report();
    expect(result.suppressionThreshold).toBe(5);
    const functions = dimension(result, 'FUNCTION');
    expect(functions.overall).toMatchObject({
      eligible: 20,
      applied: 11,
      offered: 5,
      placed: 2,
      suppressed: false,
    });
    expect(functions.overall.placedRate).toBeCloseTo(0.1);
    expect(group(result, 'FUNCTION', 'Fairfield Engineering')).toMatchObject({
      eligible: 10,
      applied: 6,
      offered: 4,
      placed: 2,
      appliedRate: 0.6,
      offeredRate: 0.4,
      placedRate: 0.2,
      placedRatioToOverall: 2,
      placedRatioToBest: 1,
      belowFourFifths: false,
      suppressed: false,
    });
  });

  it('flags a location placed at under four fifths of the best one', async () => {
    const result = await report();
    expect(group(result, 'LOCATION', 'Hilltop')).toMatchObject({
      eligible: 8,
      applied: 6,
      placed: 2,
      belowFourFifths: false,
    });
    expect(group(result, 'LOCATION', 'Harbour')).toMatchObject({
      eligible: 12,
      applied: 5,
      offered: 1,
      placed: 0,
      placedRatioToBest: 0,
      belowFourFifths: true,
    });
  });

  it('rates each sponsor among the people who applied to their opportunities', async () => {
    const result = await report();
    const sponsors = dimension(result, 'SPONSOR');
    expect(sponsors.population).toContain('applied');
    expect(sponsors.overall).toMatchObject({ eligible: 11, applied: 11, offered: 5, placed: 2 });
    expect(group(result, 'SPONSOR', 'Fairfield Ada')).toMatchObject({
      eligible: 6,
      applied: 6,
      offered: 4,
      placed: 2,
    });
    expect(group(result, 'SPONSOR', 'Fairfield Ben')).toMatchObject({
      eligible: 6,
      applied: 6,
      offered: 1,
      placed: 0,
    });
  });

  it('hides groups of fewer than 5, and the next smallest so the hidden one cannot be worked out', async () => {
    const result = await report();
    expect(group(result, 'FUNCTION', 'Fairfield Legal')).toMatchObject({
      suppressed: true,
      suppression: 'SMALL_GROUP',
      eligible: null,
      applied: null,
      placedRate: null,
    });
    expect(group(result, 'FUNCTION', 'Fairfield Sales')).toMatchObject({
      suppressed: true,
      suppression: 'COMPLEMENT',
      eligible: null,
    });
    expect(dimension(result, 'LEVEL').groups.every((row) => row.suppressed && row.eligible === null)).toBe(
      true,
    );
  });

  it('narrows to a period and a kind of opportunity', async () => {
    // Y1 (inactive) is eligible only through their application to the mentorship.
    const stretch = await report({ kind: 'STRETCH_PROJECT' });
    expect(dimension(stretch, 'FUNCTION').overall).toMatchObject({
      eligible: 19,
      applied: 6,
      offered: 4,
      placed: 2,
    });
    expect(dimension(stretch, 'SPONSOR').groups.map((row) => row.label)).toEqual(['Fairfield Ada']);
    const longAgo = await report({ from: '2000-01-01', to: '2001-01-01' });
    expect(dimension(longAgo, 'FUNCTION').overall).toMatchObject({ eligible: 19, applied: 0, placed: 0 });
    const withOld = await report({ from: '2000-01-01' });
    expect(group(withOld, 'SPONSOR', 'Fairfield Ada')).toMatchObject({ eligible: 7, placed: 3 });
  });

  it('defaults to the twelve months up to today', async () => {
    const result = await report();
    const today = new Date().toISOString().slice(0, 10);
    expect(result.to).toBe(today);
    expect(result.from > `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`).toBe(true);
    expect(result.kind).toBeNull();
  });

  it('shows each organization only its own people', async () => {
    const acme = await report({}, acmeHr);
    const labels = acme.dimensions.flatMap((item) => item.groups.map((row) => row.label));
    expect(labels.some((label) => label.startsWith('Fairfield'))).toBe(false);
    const [{ count }] = await bridge.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM candidate_profile JOIN person ON person.organization_id = candidate_profile.organization_id
         AND person.id = candidate_profile.person_id JOIN organization ON organization.id = person.organization_id
       WHERE organization.slug = 'acme' AND person.active`,
    );
    expect(dimension(acme, 'FUNCTION').overall.eligible).toBe(count);
  });

  it('is for HR only', async () => {
    for (const email of [
      'admin@acme.test',
      'sponsor@acme.test',
      'candidate@acme.test',
      'manager@acme.test',
    ]) {
      const error = onlyError(await bridge.graphql(REPORT, {}, await bridge.signIn(email)));
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    }
    expect(onlyError(await bridge.graphql(REPORT, {})).extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a period that ends before it starts, or a date that does not exist, naming the field', async () => {
    const backwards = onlyError(
      await bridge.graphql(REPORT, { filter: { from: '2026-05-02', to: '2026-05-01' } }, hr),
    );
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(backwards.message).toContain('before it starts');
    const impossible = onlyError(await bridge.graphql(REPORT, { filter: { from: '2026-02-30' } }, hr));
    expect(impossible.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    expect(impossible.message).toContain('YYYY-MM-DD');
  });

  it('exports the same figures as CSV, suppressed groups explained and formula-like text defused', async () => {
    const { equityReport } = await bridge.data<{ equityReport: { csv: string } }>(CSV, {}, hr);
    const lines = equityReport.csv.split('\r\n');
    expect(lines[0]).toBe(
      'Dimension,Group,Eligible,Applied,Offered,Placed,Applied rate,Offered rate,Placed rate,Placed rate / organization,Placed rate / best group,Under four fifths of the best group,Suppressed,Eligible population',
    );
    expect(lines[1]).toMatch(/^Function,Organization,20,11,5,2,0\.55,0\.25,0\.1,,,,,/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^Function,Fairfield Engineering,10,6,4,2,0\.6,0\.4,0\.2,2,1,no,,/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^Function,Fairfield Legal,,,,,,,,,,,Fewer than 5 people,/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^Level,'=IC3,/));
    expect(lines).toContainEqual(expect.stringMatching(/^Location,Harbour,12,5,1,0,.*,yes,,/));
    expect(lines.at(-1)).toBe('');
  });
});
