import { DEFAULT_LEADERSHIP_FRAMEWORK, EvidenceFlag, ReadinessBand } from '@bridge/domain';
import { DemoSeedService, SeedOutcome } from '../src/demo-seed/demo-seed.service';
import { onlyError, TestBridge } from './bridge-test-app';

const READINESS = `query($id: ID!) { readiness(candidateId: $id) { transition band flags } }`;
const CALIBRATION = `{ raterCalibration { observers { observer { email } leniency } } }`;

/**
 * The demo evidence as `npm start` seeds it, on a real database: into a demo organization created
 * without it (as a database seeded before there was evidence), once only, under row-level security,
 * and read back through the API as HR, the candidate and their manager see it.
 */
describe('demo evidence', () => {
  let bridge: TestBridge;
  let first: SeedOutcome[];
  let again: SeedOutcome[];
  const counts = () =>
    bridge.sql<{ observations: number; requests: number; placements: number }>(
      `SELECT (SELECT count(*) FROM observation)::int AS observations,
              (SELECT count(*) FROM observation_request)::int AS requests,
              (SELECT count(*) FROM placement)::int AS placements`,
    );

  beforeAll(async () => {
    bridge = await TestBridge.start();
    expect((await counts())[0]).toEqual({ observations: 0, requests: 0, placements: 0 });
    first = await bridge.provider(DemoSeedService).seedDemoOrganizations();
    again = await bridge.provider(DemoSeedService).seedDemoOrganizations();
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('seeds Acme’s evidence once, into the existing organization, and never again', async () => {
    const acme = first.find((outcome) => outcome.organization === 'Acme Manufacturing');
    expect(acme).toMatchObject({ created: false });
    expect(acme?.observations).toBeGreaterThanOrEqual(50);
    expect(again.every((outcome) => outcome.observations === 0 && !outcome.created)).toBe(true);
    const [after] = await counts();
    expect(after.observations).toBe(acme?.observations);
    expect(after.requests).toBeGreaterThan(0);
    expect(after.placements).toBeGreaterThan(0);
    const [globex] = await bridge.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM observation o JOIN organization g ON g.id = o.organization_id WHERE g.slug = 'globex'",
    );
    expect(globex.count).toBe(0);
  });

  it('shows HR every readiness band and flag, and the lenient and harsh raters at either end', async () => {
    const hr = await bridge.signIn('hr@acme.test');
    const candidates = await bridge.sql<{ id: string }>(
      'SELECT DISTINCT candidate_id AS id FROM observation',
    );
    const judged = await Promise.all(
      candidates.map(
        async ({ id }) =>
          (await bridge.data<{ readiness: { band: string; flags: string[] } }>(READINESS, { id }, hr))
            .readiness,
      ),
    );
    expect(new Set(judged.map((r) => r.band))).toEqual(new Set(Object.values(ReadinessBand)));
    expect(new Set(judged.flatMap((r) => r.flags))).toEqual(new Set(Object.values(EvidenceFlag)));

    const { raterCalibration } = await bridge.data<{
      raterCalibration: { observers: { observer: { email: string }; leniency: number }[] };
    }>(CALIBRATION, {}, hr);
    const byLeniency = [...raterCalibration.observers].sort((a, b) => b.leniency - a.leniency);
    const [harsh] = await bridge.sql<{ email: string }>(
      "SELECT email FROM person WHERE title = 'Director of Manufacturing'",
    );
    expect(byLeniency[0].observer.email).toBe('chloe.eriksen@acme.test');
    expect(byLeniency[byLeniency.length - 1].observer.email).toBe(harsh.email);
  });

  it('gives Alex a record to review: shared with Alex, HR-only notes kept from Alex, EMERGING for managing others', async () => {
    const candidate = await bridge.signIn('candidate@acme.test');
    const manager = await bridge.signIn('manager@acme.test');
    const [alex] = await bridge.sql<{ id: string; all: number; shared: number; observers: number }>(
      `SELECT p.id, count(o.id)::int AS all, count(o.id) FILTER (WHERE o.visibility = 'SHARED')::int AS shared,
              count(DISTINCT o.observer_id)::int AS observers
       FROM person p JOIN observation o ON o.organization_id = p.organization_id AND o.candidate_id = p.id
       WHERE p.email = 'candidate@acme.test' GROUP BY p.id`,
    );
    expect(alex.all).toBeGreaterThanOrEqual(12);
    expect(alex.observers).toBeGreaterThanOrEqual(4);
    const { observations } = await bridge.data<{ observations: { totalCount: number } }>(
      'query($id: ID!) { observations(candidateId: $id, first: 1) { totalCount } }',
      { id: alex.id },
      candidate,
    );
    expect(observations.totalCount).toBe(alex.shared);
    expect(alex.shared).toBeLessThan(alex.all);
    const { readiness } = await bridge.data<{ readiness: { transition: string; band: string } }>(
      READINESS,
      { id: alex.id },
      manager,
    );
    expect(readiness).toMatchObject({ transition: 'T1', band: ReadinessBand.EMERGING });
  });

  it('leaves a request waiting for Alex’s manager, answered when the manager records an observation', async () => {
    const manager = await bridge.signIn('manager@acme.test');
    const waiting = `{ observationRequestsForMe { id status candidate { id name } } }`;
    const { observationRequestsForMe } = await bridge.data<{
      observationRequestsForMe: { status: string; candidate: { id: string; name: string } }[];
    }>(waiting, {}, manager);
    const request = observationRequestsForMe.find((r) => r.candidate.name === 'Alex Rivera');
    expect(request).toMatchObject({ status: 'OPEN' });
    const delegation = DEFAULT_LEADERSHIP_FRAMEWORK.capabilities.find((c) => c.key === 'delegation');
    await bridge.data(
      'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id } }',
      {
        input: {
          candidateId: request?.candidate.id,
          capabilityKey: 'delegation',
          indicatorKey: delegation?.indicators[0].key,
          rating: 3,
          situation: 'The on-call rota handover.',
          behaviour: 'Alex let the new joiners draft the rota and reviewed it with them.',
          impact: 'The rota ran without Alex for the first time.',
          observedOn: new Date().toISOString().slice(0, 10),
          visibility: 'SHARED',
        },
      },
      manager,
    );
    const after = await bridge.data<{ observationRequestsForMe: { candidate: { name: string } }[] }>(
      waiting,
      {},
      manager,
    );
    expect(after.observationRequestsForMe.some((r) => r.candidate.name === 'Alex Rivera')).toBe(false);
  });

  it('has every seeded observation past its correction window', async () => {
    const manager = await bridge.signIn('manager@acme.test');
    const [seeded] = await bridge.sql<{ id: string }>(
      `SELECT o.id FROM observation o JOIN person m ON m.organization_id = o.organization_id AND m.id = o.observer_id
       WHERE m.email = 'manager@acme.test' AND o.recorded_at < now() - interval '1 day' LIMIT 1`,
    );
    const response = await bridge.graphql(
      'mutation($id: ID!, $input: ObservationContentInput!) { amendObservation(observationId: $id, input: $input) { id } }',
      {
        id: seeded.id,
        input: {
          capabilityKey: 'delegation',
          indicatorKey: 'delegation-agrees-outcomes',
          rating: 4,
          situation: 'Changed',
          behaviour: 'Changed',
          impact: 'Changed',
          observedOn: '2026-01-01',
          visibility: 'SHARED',
        },
      },
      manager,
    );
    expect(onlyError(response).extensions).toMatchObject({ code: 'CONFLICT', reason: 'AMEND_WINDOW_CLOSED' });
  });
});
