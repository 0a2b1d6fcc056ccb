import { eligibility, Eligibility } from '@bridge/domain';
import type { MatchCandidate, MatchFacts, MatchOpportunity } from './types';

/** The key of a pair in MatchFacts.managerRefusals and MatchFacts.liveApplications. */
export function pairKey(candidateId: string, opportunityId: string): string {
  return `${candidateId}:${opportunityId}`;
}

/** The rule core (@bridge/domain `eligibility`) at stage 'PROPOSE' for this pair, from the engine's plain data. */
export function hardConstraints(
  candidate: MatchCandidate,
  opportunity: MatchOpportunity,
  facts: MatchFacts,
): Eligibility {
  return eligibilityWith(
    candidate,
    opportunity,
    facts,
    facts.managerRefusals.includes(pairKey(candidate.id, opportunity.id)),
  );
}

/** As hardConstraints, with the refusal already looked up (callers asking many pairs keep a Set). */
export function eligibilityWith(
  candidate: MatchCandidate,
  opportunity: MatchOpportunity,
  facts: MatchFacts,
  managerRefused: boolean,
): Eligibility {
  return eligibility(
    candidate.eligibility,
    opportunity.eligibility,
    { today: facts.today, menteeManagerChain: opportunity.menteeManagerChain, managerRefused },
    'PROPOSE',
  );
}
