import fc from 'fast-check';
import { ErrorReason } from './error-reasons';
import {
  amendable,
  OBSERVATION_LIMITS,
  ObservationDraft,
  observationProblems,
  ObservationVisibility,
  ObserverFacts,
  observerRelationships,
  ObserverRelationship,
  placementsToObserve,
  reflectionProblems,
} from './evidence';
import { DEFAULT_LEADERSHIP_FRAMEWORK } from './leadership-framework';
import { can, decide, observerNameShown, Permission } from './permissions';
import { ALL_ROLES, Role } from './roles';

const facts: ObserverFacts = {
  candidateId: 'cand',
  managerId: 'mgr',
  sponsorIds: ['spon'],
  menteeIds: ['mentee'],
  requestedObserverIds: ['asked'],
};
const person = (personId: string, roles: readonly Role[] = []) => ({ personId, roles });
const evidence = { kind: 'candidateEvidence' as const, facts };

describe('who may observe a candidate', () => {
  it('names every relationship that makes an observer', () => {
    expect(observerRelationships({ personId: 'mgr', isHr: false }, facts)).toEqual([
      ObserverRelationship.MANAGER,
    ]);
    expect(observerRelationships({ personId: 'spon', isHr: true }, facts)).toEqual([
      ObserverRelationship.HR,
      ObserverRelationship.SPONSOR,
    ]);
    expect(observerRelationships({ personId: 'mentee', isHr: false }, facts)).toEqual([
      ObserverRelationship.MENTEE,
    ]);
    expect(observerRelationships({ personId: 'asked', isHr: false }, facts)).toEqual([
      ObserverRelationship.REQUESTED,
    ]);
    expect(observerRelationships({ personId: 'peer', isHr: false }, facts)).toEqual([]);
  });

  it('lets the manager, sponsors, mentees, HR and those asked observe; refuses peers and the candidate', () => {
    for (const observer of [
      person('mgr'),
      person('spon'),
      person('mentee'),
      person('asked'),
      person('h', [Role.HR]),
    ])
      expect(can(observer, Permission.ObserveCandidate, evidence)).toBe(true);
    expect(
      decide(person('peer', [Role.SPONSOR, Role.CANDIDATE]), Permission.ObserveCandidate, evidence),
    ).toMatchObject({
      allowed: false,
      reason: ErrorReason.NOT_AN_OBSERVER,
    });
    expect(
      decide(person('cand', [Role.HR, Role.CANDIDATE]), Permission.ObserveCandidate, evidence),
    ).toMatchObject({
      allowed: false,
      reason: ErrorReason.OWN_EVIDENCE,
    });
  });

  it('never lets the candidate observe themselves, whatever their roles and relationships (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...ALL_ROLES]), (roles) => {
        const self = { ...facts, managerId: 'cand', sponsorIds: ['cand'], requestedObserverIds: ['cand'] };
        expect(
          can(person('cand', roles), Permission.ObserveCandidate, { kind: 'candidateEvidence', facts: self }),
        ).toBe(false);
      }),
    );
  });
});

describe('who reads an observation', () => {
  const observation = (visibility: ObservationVisibility) => ({
    kind: 'observation' as const,
    candidateId: 'cand',
    observerId: 'spon',
    managerId: 'mgr',
    visibility,
  });

  it('shows a shared observation to the candidate, their manager, its observer and HR', () => {
    for (const reader of [person('cand'), person('mgr'), person('spon'), person('h', [Role.HR])])
      expect(can(reader, Permission.ReadObservation, observation(ObservationVisibility.SHARED))).toBe(true);
    expect(
      can(
        person('peer', [Role.SPONSOR]),
        Permission.ReadObservation,
        observation(ObservationVisibility.SHARED),
      ),
    ).toBe(false);
  });

  it('keeps an HR-only observation from the candidate and their manager', () => {
    const hrOnly = observation(ObservationVisibility.HR_ONLY);
    expect(can(person('cand'), Permission.ReadObservation, hrOnly)).toBe(false);
    expect(can(person('mgr'), Permission.ReadObservation, hrOnly)).toBe(false);
    expect(can(person('spon'), Permission.ReadObservation, hrOnly)).toBe(true);
    expect(can(person('h', [Role.HR]), Permission.ReadObservation, hrOnly)).toBe(true);
  });

  it('never shows an HR-only observation to anyone but HR and its observer (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('cand', 'mgr', 'peer', 'spon'),
        fc.subarray([...ALL_ROLES]),
        (id, roles) => {
          const allowed = can(
            person(id, roles),
            Permission.ReadObservation,
            observation(ObservationVisibility.HR_ONLY),
          );
          expect(allowed).toBe(roles.includes(Role.HR) || id === 'spon');
        },
      ),
    );
  });

  it('lets the candidate and HR ask for evidence, and HR, the manager and the candidate read readiness', () => {
    const candidate = { kind: 'candidateProfile' as const, personId: 'cand', managerId: 'mgr' };
    expect(can(person('cand'), Permission.RequestObservation, candidate)).toBe(true);
    expect(can(person('h', [Role.HR]), Permission.RequestObservation, candidate)).toBe(true);
    expect(can(person('mgr'), Permission.RequestObservation, candidate)).toBe(false);
    expect(can(person('mgr'), Permission.ReadReadiness, candidate)).toBe(true);
    expect(can(person('h', [Role.HR]), Permission.ReadReadiness, candidate)).toBe(true);
    expect(can(person('cand'), Permission.ReadReadiness, candidate)).toBe(true);
    expect(can(person('peer'), Permission.ReadReadiness, candidate)).toBe(false);
    expect(can(person('h', [Role.HR]), Permission.ManagePromotionReviews)).toBe(true);
    expect(can(person('mgr', [Role.SPONSOR, Role.ADMIN]), Permission.ManagePromotionReviews)).toBe(false);
  });
});

describe('what an observation must hold', () => {
  const context = {
    capabilities: DEFAULT_LEADERSHIP_FRAMEWORK.capabilities,
    today: '2026-12-01',
    candidateJoinedOn: '2024-03-01',
  };
  const [delegation, other] = DEFAULT_LEADERSHIP_FRAMEWORK.capabilities;
  const draft: ObservationDraft = {
    capabilityKey: delegation.key,
    indicatorKey: delegation.indicators[0].key,
    rating: 3,
    situation: 'The onboarding rollout slipped a week.',
    behaviour: 'Sam gave each owner a clear outcome and stepped back.',
    impact: 'The team shipped without waiting for Sam.',
    observedOn: '2026-11-20',
  };
  const fields = (changes: Partial<ObservationDraft>) =>
    observationProblems({ ...draft, ...changes }, context).map((problem) => problem.field);

  it('accepts a complete observation', () => {
    expect(observationProblems(draft, context)).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(fields({ capabilityKey: 'unknown' })).toEqual(['capabilityKey']);
    expect(fields({ indicatorKey: other.indicators[0].key })).toEqual(['indicatorKey']);
    expect(fields({ indicatorKey: 'unknown' })).toEqual(['indicatorKey']);
    expect(fields({ rating: 0 })).toEqual(['rating']);
    expect(fields({ rating: 5 })).toEqual(['rating']);
    expect(fields({ rating: 2.5 })).toEqual(['rating']);
    expect(fields({ situation: '   ' })).toEqual(['situation']);
    expect(fields({ behaviour: '' })).toEqual(['behaviour']);
    expect(fields({ impact: 'x'.repeat(OBSERVATION_LIMITS.maxTextLength + 1) })).toEqual(['impact']);
    expect(fields({ impact: 'x'.repeat(OBSERVATION_LIMITS.maxTextLength) })).toEqual([]);
    expect(fields({ observedOn: '2026-12-02' })).toEqual(['observedOn']);
    expect(fields({ observedOn: '2024-02-29' })).toEqual(['observedOn']);
    expect(observationProblems({ ...draft, observedOn: '2024-02-29' }, context)[0].message).toContain(
      '2024-03-01',
    );
  });

  it('may be corrected for 24 hours, then never', () => {
    const recorded = new Date('2026-12-01T09:00:00Z');
    expect(amendable(recorded, new Date('2026-12-02T08:59:59Z'))).toBe(true);
    expect(amendable(recorded, new Date('2026-12-02T09:00:00Z'))).toBe(false);
  });
});

describe('placementsToObserve', () => {
  const facts = {
    candidateId: 'sam',
    managerId: 'boss',
    sponsorIds: ['spon', 'other-sponsor'],
    menteeIds: ['kid'],
    requestedObserverIds: ['asked'],
  };
  const placements = [
    { id: 'p1', sponsorId: 'spon', menteeId: null },
    { id: 'p2', sponsorId: 'other-sponsor', menteeId: 'kid' },
  ];
  const ids = (personId: string, isHr = false) =>
    placementsToObserve({ personId, isHr }, facts, placements).map((placement) => placement.id);

  it('gives HR, the manager and whoever was asked every placement', () => {
    expect(ids('hr', true)).toEqual(['p1', 'p2']);
    expect(ids('boss')).toEqual(['p1', 'p2']);
    expect(ids('asked')).toEqual(['p1', 'p2']);
  });

  it('gives a sponsor their own and a mentee their mentorship; nobody else anything, the candidate included', () => {
    expect(ids('spon')).toEqual(['p1']);
    expect(ids('kid')).toEqual(['p2']);
    expect(ids('peer')).toEqual([]);
    expect(ids('sam')).toEqual([]);
  });
});

describe('reflections', () => {
  const mine = { kind: 'reflection' as const, authorId: 'cand', sharedWithHr: false };
  const shared = { ...mine, sharedWithHr: true };
  const hr = person('h', [Role.HR]);

  it('are written and shared by candidates, each only their own', () => {
    expect(can(person('cand', [Role.CANDIDATE]), Permission.WriteReflection)).toBe(true);
    expect(can(person('cand', [Role.CANDIDATE]), Permission.WriteReflection, mine)).toBe(true);
    expect(decide(person('other', [Role.CANDIDATE]), Permission.WriteReflection, mine)).toMatchObject({
      allowed: false,
      reason: ErrorReason.NOT_AUTHOR,
    });
    expect(decide(hr, Permission.WriteReflection, shared)).toMatchObject({
      allowed: false,
      reason: ErrorReason.PERMISSION_REQUIRED,
    });
  });

  it('are listed for the candidate and HR only, and HR reads only the shared ones', () => {
    const candidate = { kind: 'candidateProfile' as const, personId: 'cand', managerId: 'mgr' };
    expect(can(person('cand'), Permission.ReadReflections, candidate)).toBe(true);
    expect(can(hr, Permission.ReadReflections, candidate)).toBe(true);
    expect(can(person('mgr', [Role.SPONSOR]), Permission.ReadReflections, candidate)).toBe(false);
    expect(can(person('cand'), Permission.ReadReflection, mine)).toBe(true);
    expect(can(hr, Permission.ReadReflection, mine)).toBe(false);
    expect(can(hr, Permission.ReadReflection, shared)).toBe(true);
    expect(can(person('mgr'), Permission.ReadReflection, shared)).toBe(false);
  });

  it('hold text within the observation limits and, if any, a capability of the framework', () => {
    const { capabilities } = DEFAULT_LEADERSHIP_FRAMEWORK;
    const fields = (text: string, capabilityKey: string | null = null) =>
      reflectionProblems({ text, capabilityKey }, capabilities).map((problem) => problem.field);
    expect(fields('I held back and let the team decide.')).toEqual([]);
    expect(fields('I delegated.', capabilities[0].key)).toEqual([]);
    expect(fields('  ')).toEqual(['text']);
    expect(fields('x'.repeat(OBSERVATION_LIMITS.maxTextLength + 1))).toEqual(['text']);
    expect(fields('x'.repeat(OBSERVATION_LIMITS.maxTextLength))).toEqual([]);
    expect(fields('Fine.', 'unknown')).toEqual(['capabilityKey']);
  });
});

describe('observer names', () => {
  const observation = { candidateId: 'cand' };
  const hidden = { hideObserverNamesFromCandidates: true };
  const shown = { hideObserverNamesFromCandidates: false };

  it('are hidden from the candidate alone, and only when the organization says so', () => {
    expect(observerNameShown(person('cand'), observation, hidden)).toBe(false);
    expect(observerNameShown(person('cand'), observation, shown)).toBe(true);
    for (const reader of [person('mgr'), person('h', [Role.HR]), person('spon')])
      expect(observerNameShown(reader, observation, hidden)).toBe(true);
  });
});
