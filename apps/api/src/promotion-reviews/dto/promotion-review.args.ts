import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PromotionDecision, PromotionReviewStatus, TransitionKey } from '@bridge/domain';

@ArgsType()
export class OpenPromotionReviewArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId!: string;

  @Field(() => TransitionKey, {
    nullable: true,
    description: "Defaults to the candidate's target transition (T1 without a candidate profile).",
  })
  @IsOptional()
  @IsEnum(TransitionKey)
  transition?: TransitionKey;
}

/** The decision's rules (a rationale always, a plan short of READY) are libs/domain's `decisionProblems`. */
@ArgsType()
export class DecidePromotionReviewArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => PromotionDecision)
  @IsEnum(PromotionDecision)
  decision!: PromotionDecision;

  @Field()
  @IsString()
  rationale!: string;

  @Field({ defaultValue: '', description: 'Required unless the decision is READY.' })
  @IsString()
  developmentPlan!: string;
}

@ArgsType()
export class PromotionReviewArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class PromotionReviewFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field(() => PromotionReviewStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PromotionReviewStatus)
  status?: PromotionReviewStatus;
}

@ArgsType()
export class PromotionReviewsArgs {
  @Field(() => PromotionReviewFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PromotionReviewFilterInput)
  filter?: PromotionReviewFilterInput;

  @Field(() => Int, { nullable: true, description: 'Defaults to 20, at most 100.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}
