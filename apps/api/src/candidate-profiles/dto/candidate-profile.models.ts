import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
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

@ObjectType('CandidateProfile', {
  description: 'What a candidate wants from stretch work and how much they can take on.',
})
export class CandidateProfileModel {
  @Field(() => TransitionKey)
  targetTransition!: TransitionKey;

  @Field()
  headline!: string;

  @Field(() => [String], { description: 'Capabilities the candidate wants to develop, by framework key.' })
  capabilityKeys!: string[];

  @Field(() => [String])
  skills!: string[];

  @Field(() => Int, { description: 'Hours per week available for stretch work.' })
  hoursPerWeek!: number;

  @Field(() => Int, { description: 'Concurrent stretch projects the candidate can lead.' })
  maxProjects!: number;

  @Field(() => Int, { description: 'Mentees the candidate can take at once.' })
  maxMentees!: number;

  @Field(() => Int, { description: 'Hours per week already committed to active placements.' })
  committedHours!: number;

  @Field(() => Int)
  activeProjects!: number;

  @Field(() => Int)
  activeMentees!: number;

  @Field()
  updatedAt!: Date;

  organizationId!: string;
  personId!: string;
}

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
