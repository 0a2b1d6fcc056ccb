import fc from 'fast-check';
import { WarningPattern } from './leadership-framework';
import { EvidenceFlag, EvidenceObservation, readiness, ReadinessBand, ReadinessInput } from './readiness';

const ASOF = '2026-12-01';
const CAPABILITIES = [
  { key: 'delegation', name: 'Delegation' },
  { key: 'coaching', name: 'Coaching' },
];

let sequence = 0;
function observation(overrides: Partial<EvidenceObservation> = {}): EvidenceObservation {
  sequence += 1;
  return {
    id: `o${String(sequence).padStart(4, '0')}`,
    observerId: 'a',
    capabilityKey: 'delegation',
    rating: 3,
    observedOn: '2026-09-01',
    warningPattern: null,
    observerOutsideTeam: false,
    ...overrides,
  };
}

/** Three observations from two observers, spread over the last months: a covered capability. */
function covered(capabilityKey: string, rating: number, extra: Partial<EvidenceObservation> = {}) {
  return [
    observation({ capabilityKey, rating, observerId: 'a', observedOn: '2026-06-10', ...extra }),
    observation({ capabilityKey, rating, observerId: 'b', observedOn: '2026-08-20', ...extra }),
    observation({ capabilityKey, rating, observerId: 'c', observedOn: '2026-11-20', ...extra }),
  ];
}

const judge = (observations: EvidenceObservation[], extra: Partial<ReadinessInput> = {}) =>
  readiness({ capabilities: CAPABILITIES, observations, asOf: ASOF, ...extra });

function capability(result: ReturnType<typeof readiness>, key: string) {
  const found = result.capabilities.find((c) => c.key === key);
  if (!found) throw new Error(`no capability ${key} in the result`);
  return found;
}

describe('readiness', () => {
  it('counts observations, observers, observers from outside the team and the last date', () => {
    const result = judge([
      observation({ observerId: 'a', observedOn: '2026-05-01' }),
      observation({ observerId: 'a', observedOn: '2026-07-01', observerOutsideTeam: false }),
      observation({ observerId: 'x', observedOn: '2026-10-01', observerOutsideTeam: true }),
    ]);
    expect(capability(result, 'delegation')).toMatchObject({
      observationCount: 3,
      distinctObservers: 2,
      observersOutsideTeam: 1,
      lastObservedOn: '2026-10-01',
    });
    expect(capability(result, 'coaching')).toMatchObject({
      observationCount: 0,
      meanRating: null,
      lastObservedOn: null,
    });
  });

  it('weighs recent observations more: a 4 today and a 2 one half-life ago average to 3.33', () => {
    const result = judge([
      observation({ rating: 4, observedOn: ASOF }),
      observation({ rating: 2, observedOn: '2026-06-04' }), // 180 days before ASOF
    ]);
    expect(capability(result, 'delegation').meanRating).toBeCloseTo((4 + 0.5 * 2) / 1.5, 6);
  });

  it('adjusts each rating by its observer’s leniency', () => {
    const leniency = new Map([['a', 0.5]]);
    const result = judge([observation({ observerId: 'a', rating: 4, observedOn: ASOF })], { leniency });
    expect(capability(result, 'delegation')).toMatchObject({ meanRating: 4, adjustedMeanRating: 3.5 });
  });

  it('flags thin evidence and a single observer', () => {
    const result = judge([observation({ observerId: 'a' }), observation({ observerId: 'a' })]);
    expect(capability(result, 'delegation').flags).toEqual([EvidenceFlag.THIN, EvidenceFlag.SINGLE_OBSERVER]);
    expect(capability(result, 'coaching').flags).toEqual([EvidenceFlag.THIN]);
  });

  it('flags stale evidence when nothing was observed in 6 months', () => {
    const old = [
      observation({ observerId: 'a', observedOn: '2025-11-01' }),
      observation({ observerId: 'b', observedOn: '2026-05-31' }),
      observation({ observerId: 'c', observedOn: '2026-04-01' }),
    ];
    expect(capability(judge(old), 'delegation').flags).toContain(EvidenceFlag.STALE);
    expect(capability(judge(old), 'delegation').covered).toBe(false);
    const justInside = [...old, observation({ observerId: 'c', observedOn: '2026-06-01' })];
    expect(capability(judge(justInside), 'delegation').flags).not.toContain(EvidenceFlag.STALE);
  });

  it('flags recency bias when most of the evidence is from the last 60 days', () => {
    const result = judge([
      observation({ observerId: 'a', observedOn: '2026-03-01' }),
      observation({ observerId: 'b', observedOn: '2026-10-15' }),
      observation({ observerId: 'c', observedOn: '2026-11-30' }),
    ]);
    expect(capability(result, 'delegation').flags).toEqual([EvidenceFlag.RECENT_ONLY]);
  });

  it('flags warning signs seen in 6 months, and lists every warning sign by pattern', () => {
    const result = judge([
      ...covered('delegation', 3),
      observation({ warningPattern: WarningPattern.MICROMANAGEMENT, observedOn: '2026-10-01', rating: 1 }),
      observation({ warningPattern: WarningPattern.MICROMANAGEMENT, observedOn: '2026-02-01', rating: 1 }),
      observation({ warningPattern: WarningPattern.ABDICATION, observedOn: '2025-01-01', rating: 2 }),
    ]);
    const delegation = capability(result, 'delegation');
    expect(delegation.flags).toContain(EvidenceFlag.WARNING_SIGNS);
    expect(delegation.warningSigns.map(({ pattern, count }) => ({ pattern, count }))).toEqual([
      { pattern: WarningPattern.MICROMANAGEMENT, count: 2 },
      { pattern: WarningPattern.ABDICATION, count: 1 },
    ]);
    const onlyOld = judge([
      ...covered('delegation', 3),
      observation({ warningPattern: WarningPattern.ABDICATION, observedOn: '2025-01-01' }),
    ]);
    expect(capability(onlyOld, 'delegation').flags).not.toContain(EvidenceFlag.WARNING_SIGNS);
  });

  it('flags one observer dominating when they gave more than half of several observers’ evidence', () => {
    const result = judge([
      observation({ observerId: 'a' }),
      observation({ observerId: 'a' }),
      observation({ observerId: 'a' }),
      observation({ observerId: 'b' }),
    ]);
    expect(capability(result, 'delegation').flags).toContain(EvidenceFlag.DOMINATED);
    const even = judge([observation({ observerId: 'a' }), observation({ observerId: 'b' })]);
    expect(capability(even, 'delegation').flags).not.toContain(EvidenceFlag.DOMINATED);
  });

  it('raises the flags of every capability on the whole', () => {
    const result = judge([...covered('delegation', 3), observation({ capabilityKey: 'coaching' })]);
    expect(result.flags).toEqual([EvidenceFlag.THIN, EvidenceFlag.SINGLE_OBSERVER]);
  });

  describe('band', () => {
    it('is INSUFFICIENT_EVIDENCE when fewer than half the capabilities are covered', () => {
      const three = [...CAPABILITIES, { key: 'trust', name: 'Building trust' }];
      const result = readiness({ capabilities: three, observations: covered('delegation', 4), asOf: ASOF });
      expect(result.band).toBe(ReadinessBand.INSUFFICIENT_EVIDENCE);
      expect(result.rule).toContain('Only 1 of 3 capabilities have enough evidence');
      expect(judge([]).band).toBe(ReadinessBand.INSUFFICIENT_EVIDENCE);
      expect(readiness({ capabilities: [], observations: [], asOf: ASOF }).rule).toContain(
        'names no capabilities',
      );
    });

    it('is NOT_YET when a covered capability averages below 2, naming it', () => {
      const result = judge([...covered('delegation', 1), ...covered('coaching', 4)]);
      expect(result.band).toBe(ReadinessBand.NOT_YET);
      expect(result.rule).toContain('Delegation (1.0)');
    });

    it('is READY when every capability is covered at 3 or more with no recent warning sign', () => {
      const result = judge([...covered('delegation', 3), ...covered('coaching', 4)]);
      expect(result.band).toBe(ReadinessBand.READY);
      expect(result.rule).toContain('All 2 capabilities');
    });

    it('is EMERGING otherwise, naming what stands in the way', () => {
      const thinCoaching = judge([
        ...covered('delegation', 4),
        observation({ capabilityKey: 'coaching', rating: 4 }),
      ]);
      expect(thinCoaching.band).toBe(ReadinessBand.EMERGING);
      expect(thinCoaching.rule).toContain('not enough evidence yet in Coaching');
      const middling = judge([...covered('delegation', 4), ...covered('coaching', 2)]);
      expect(middling.band).toBe(ReadinessBand.EMERGING);
      expect(middling.rule).toContain('Coaching (2.0)');
      const warned = judge([
        ...covered('delegation', 4),
        ...covered('coaching', 4),
        observation({
          capabilityKey: 'coaching',
          rating: 3,
          warningPattern: WarningPattern.OVER_INVOLVEMENT,
        }),
      ]);
      expect(warned.band).toBe(ReadinessBand.EMERGING);
      expect(warned.rule).toContain('warning signs in the last 6 months in Coaching');
    });

    it('decides on the rater-adjusted mean: a lenient observer alone cannot make a candidate READY', () => {
      const evidence = [...covered('delegation', 3), ...covered('coaching', 3)];
      expect(judge(evidence).band).toBe(ReadinessBand.READY);
      const lenient = new Map([
        ['a', 0.6],
        ['b', 0.6],
        ['c', 0.6],
      ]);
      expect(judge(evidence, { leniency: lenient }).band).toBe(ReadinessBand.EMERGING);
    });
  });

  describe('properties', () => {
    const observerIds = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const dates = fc
      .integer({ min: 0, max: 900 })
      .map((daysAgo) =>
        new Date(Date.parse(`${ASOF}T00:00:00Z`) - daysAgo * 86_400_000).toISOString().slice(0, 10),
      );
    const anObservation = fc.record({
      id: fc.uuid(),
      observerId: observerIds,
      capabilityKey: fc.constantFrom('delegation', 'coaching', 'other'),
      rating: fc.integer({ min: 1, max: 4 }),
      observedOn: dates,
      warningPattern: fc.option(fc.constantFrom(...Object.values(WarningPattern)), { nil: null }),
      observerOutsideTeam: fc.boolean(),
    });
    const evidence = fc.array(anObservation, { maxLength: 30 });

    it('adding a positive observation from a new observer never lowers coverage', () => {
      fc.assert(
        fc.property(
          evidence,
          fc.constantFrom('delegation', 'coaching'),
          fc.integer({ min: 1, max: 4 }),
          (all, key, rating) => {
            const before = judge(all);
            const after = judge([
              ...all,
              observation({ observerId: 'newcomer', capabilityKey: key, rating, observedOn: ASOF }),
            ]);
            expect(after.coveredCapabilities).toBeGreaterThanOrEqual(before.coveredCapabilities);
            for (const was of before.capabilities) {
              const now = capability(after, was.key);
              expect(now.observationCount).toBeGreaterThanOrEqual(was.observationCount);
              expect(now.distinctObservers).toBeGreaterThanOrEqual(was.distinctObservers);
              if (was.covered) expect(now.covered).toBe(true);
            }
          },
        ),
      );
    });

    it('does not depend on the order the observations arrive in', () => {
      fc.assert(
        fc.property(evidence, fc.integer(), (all, seed) => {
          const shuffled = fc.sample(fc.shuffledSubarray(all, { minLength: all.length }), {
            numRuns: 1,
            seed,
          })[0];
          expect(judge(shuffled)).toEqual(judge(all));
        }),
      );
    });

    it('ignores observations of capabilities the transition does not need', () => {
      fc.assert(
        fc.property(evidence, (all) => {
          const needed = all.filter((o) => o.capabilityKey !== 'other');
          expect(judge(all)).toEqual(judge(needed));
        }),
      );
    });
  });
});
