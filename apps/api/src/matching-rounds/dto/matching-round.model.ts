import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/connection';
import { FitReasonModel } from '../../matching/dto/fit.model';
import { FitWeightsModel } from '../../organizations/dto/matching-weights.model';
import type { MatchProposalStatus } from '../match-proposal.entity';
import type { MatchingRoundPhase, MatchingRoundStatus } from '../matching-round.entity';

export const MATCHING_ROUND_STATUSES: { [S in MatchingRoundStatus]: S } = {
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
};
registerEnumType(MATCHING_ROUND_STATUSES, {
  name: 'MatchingRoundStatus',
  description: 'QUEUED → RUNNING → COMPLETED; or FAILED (with a reason), or CANCELLED by HR.',
});

export const MATCHING_ROUND_PHASES: { [P in MatchingRoundPhase]: P } = {
  QUEUED: 'QUEUED',
  READING: 'READING',
  SCORING: 'SCORING',
  SOLVING: 'SOLVING',
  SAVING: 'SAVING',
  DONE: 'DONE',
};
registerEnumType(MATCHING_ROUND_PHASES, {
  name: 'MatchingRoundPhase',
  description:
    'What a round is doing: waiting, reading the facts, scoring the pairs, solving the matching, saving the proposals, done.',
});

export const MATCH_PROPOSAL_STATUSES: { [S in MatchProposalStatus]: S } = {
  PROPOSED: 'PROPOSED',
  ACCEPTED: 'ACCEPTED',
  STALE: 'STALE',
};
registerEnumType(MATCH_PROPOSAL_STATUSES, {
  name: 'MatchProposalStatus',
  description:
    'PROPOSED until HR or the sponsor accepts it (ACCEPTED: an offer); STALE once a later round completed.',
});

@ObjectType('MatchProposal')
export class MatchProposalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: 'The fit, in [0, 1].' })
  score!: number;

  @Field(() => [FitReasonModel])
  reasons!: FitReasonModel[];

  @Field(() => [String], { description: 'What would raise the fit.' })
  suggestions!: string[];

  @Field(() => MATCH_PROPOSAL_STATUSES)
  status!: MatchProposalStatus;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  organizationId!: string;
  roundId!: string;
  candidateId!: string;
  opportunityId!: string;
  acceptedById!: string | null;
  applicationId!: string | null;
}

@ObjectType('MatchingRound')
export class MatchingRoundModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MATCHING_ROUND_STATUSES)
  status!: MatchingRoundStatus;

  @Field(() => Float, { description: 'From 0 to 1 while it runs.' })
  progress!: number;

  @Field(() => MATCHING_ROUND_PHASES)
  phase!: MatchingRoundPhase;

  @Field(() => Int)
  opportunityCount!: number;

  @Field(() => Int)
  candidateCount!: number;

  @Field(() => FitWeightsModel)
  weights!: FitWeightsModel;

  @Field(() => Int)
  topK!: number;

  @Field(() => Float, {
    nullable: true,
    description: "The proposals' total fit: the optimum over the kept pairs.",
  })
  totalScore!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'What a greedy pass (best pair first) would have given.',
  })
  greedyScore!: number | null;

  @Field(() => Int, { nullable: true })
  proposalCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Pairs the rule core allows.' })
  eligiblePairs!: number | null;

  @Field(() => Int, { nullable: true, description: "Pairs kept: each candidate's and opportunity's best K." })
  edges!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the proposals going to candidates who never had a stretch assignment.',
  })
  firstStretchShare!: number | null;

  @Field(() => Int, { nullable: true })
  scoringMs!: number | null;

  @Field(() => Int, { nullable: true })
  solvingMs!: number | null;

  @Field(() => String, { nullable: true })
  failureReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  organizationId!: string;
  startedById!: string;
}

@ObjectType()
export class MatchingRoundConnection extends ConnectionType(MatchingRoundModel) {}

@ObjectType('MatchingRoundProgress', { description: "A round's status and progress, as it changes." })
export class MatchingRoundProgressModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MATCHING_ROUND_STATUSES)
  status!: MatchingRoundStatus;

  @Field(() => Float)
  progress!: number;

  @Field(() => MATCHING_ROUND_PHASES)
  phase!: MatchingRoundPhase;

  @Field(() => String, { nullable: true })
  failureReason!: string | null;
}

@ObjectType('MatchProposalAcceptance', {
  description: 'One proposal of a bulk accept: accepted, or why not.',
})
export class MatchProposalAcceptanceModel {
  @Field(() => ID)
  proposalId!: string;

  @Field()
  accepted!: boolean;

  @Field(() => MatchProposalModel, { nullable: true })
  proposal!: MatchProposalModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The machine-readable reason it was refused (e.g. SEATS_FULL).',
  })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}
