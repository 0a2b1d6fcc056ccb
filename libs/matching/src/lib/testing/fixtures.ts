import { OpportunityKind, OpportunityStatus } from '@bridge/domain';
import type { MatchCandidate, MatchFacts, MatchOpportunity } from '../types';

/** Readable test data: a candidate and an opportunity that fit each other, to be overridden. */

export const TODAY = '2026-12-02';

export const facts = (overrides: Partial<MatchFacts> = {}): MatchFacts => ({
  today: TODAY,
  managerRefusals: [],
  ...overrides,
});

export function candidate(
  overrides: Partial<Omit<MatchCandidate, 'eligibility'>> & {
    eligibility?: Partial<MatchCandidate['eligibility']>;
  } = {},
): MatchCandidate {
  const id = overrides.id ?? 'alex';
  return {
    skills: ['TypeScript', 'SQL'],
    evidence: [],
    interestedOpportunityIds: [],
    observerIds: [],
    pastPlacements: 0,
    roundsWithoutProposal: 0,
    ...overrides,
    id,
    eligibility: {
      personId: id,
      name: 'Alex Rivera',
      managerChain: ['marcus', 'ceo'],
      functionId: 'engineering',
      capacity: {
        hoursPerWeek: 6,
        maxProjects: 1,
        maxMentees: 2,
        committedHours: 0,
        activeProjects: 0,
        activeMentees: 0,
      },
      ...overrides.eligibility,
    },
  };
}

export function opportunity(
  overrides: Partial<Omit<MatchOpportunity, 'eligibility'>> & {
    eligibility?: Partial<MatchOpportunity['eligibility']>;
  } = {},
): MatchOpportunity {
  return {
    id: 'returns',
    capabilityKeys: [],
    skills: [],
    menteeManagerChain: [],
    ...overrides,
    eligibility: {
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
      endsOn: null,
      ...overrides.eligibility,
    },
  };
}
