import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { DEFAULT_TOP_K } from '@bridge/matching';

@ArgsType()
export class RecommendedOpportunitiesArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId!: string;

  @Field(() => Int, { defaultValue: 10, description: `1 to ${DEFAULT_TOP_K}.` })
  @IsInt()
  @Min(1)
  @Max(DEFAULT_TOP_K)
  first = 10;
}

@ArgsType()
export class RecommendedCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  opportunityId!: string;

  @Field(() => Int, { defaultValue: 10, description: `1 to ${DEFAULT_TOP_K}.` })
  @IsInt()
  @Min(1)
  @Max(DEFAULT_TOP_K)
  first = 10;
}

/** One candidate and one opportunity. */
@ArgsType()
export class MatchPairArgs {
  @Field(() => ID)
  @IsUUID()
  opportunityId!: string;

  @Field(() => ID)
  @IsUUID()
  candidateId!: string;
}
