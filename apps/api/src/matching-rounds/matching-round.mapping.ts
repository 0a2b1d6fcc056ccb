import { FIT_SCALE } from '@bridge/matching';
import { FitReasonModel } from '../matching/dto/fit.model';
import type { MatchProposalEntity } from './match-proposal.entity';
import type { MatchingRoundEntity } from './matching-round.entity';
import type { MatchingRoundModel, MatchProposalModel } from './dto/matching-round.model';

/** The engine's integer points as a score in the scale a person reads. */
const score = (points: string | null): number | null => (points === null ? null : Number(points) / FIT_SCALE);

export function roundModel(round: MatchingRoundEntity): MatchingRoundModel {
  return {
    ...round,
    opportunityCount: round.opportunityIds.length,
    candidateCount: round.candidateIds.length,
    totalScore: score(round.totalPoints),
    greedyScore: score(round.greedyPoints),
  };
}

export function proposalModel(proposal: MatchProposalEntity): MatchProposalModel {
  return {
    ...proposal,
    reasons: proposal.reasons.map(FitReasonModel.of),
  };
}
