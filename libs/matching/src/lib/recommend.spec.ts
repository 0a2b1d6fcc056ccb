import { ErrorReason, OpportunityKind, OpportunityStatus } from '@bridge/domain';
import { hardConstraints } from './constraints';
import { recommendCandidates, recommendOpportunities } from './recommend';
import { fitOf } from './scoring';
import { candidate, facts, opportunity } from './testing/fixtures';
import { DEFAULT_FIT_WEIGHTS, MatchingInputError } from './weights';

describe('hard constraints', () => {
  it('are the rule core at PROPOSE, including the manager refusal', () => {
    expect(hardConstraints(candidate(), opportunity(), facts())).toEqual({ eligible: true, problems: [] });
    const refused = hardConstraints(candidate(), opportunity(), facts({ managerRefusals: ['alex:returns'] }));
    expect(refused.eligible).toBe(false);
    expect(refused.problems.map((p) => [p.reason, p.blocking])).toEqual([
      [ErrorReason.MANAGER_REFUSED, true],
    ]);
    expect(
      hardConstraints(candidate(), opportunity(), facts({ managerRefusals: ['alex:other'] })).eligible,
    ).toBe(true);
  });

  it('refuse a mentor in the mentee reporting line, the own function, and a full load of hours', () => {
    const mentorship = opportunity({
      menteeManagerChain: ['alex', 'marcus'],
      eligibility: { kind: OpportunityKind.MENTORSHIP, menteeId: 'sam', crossFunctional: false },
    });
    expect(hardConstraints(candidate(), mentorship, facts()).problems[0].reason).toBe(
      ErrorReason.REPORTING_LINE,
    );
    const ownFunction = opportunity({ eligibility: { hostFunctionId: 'engineering' } });
    expect(hardConstraints(candidate(), ownFunction, facts()).problems[0].reason).toBe(
      ErrorReason.OWN_FUNCTION,
    );
    const busy = candidate({
      eligibility: {
        capacity: {
          hoursPerWeek: 6,
          maxProjects: 2,
          maxMentees: 2,
          committedHours: 4,
          activeProjects: 1,
          activeMentees: 0,
        },
      },
    });
    // Proposing needs the time free now, even though applying would only warn.
    expect(hardConstraints(busy, opportunity(), facts()).problems.map((p) => [p.reason, p.blocking])).toEqual(
      [[ErrorReason.CAPACITY_HOURS, true]],
    );
  });
});

describe('recommendations', () => {
  const opportunities = [
    opportunity({ id: 'b-plain' }),
    opportunity({ id: 'a-plain' }),
    opportunity({ id: 'saved' }),
    opportunity({ id: 'closed', eligibility: { status: OpportunityStatus.CLOSED } }),
    opportunity({ id: 'refused' }),
  ];
  const alex = candidate({ interestedOpportunityIds: ['saved', 'closed', 'refused'] });
  const refusal = facts({ managerRefusals: ['alex:refused'] });

  it('list the eligible opportunities best first, ties by id, with their reasons', () => {
    const fits = recommendOpportunities(alex, opportunities, refusal, DEFAULT_FIT_WEIGHTS, 10);
    expect(fits.map((fit) => fit.opportunityId)).toEqual(['saved', 'a-plain', 'b-plain']);
    expect(fits[0]).toEqual(fitOf(alex, opportunities[2], DEFAULT_FIT_WEIGHTS));
    expect(
      recommendOpportunities(alex, [...opportunities].reverse(), refusal, DEFAULT_FIT_WEIGHTS, 2).map(
        (f) => f.opportunityId,
      ),
    ).toEqual(['saved', 'a-plain']);
    expect(recommendOpportunities(alex, opportunities, refusal, DEFAULT_FIT_WEIGHTS, 0)).toEqual([]);
  });

  it('list the eligible candidates best first, ties by id', () => {
    const people = [
      candidate({ id: 'zoe' }),
      candidate({ id: 'yan' }),
      candidate({ id: 'veteran', pastPlacements: 4 }),
      candidate({ id: 'priya' }),
      candidate({ id: 'no-profile', eligibility: { capacity: null } }),
    ];
    const fits = recommendCandidates(opportunities[0], people, facts(), DEFAULT_FIT_WEIGHTS, 10);
    expect(fits.map((fit) => fit.candidateId)).toEqual(['yan', 'zoe', 'veteran']);
    expect(fits[2].score).toBeLessThan(fits[1].score);
  });

  it('refuse bad weights with a clear error', () => {
    expect(() =>
      recommendCandidates(opportunities[0], [alex], facts(), { ...DEFAULT_FIT_WEIGHTS, SKILL: -1 }, 5),
    ).toThrow(MatchingInputError);
    expect(() =>
      recommendOpportunities(alex, opportunities, facts(), { ...DEFAULT_FIT_WEIGHTS, SKILL: -1 }, 5),
    ).toThrow("Skill fit's weight is -1");
  });
});
