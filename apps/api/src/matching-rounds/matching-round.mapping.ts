import { FIT_FACTOR_LABELS, FIT_SCALE } from '@bridge/matching';
import type { MatchProposalEntity } from './match-proposal.entity';
import type { MatchingRoundEntity } from './matching-round.entity';
import { WEIGHT_FIELDS } from './matching-rounds.service';
import type {
  MatchingRoundModel,
  MatchingRoundWeightsModel,
  MatchProposalModel,
} from './dto/matching-round.model';

/** The engine's integer points as a score in the scale a person reads. */
const score = (points: string | null): number | null => (points === null ? null : Number(points) / FIT_SCALE);

export function roundModel(round: MatchingRoundEntity): MatchingRoundModel {
  const weights = Object.fromEntries(
    Object.entries(WEIGHT_FIELDS).map(([factor, field]) => [
      field,
      round.weights[factor as keyof typeof WEIGHT_FIELDS],
    ]),
  ) as unknown as MatchingRoundWeightsModel;
  return {
    ...round,
    opportunityCount: round.opportunityIds.length,
    candidateCount: round.candidateIds.length,
    weights,
    totalScore: score(round.totalPoints),
    greedyScore: score(round.greedyPoints),
  };
}

export function proposalModel(proposal: MatchProposalEntity): MatchProposalModel {
  return {
    ...proposal,
    reasons: proposal.reasons.map((reason) => ({ ...reason, label: FIT_FACTOR_LABELS[reason.factor] })),
  };
}
