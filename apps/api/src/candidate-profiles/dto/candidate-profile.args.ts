import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { OPPORTUNITY_LIMITS, PROFILE_LIMITS, TransitionKey } from '@bridge/domain';

@InputType()
export class CandidateProfileInput {
  @Field(() => TransitionKey)
  @IsEnum(TransitionKey)
  targetTransition!: TransitionKey;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.maxHeadlineLength)
  headline?: string;

  @Field(() => [String])
  @ArrayMaxSize(OPPORTUNITY_LIMITS.maxCapabilities)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  capabilityKeys!: string[];

  @Field(() => [String])
  @ArrayMaxSize(OPPORTUNITY_LIMITS.maxSkills)
  @IsString({ each: true })
  @MaxLength(OPPORTUNITY_LIMITS.maxSkillLength, { each: true })
  skills!: string[];

  @Field(() => Int)
  @IsInt()
  @Min(PROFILE_LIMITS.minHoursPerWeek)
  @Max(PROFILE_LIMITS.maxHoursPerWeek)
  hoursPerWeek!: number;

  @Field(() => Int, { nullable: true, description: 'Defaults to 1.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(PROFILE_LIMITS.maxProjects)
  maxProjects?: number;

  @Field(() => Int, { nullable: true, description: 'Defaults to 2.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(PROFILE_LIMITS.maxMentees)
  maxMentees?: number;
}

@ArgsType()
export class UpdateCandidateProfileArgs {
  @Field(() => CandidateProfileInput)
  @ValidateNested()
  @Type(() => CandidateProfileInput)
  input!: CandidateProfileInput;
}

@ArgsType()
export class CandidateProfileArgs {
  @Field(() => ID)
  @IsUUID('all')
  personId!: string;
}
