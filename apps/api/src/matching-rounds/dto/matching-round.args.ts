import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { FitWeightsInput } from '../../organizations/dto/matching-weights.model';
import { MAX_BULK_ACCEPT } from '../match-proposals.service';
import type { MatchProposalStatus } from '../match-proposal.entity';
import { MATCH_PROPOSAL_STATUSES } from './matching-round.model';

/** Bounds of a round's choices: the largest organizations' every candidate and opportunity fit. */
const MAX_ROUND_IDS = 100_000;
const MAX_TOP_K = 1_000;

@InputType()
export class RunMatchingRoundInput {
  @Field(() => [ID], { nullable: true, description: 'Omitted: every open opportunity.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ROUND_IDS)
  @IsUUID('all', { each: true })
  opportunityIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Omitted: every active person with a candidate profile.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ROUND_IDS)
  @IsUUID('all', { each: true })
  candidateIds?: string[] | null;

  @Field(() => FitWeightsInput, {
    nullable: true,
    description: "Omitted: the organization's weights.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FitWeightsInput)
  weights?: FitWeightsInput | null;

  @Field(() => Int, {
    nullable: true,
    description: "Each candidate's and each opportunity's best K pairs are kept (default 50).",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TOP_K)
  topK?: number | null;
}

@ArgsType()
export class RunMatchingRoundArgs {
  @Field(() => RunMatchingRoundInput, { defaultValue: {} })
  @ValidateNested()
  @Type(() => RunMatchingRoundInput)
  input!: RunMatchingRoundInput;
}

@ArgsType()
export class MatchingRoundIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class MyMatchProposalsArgs {
  @Field(() => ID, { nullable: true, description: 'Only the proposals for this opportunity.' })
  @IsOptional()
  @IsUUID()
  opportunityId?: string | null;
}

@ArgsType()
export class MatchingRoundsArgs {
  @Field(() => Int, { nullable: true, description: 'Defaults to 20, at most 100.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  after?: string | null;
}

@InputType()
export class MatchProposalFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string | null;

  @Field(() => MATCH_PROPOSAL_STATUSES, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(MATCH_PROPOSAL_STATUSES))
  status?: MatchProposalStatus | null;
}

@ArgsType()
export class MatchProposalsArgs {
  @Field(() => MatchProposalFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchProposalFilterInput)
  filter?: MatchProposalFilterInput | null;
}

@ArgsType()
export class AcceptMatchProposalsArgs {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ACCEPT)
  @IsUUID('all', { each: true })
  ids!: string[];
}
