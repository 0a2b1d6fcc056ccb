import fc from 'fast-check';
import { applyPlacementLoad, CandidateCapacity, placementLoad } from './capacity';
import {
  eligibility,
  EligibilityCandidate,
  EligibilityFacts,
  EligibilityOpportunity,
  EligibilityStage,
} from './eligibility';
import { ErrorReason } from './error-reasons';
import { OpportunityKind, OpportunityStatus } from './marketplace';

const capacity = (overrides: Partial<CandidateCapacity> = {}): CandidateCapacity => ({
  hoursPerWeek: 6,
  maxProjects: 1,
  maxMentees: 2,
  committedHours: 0,
  activeProjects: 0,
  activeMentees: 0,
  ...overrides,
});

const candidate = (overrides: Partial<EligibilityCandidate> = {}): EligibilityCandidate => ({
  personId: 'alex',
  name: 'Alex Rivera',
  managerChain: ['marcus', 'vp-engineering', 'ceo'],
  functionId: 'engineering',
  capacity: capacity(),
  ...overrides,
});

const project = (overrides: Partial<EligibilityOpportunity> = {}): EligibilityOpportunity => ({
  kind: OpportunityKind.STRETCH_PROJECT,
  status: OpportunityStatus.OPEN,
  title: 'Lead the returns redesign',
  sponsorId: 'priya',
  menteeId: null,
  hostFunctionId: 'operations',
  crossFunctional: true,
  seats: 2,
  seatsFilled: 0,
  hoursPerWeek: 4,
  endsOn: '2027-03-26',
  ...overrides,
});

const mentorRequest = (overrides: Partial<EligibilityOpportunity> = {}): EligibilityOpportunity =>
  project({
    kind: OpportunityKind.MENTORSHIP,
    title: 'Mentor Sam Chen',
    sponsorId: 'sam',
    menteeId: 'sam',
    hostFunctionId: 'sales',
    crossFunctional: false,
    seats: 1,
    hoursPerWeek: 2,
    ...overrides,
  });

const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  today: '2026-12-02',
  menteeManagerChain: ['sales-lead', 'cro', 'ceo'],
  managerRefused: false,
  ...overrides,
});

const reasons = (result: ReturnType<typeof eligibility>) => result.problems.map((problem) => problem.reason);

describe('eligibility', () => {
  it('lets a candidate with room take an open cross-functional project from another function', () => {
    for (const stage of ['APPLY', 'ACCEPT', 'PROPOSE'] as const)
      expect(eligibility(candidate(), project(), facts(), stage)).toEqual({ eligible: true, problems: [] });
  });

  it('refuses the sponsor and the mentee their own opportunity', () => {
    const own = eligibility(candidate({ personId: 'priya' }), project(), facts());
    expect(own.eligible).toBe(false);
    expect(own.problems[0]).toMatchObject({ reason: ErrorReason.OWN_OPPORTUNITY, code: 'FORBIDDEN' });
    expect(reasons(eligibility(candidate({ personId: 'sam' }), mentorRequest(), facts()))).toContain(
      ErrorReason.OWN_OPPORTUNITY,
    );
  });

  it('keeps a cross-functional opportunity for people outside the host function', () => {
    const insider = eligibility(candidate({ functionId: 'operations' }), project(), facts());
    expect(insider.problems).toEqual([
      expect.objectContaining({
        reason: ErrorReason.OWN_FUNCTION,
        code: 'FORBIDDEN',
        blocking: true,
        message: expect.stringContaining('other functions'),
      }),
    ]);
    expect(
      eligibility(candidate({ functionId: 'operations' }), project({ crossFunctional: false }), facts()),
    ).toMatchObject({ eligible: true });
    // Someone not placed in any unit is from no function, so never from the host's.
    expect(eligibility(candidate({ functionId: null }), project(), facts()).eligible).toBe(true);
  });

  it('never lets anyone mentor someone in their own reporting line, above or below', () => {
    const mentorsOwnReport = eligibility(
      candidate({ personId: 'sales-lead' }),
      mentorRequest(),
      facts({ menteeManagerChain: ['sales-lead', 'cro'] }),
    );
    expect(reasons(mentorsOwnReport)).toEqual([ErrorReason.REPORTING_LINE]);
    const menteesReport = eligibility(
      candidate({ personId: 'junior', managerChain: ['sam', 'sales-lead'] }),
      mentorRequest(),
      facts(),
    );
    expect(reasons(menteesReport)).toEqual([ErrorReason.REPORTING_LINE]);
    expect(menteesReport.problems[0].message).toContain('reporting line');
    expect(eligibility(candidate(), mentorRequest(), facts()).eligible).toBe(true);
  });

  it('refuses drafts, closed and ended opportunities, and full ones', () => {
    expect(reasons(eligibility(candidate(), project({ status: OpportunityStatus.CLOSED }), facts()))).toEqual(
      [ErrorReason.NOT_OPEN],
    );
    expect(reasons(eligibility(candidate(), project({ endsOn: '2026-12-01' }), facts()))).toEqual([
      ErrorReason.OPPORTUNITY_ENDED,
    ]);
    expect(eligibility(candidate(), project({ endsOn: '2026-12-02' }), facts()).eligible).toBe(true);
    const full = eligibility(candidate(), project({ seatsFilled: 2 }), facts());
    expect(full.problems).toEqual([
      expect.objectContaining({ reason: ErrorReason.SEATS_FULL, limit: 2, inUse: 2, needed: 1 }),
    ]);
    expect(full.problems[0].message).toBe('All 2 seats of “Lead the returns redesign” are taken.');
  });

  it('asks for a profile first', () => {
    const result = eligibility(candidate({ capacity: null }), project(), facts());
    expect(result.problems).toEqual([
      expect.objectContaining({ reason: ErrorReason.PROFILE_REQUIRED, code: 'CONFLICT', blocking: true }),
    ]);
  });

  it('says which limit a full load breaks and by how much, and only warns before an offer', () => {
    const busy = candidate({ capacity: capacity({ committedHours: 4, activeProjects: 1 }) });
    const applying = eligibility(busy, project(), facts(), 'APPLY');
    expect(applying.eligible).toBe(true);
    expect(applying.problems.map((problem) => [problem.reason, problem.blocking])).toEqual([
      [ErrorReason.CAPACITY_HOURS, false],
      [ErrorReason.CAPACITY_PROJECTS, false],
    ]);
    expect(applying.problems[1].message).toBe(
      'You can apply now, but you could not accept an offer yet. Accepting would make 2 projects at once, 1 over your limit of 1. Raise your project limit in your profile, or finish a placement first.',
    );
    const accepting = eligibility(busy, project(), facts(), 'ACCEPT');
    expect(accepting.eligible).toBe(false);
    expect(accepting.problems).toEqual([
      expect.objectContaining({
        reason: ErrorReason.CAPACITY_HOURS,
        limit: 6,
        inUse: 4,
        needed: 4,
        message:
          '“Lead the returns redesign” needs 4 hours a week: with the 4 you have committed, that makes 8, 2 over the 6 in your profile. Raise the hours in your profile, or finish a placement first.',
      }),
      expect.objectContaining({
        reason: ErrorReason.CAPACITY_PROJECTS,
        limit: 1,
        inUse: 1,
        needed: 1,
        message:
          'Accepting would make 2 projects at once, 1 over your limit of 1. Raise your project limit in your profile, or finish a placement first.',
        messageAbout: 'Accepting would make 2 projects at once for Alex Rivera, 1 over their limit of 1.',
      }),
    ]);
  });

  it('refuses at once what the profile could never hold', () => {
    const result = eligibility(candidate(), project({ hoursPerWeek: 20 }), facts(), 'APPLY');
    expect(result.eligible).toBe(false);
    expect(result.problems[0].message).toContain('your profile offers 6');
    const noMentees = eligibility(
      candidate({ capacity: capacity({ maxMentees: 0 }) }),
      mentorRequest(),
      facts(),
    );
    expect(noMentees.problems).toEqual([
      expect.objectContaining({ reason: ErrorReason.CAPACITY_MENTEES, blocking: true }),
    ]);
  });

  it('counts a mentorship against the mentee limit and a project against the project limit', () => {
    const mentoringTwo = candidate({ capacity: capacity({ activeMentees: 2, committedHours: 4 }) });
    expect(reasons(eligibility(mentoringTwo, mentorRequest(), facts(), 'ACCEPT'))).toEqual([
      ErrorReason.CAPACITY_MENTEES,
    ]);
    expect(eligibility(mentoringTwo, project({ hoursPerWeek: 2 }), facts(), 'ACCEPT').eligible).toBe(true);
  });

  it("holds the manager's refusal against proposals, while the candidate may ask again", () => {
    const refused = facts({ managerRefused: true });
    const applying = eligibility(candidate(), project(), refused, 'APPLY');
    expect(applying.eligible).toBe(true);
    expect(applying.problems[0]).toMatchObject({ reason: ErrorReason.MANAGER_REFUSED, blocking: false });
    expect(eligibility(candidate(), project(), refused, 'PROPOSE')).toMatchObject({
      eligible: false,
      problems: [expect.objectContaining({ reason: ErrorReason.MANAGER_REFUSED, blocking: true })],
    });
  });

  it('lists every reason at once, blocking ones first', () => {
    const everything = eligibility(
      candidate({ functionId: 'operations', capacity: capacity({ activeProjects: 1 }) }),
      project({ status: OpportunityStatus.CLOSED, seatsFilled: 2 }),
      facts({ managerRefused: true }),
      'APPLY',
    );
    expect(reasons(everything)).toEqual([
      ErrorReason.OWN_FUNCTION,
      ErrorReason.NOT_OPEN,
      ErrorReason.SEATS_FULL,
      ErrorReason.CAPACITY_PROJECTS,
      ErrorReason.MANAGER_REFUSED,
    ]);
  });

  describe('properties', () => {
    const capacityArbitrary = fc
      .record({
        hoursPerWeek: fc.integer({ min: 0, max: 40 }),
        maxProjects: fc.integer({ min: 0, max: 3 }),
        maxMentees: fc.integer({ min: 0, max: 5 }),
      })
      .chain((limits) =>
        fc.record({
          hoursPerWeek: fc.constant(limits.hoursPerWeek),
          maxProjects: fc.constant(limits.maxProjects),
          maxMentees: fc.constant(limits.maxMentees),
          committedHours: fc.integer({ min: 0, max: limits.hoursPerWeek }),
          activeProjects: fc.integer({ min: 0, max: limits.maxProjects }),
          activeMentees: fc.integer({ min: 0, max: limits.maxMentees }),
        }),
      );
    const opportunityArbitrary = fc.record({
      kind: fc.constantFrom(OpportunityKind.STRETCH_PROJECT, OpportunityKind.MENTORSHIP),
      hoursPerWeek: fc.integer({ min: 1, max: 40 }),
    });
    const stageArbitrary = fc.constantFrom<EligibilityStage>('ACCEPT', 'PROPOSE');

    it('never lets a candidate who took one placement take another that would break a limit', () => {
      fc.assert(
        fc.property(
          capacityArbitrary,
          opportunityArbitrary,
          opportunityArbitrary,
          stageArbitrary,
          (start, first, second, stage) => {
            const firstOpportunity = project({ ...first, crossFunctional: false });
            const before = candidate({ capacity: start });
            if (!eligibility(before, firstOpportunity, facts(), stage).eligible) return;
            const after = applyPlacementLoad(start, placementLoad(first.kind, first.hoursPerWeek), 1);
            const secondOpportunity = project({ ...second, crossFunctional: false });
            const next = eligibility(candidate({ capacity: after }), secondOpportunity, facts(), stage);
            const load = placementLoad(second.kind, second.hoursPerWeek);
            const fits =
              after.committedHours + load.hours <= after.hoursPerWeek &&
              after.activeProjects + load.projects <= after.maxProjects &&
              after.activeMentees + load.mentees <= after.maxMentees;
            expect(next.eligible).toBe(fits);
            if (next.eligible) {
              const both = applyPlacementLoad(after, load, 1);
              expect(both.committedHours).toBeLessThanOrEqual(both.hoursPerWeek);
              expect(both.activeProjects).toBeLessThanOrEqual(both.maxProjects);
              expect(both.activeMentees).toBeLessThanOrEqual(both.maxMentees);
            }
          },
        ),
      );
    });

    it('never blocks an application that an offer could accept', () => {
      fc.assert(
        fc.property(capacityArbitrary, opportunityArbitrary, (start, opportunity) => {
          const subject = candidate({ capacity: start });
          const offer = project({ ...opportunity, crossFunctional: false });
          if (eligibility(subject, offer, facts(), 'ACCEPT').eligible)
            expect(eligibility(subject, offer, facts(), 'APPLY').eligible).toBe(true);
        }),
      );
    });

    it('gives every blocking problem a message and a reason, and says eligible exactly when none blocks', () => {
      fc.assert(
        fc.property(
          capacityArbitrary,
          opportunityArbitrary,
          fc.boolean(),
          fc.boolean(),
          fc.constantFrom<EligibilityStage>('APPLY', 'ACCEPT', 'PROPOSE'),
          (start, opportunity, refused, full, stage) => {
            const result = eligibility(
              candidate({ capacity: start }),
              project({ ...opportunity, seatsFilled: full ? 2 : 0 }),
              facts({ managerRefused: refused }),
              stage,
            );
            expect(result.eligible).toBe(result.problems.every((problem) => !problem.blocking));
            for (const problem of result.problems) {
              expect(problem.message.length).toBeGreaterThan(10);
              expect(problem.messageAbout).not.toMatch(/\byou\b/i);
            }
          },
        ),
      );
    });
  });
});
