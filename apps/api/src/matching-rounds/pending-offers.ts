import type { MatchCandidate, MatchOpportunity } from '@bridge/matching';

/** An accepted proposal still in play: waiting for the manager's consent, or offered to the candidate. */
export interface PendingOffer {
  candidateId: string;
  opportunityId: string;
}

/**
 * What a new round may still hand out while earlier rounds' accepted proposals are in play: their
 * candidates are spoken for (each gets one proposal at a time), and each pending offer holds its
 * seat until it is placed or turned down, so no seat is offered twice.
 */
export function withPendingOffers(
  candidates: readonly MatchCandidate[],
  opportunities: readonly MatchOpportunity[],
  pending: readonly PendingOffer[],
): { candidates: MatchCandidate[]; opportunities: MatchOpportunity[] } {
  const spokenFor = new Set(pending.map((offer) => offer.candidateId));
  const held = new Map<string, number>();
  for (const offer of pending) held.set(offer.opportunityId, (held.get(offer.opportunityId) ?? 0) + 1);
  return {
    candidates: candidates.filter((candidate) => !spokenFor.has(candidate.id)),
    opportunities: opportunities.map((opportunity) => {
      const holding = held.get(opportunity.id) ?? 0;
      if (holding === 0) return opportunity;
      const { seats, seatsFilled } = opportunity.eligibility;
      return {
        ...opportunity,
        eligibility: { ...opportunity.eligibility, seatsFilled: Math.min(seats, seatsFilled + holding) },
      };
    }),
  };
}
