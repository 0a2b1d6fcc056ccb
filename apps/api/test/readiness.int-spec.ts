import { DEFAULT_LEADERSHIP_FRAMEWORK, IndicatorKind } from '@bridge/domain';
import { onlyError, TestBridge } from './bridge-test-app';

const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id } }`;
const READINESS = `query($id: ID!, $transition: TransitionKey) { readiness(candidateId: $id, transition: $transition) {
  candidateId transition band rule flags coveredCapabilities
  capabilities { key name observationCount distinctObservers observersOutsideTeam meanRating adjustedMeanRating
    lastObservedOn flags covered observationIds warningSigns { pattern count } } } }`;
const CALIBRATION = `{ raterCalibration { ratings organizationMean varianceShares { raters ratees residual }
  observers { observer { email } ratings mean spread leniency } } }`;

interface CapabilityReadiness {
  key: string;
  observationCount: number;
  distinctObservers: number;
  meanRating: number | null;
  covered: boolean;
  flags: string[];
  observationIds: string[];
}
interface Readiness {
  transition: string;
  band: string;
  rule: string;
  flags: string[];
  coveredCapabilities: number;
  capabilities: CapabilityReadiness[];
}

/** A positive indicator of each capability, from the default framework every organization copies. */
const INDICATORS = Object.fromEntries(
  DEFAULT_LEADERSHIP_FRAMEWORK.capabilities.map((capability) => [
    capability.key,
    capability.indicators.find((indicator) => indicator.kind === IndicatorKind.POSITIVE)?.key,
  ]),
);

describe('readiness', () => {
  let bridge: TestBridge;
  let hr: string;
  let manager: string;
  let candidate: string;
  let sponsor: string;
  let globex: string;
  let candidateId: string;
  const recorded: Record<string, string[]> = { delegation: [], coaching: [], communication: [] };
  const hrOnlyIds: string[] = [];

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [hr, manager, candidate, sponsor, globex] = await Promise.all(
      ['hr@acme.test', 'manager@acme.test', 'candidate@acme.test', 'sponsor@acme.test', 'hr@globex.test'].map(
        (email) => bridge.signIn(email),
      ),
    );
    [{ id: candidateId }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM person WHERE email = 'candidate@acme.test'",
    );

    const record = async (
      token: string,
      capabilityKey: string,
      rating: number,
      observedOn: string,
      hrOnly = false,
    ) => {
      const { recordObservation } = await bridge.data<{ recordObservation: { id: string } }>(
        RECORD,
        {
          input: {
            candidateId,
            capabilityKey,
            indicatorKey: INDICATORS[capabilityKey],
            rating,
            situation: `A ${capabilityKey} moment`,
            behaviour: 'What they did',
            impact: 'What it changed',
            observedOn,
            visibility: hrOnly ? 'HR_ONLY' : 'SHARED',
          },
        },
        token,
      );
      recorded[capabilityKey].push(recordObservation.id);
      if (hrOnly) hrOnlyIds.push(recordObservation.id);
    };
    await record(manager, 'delegation', 4, '2026-10-01');
    await record(manager, 'delegation', 4, '2026-09-01');
    await record(hr, 'delegation', 4, '2026-08-01');
    await record(manager, 'coaching', 3, '2026-10-05');
    await record(manager, 'coaching', 3, '2026-07-05');
    await record(hr, 'coaching', 3, '2026-06-05', true);
    await record(manager, 'communication', 1, '2026-10-10');
    await record(hr, 'communication', 1, '2026-09-10');
    await record(hr, 'communication', 2, '2026-07-10');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  const readinessAs = async (token: string) =>
    (await bridge.data<{ readiness: Readiness }>(READINESS, { id: candidateId, transition: 'T1' }, token))
      .readiness;
  const capability = (readiness: Readiness, key: string) => {
    const found = readiness.capabilities.find((c) => c.key === key);
    if (!found) throw new Error(`no ${key} in ${JSON.stringify(readiness.capabilities.map((c) => c.key))}`);
    return found;
  };

  it('explains, for HR, each capability the transition needs and the band with its rule', async () => {
    const readiness = await readinessAs(hr);
    expect(readiness.capabilities.map((c) => c.key)).toEqual([
      'valuing-managerial-work',
      'delegation',
      'coaching',
      'communication',
      'alignment',
      'lifting-others-up',
    ]);
    expect(capability(readiness, 'delegation')).toMatchObject({
      observationCount: 3,
      distinctObservers: 2,
      meanRating: 4,
      covered: true,
      // Two of the three from the manager: more than half from one observer.
      flags: ['DOMINATED'],
    });
    expect([...capability(readiness, 'delegation').observationIds].sort()).toEqual(
      [...recorded['delegation']].sort(),
    );
    expect(capability(readiness, 'coaching')).toMatchObject({ observationCount: 3, covered: true });
    expect(capability(readiness, 'alignment')).toMatchObject({
      observationCount: 0,
      covered: false,
      flags: ['THIN'],
    });
    expect(readiness.coveredCapabilities).toBe(3);
    expect(readiness.band).toBe('NOT_YET');
    expect(readiness.rule).toContain('Communication');
    expect(readiness.flags).toContain('THIN');
  });

  it('shows the manager only what they may read: HR-only evidence does not count in their view', async () => {
    const readiness = await readinessAs(manager);
    expect(capability(readiness, 'coaching')).toMatchObject({
      observationCount: 2,
      distinctObservers: 1,
      covered: false,
      flags: expect.arrayContaining(['THIN', 'SINGLE_OBSERVER']),
    });
    expect(readiness.coveredCapabilities).toBe(2);
    expect(readiness.band).toBe('INSUFFICIENT_EVIDENCE');
  });

  it('defaults to the candidate’s target transition', async () => {
    const [{ target }] = await bridge.sql<{ target: string }>(
      'SELECT target_transition AS target FROM candidate_profile WHERE person_id = $1',
      [candidateId],
    );
    const { readiness } = await bridge.data<{ readiness: Readiness }>(READINESS, { id: candidateId }, hr);
    expect(readiness.transition).toBe(target);
  });

  it('shows the candidate their own readiness from the shared evidence only: HR-only evidence never counts', async () => {
    const readiness = await readinessAs(candidate);
    const coaching = capability(readiness, 'coaching');
    expect(coaching).toMatchObject({
      observationCount: 2,
      distinctObservers: 1,
      covered: false,
      flags: expect.arrayContaining(['THIN', 'SINGLE_OBSERVER']),
    });
    expect(hrOnlyIds).toHaveLength(1);
    const counted = readiness.capabilities.flatMap((c) => c.observationIds);
    expect(counted).toHaveLength(8);
    expect(counted.filter((id) => hrOnlyIds.includes(id))).toEqual([]);
    expect(readiness.coveredCapabilities).toBe(2);
    expect(readiness.band).toBe('INSUFFICIENT_EVIDENCE');
  });

  it('is for HR, the candidate’s manager and the candidate; a peer is refused, another tenant finds nothing', async () => {
    // A teammate of the candidate with no role and no relationship to them.
    const [{ email: peerEmail }] = await bridge.sql<{ email: string }>(
      `SELECT email FROM person WHERE unit_id = (SELECT unit_id FROM person WHERE id = $1)
         AND roles = '{}' AND id <> $1 ORDER BY email LIMIT 1`,
      [candidateId],
    );
    const peer = await bridge.signIn(peerEmail);
    for (const token of [peer, sponsor]) {
      const error = onlyError(await bridge.graphql(READINESS, { id: candidateId }, token));
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    }
    expect(onlyError(await bridge.graphql(READINESS, { id: candidateId }, globex)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('calibrates every observer against the organization, for HR only', async () => {
    const { raterCalibration } = await bridge.data<{
      raterCalibration: {
        ratings: number;
        varianceShares: { raters: number; ratees: number; residual: number };
        observers: { observer: { email: string }; ratings: number; mean: number; leniency: number }[];
      };
    }>(CALIBRATION, {}, hr);
    expect(raterCalibration.ratings).toBe(9);
    const byEmail = new Map(raterCalibration.observers.map((o) => [o.observer.email, o]));
    expect(byEmail.get('manager@acme.test')).toMatchObject({ ratings: 5, mean: 3 });
    expect(byEmail.get('hr@acme.test')).toMatchObject({ ratings: 4, mean: 2.5 });
    expect(byEmail.get('manager@acme.test')?.leniency).toBeGreaterThan(
      byEmail.get('hr@acme.test')?.leniency ?? 0,
    );
    const shares = raterCalibration.varianceShares;
    expect(shares.raters + shares.ratees + shares.residual).toBeCloseTo(1, 6);
    expect(onlyError(await bridge.graphql(CALIBRATION, {}, manager)).extensions?.code).toBe('FORBIDDEN');
  });
});
