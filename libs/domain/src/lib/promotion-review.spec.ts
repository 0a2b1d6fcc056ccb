import fc from 'fast-check';
import { ObservationVisibility } from './evidence';
import { IndicatorKind, WarningPattern } from './leadership-framework';
import { can, Permission } from './permissions';
import {
  decisionProblems,
  packetSections,
  PromotionDecision,
  ReviewEvidence,
  ReviewSnapshot,
} from './promotion-review';
import { EvidenceObservation, readiness } from './readiness';
import { Role } from './roles';

const evidence = (observation: EvidenceObservation): ReviewEvidence => ({
  id: observation.id,
  observerId: observation.observerId,
  observerName: `Observer ${observation.observerId}`,
  capabilityKey: observation.capabilityKey,
  capabilityName: observation.capabilityKey,
  indicatorText: 'An indicator',
  indicatorKind: observation.warningPattern ? IndicatorKind.WARNING_SIGN : IndicatorKind.POSITIVE,
  warningPattern: observation.warningPattern,
  rating: observation.rating,
  situation: 'S',
  behaviour: 'B',
  impact: 'I',
  observedOn: observation.observedOn,
  visibility: ObservationVisibility.SHARED,
});

function snapshotOf(observations: EvidenceObservation[]): ReviewSnapshot {
  return {
    takenOn: '2026-12-01',
    candidateName: 'Sam',
    transitionName: 'Individual contributor to first-time manager',
    readiness: readiness({
      capabilities: [
        { key: 'delegation', name: 'Delegation' },
        { key: 'coaching', name: 'Coaching' },
      ],
      observations,
      asOf: '2026-12-01',
      leniency: new Map(),
    }),
    evidence: observations.map(evidence),
  };
}

describe('decisionProblems', () => {
  it('asks every decision for a rationale', () => {
    expect(
      decisionProblems({ decision: PromotionDecision.READY, rationale: '  ', developmentPlan: '' }),
    ).toEqual([expect.objectContaining({ field: 'rationale' })]);
  });

  it('asks a decision short of Ready for a development plan, and Ready for none', () => {
    for (const decision of [PromotionDecision.READY_WITH_SUPPORT, PromotionDecision.NOT_YET])
      expect(decisionProblems({ decision, rationale: 'Why', developmentPlan: ' ' })).toEqual([
        expect.objectContaining({ field: 'developmentPlan' }),
      ]);
    expect(
      decisionProblems({ decision: PromotionDecision.READY, rationale: 'Why', developmentPlan: '' }),
    ).toEqual([]);
  });

  it('bounds both texts at 4,000 characters', () => {
    const long = 'x'.repeat(4_001);
    expect(
      decisionProblems({ decision: PromotionDecision.NOT_YET, rationale: long, developmentPlan: long }).map(
        (problem) => problem.field,
      ),
    ).toEqual(['rationale', 'developmentPlan']);
  });
});

describe('packetSections', () => {
  const observation = (
    id: string,
    observerId: string,
    capabilityKey: string,
    rating: number,
    warning = false,
  ) => ({
    id,
    observerId,
    capabilityKey,
    rating,
    observedOn: '2026-10-01',
    warningPattern: warning ? WarningPattern.MICROMANAGEMENT : null,
    observerOutsideTeam: false,
  });

  it('states the band, each capability and each warning sign, citing the observations behind each', () => {
    const snapshot = snapshotOf([
      observation('o1', 'a', 'delegation', 3),
      observation('o2', 'b', 'delegation', 1, true),
      observation('o3', 'c', 'coaching', 4),
    ]);
    const sections = packetSections(snapshot);
    expect(sections.map((section) => section.heading)).toEqual(['Readiness', 'Delegation', 'Coaching']);
    expect(sections[0].statements[0].citations.sort()).toEqual(['o1', 'o2', 'o3']);
    const delegation = sections[1].statements;
    expect(delegation[0].citations.sort()).toEqual(['o1', 'o2']);
    expect(delegation.find((statement) => statement.text.startsWith('Warning sign'))?.citations).toEqual([
      'o2',
    ]);
    expect(sections[2].statements[0].text).toContain('1 observation(s) by 1 observer(s)');
  });

  it('cites only observations of its snapshot, and every statement about evidence cites one', () => {
    const anObservation = fc.record({
      id: fc.uuid(),
      observerId: fc.constantFrom('a', 'b', 'c'),
      capabilityKey: fc.constantFrom('delegation', 'coaching', 'other'),
      rating: fc.integer({ min: 1, max: 4 }),
      observedOn: fc.constantFrom('2025-01-10', '2026-06-01', '2026-11-20'),
      warningPattern: fc.constantFrom(null, WarningPattern.ABDICATION),
      observerOutsideTeam: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(anObservation, { selector: (o) => o.id, maxLength: 30 }), (observations) => {
        const snapshot = snapshotOf(observations);
        const ids = new Set(snapshot.evidence.map((item) => item.id));
        for (const section of packetSections(snapshot))
          for (const statement of section.statements) {
            for (const id of statement.citations) expect(ids.has(id)).toBe(true);
            if (statement.text !== 'No observation of this capability.' && section.heading !== 'Readiness')
              expect(
                statement.citations.length > 0 || !/observation\(s\)|Warning sign/.test(statement.text),
              ).toBe(true);
          }
      }),
    );
  });
});

describe('who reads a promotion review', () => {
  const review = (decided: boolean) => ({ kind: 'promotionReview' as const, candidateId: 'sam', decided });
  it('is HR, and the candidate once it is decided; nobody else', () => {
    expect(can({ personId: 'hr', roles: [Role.HR] }, Permission.ReadPromotionOutcome, review(false))).toBe(
      true,
    );
    expect(
      can({ personId: 'sam', roles: [Role.CANDIDATE] }, Permission.ReadPromotionOutcome, review(false)),
    ).toBe(false);
    expect(
      can({ personId: 'sam', roles: [Role.CANDIDATE] }, Permission.ReadPromotionOutcome, review(true)),
    ).toBe(true);
    expect(
      can(
        { personId: 'boss', roles: [Role.SPONSOR, Role.ADMIN] },
        Permission.ReadPromotionOutcome,
        review(true),
      ),
    ).toBe(false);
    expect(can({ personId: 'sam', roles: [Role.CANDIDATE] }, Permission.ManagePromotionReviews)).toBe(false);
  });
});
