import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OPPORTUNITY_LIMITS, OpportunityKind, OpportunityStatus } from '@bridge/domain';
import { IsCalendarDate } from '../../common/calendar-date';

@InputType()
export class OpportunityFilterInput {
  @Field(() => OpportunityKind, { nullable: true })
  @IsOptional()
  @IsEnum(OpportunityKind)
  kind?: OpportunityKind | null;

  @Field(() => OpportunityStatus, {
    nullable: true,
    description: 'Defaults to OPEN; drafts are only listed for their sponsor and HR.',
  })
  @IsOptional()
  @IsEnum(OpportunityStatus)
  status?: OpportunityStatus | null;

  @Field(() => String, { nullable: true, description: 'Exercises this capability (framework key).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  capabilityKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Asks for this skill (any case).' })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.maxSkillLength)
  skill?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hosted in this function or any unit inside it.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'At most this many hours per week.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(OPPORTUNITY_LIMITS.maxHoursPerWeek)
  maxHoursPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'Full-text search on title and description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those the signed-in person sponsors (any status).',
  })
  @IsOptional()
  @IsBoolean()
  sponsoredByMe?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those the signed-in person saved.' })
  @IsOptional()
  @IsBoolean()
  savedByMe?: boolean | null;
}

@ArgsType()
export class OpportunitiesArgs {
  @Field(() => OpportunityFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpportunityFilterInput)
  filter?: OpportunityFilterInput | null;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@InputType()
export class CreateOpportunityInput {
  @Field(() => OpportunityKind)
  @IsEnum(OpportunityKind)
  kind!: OpportunityKind;

  @Field()
  @IsString()
  @MinLength(OPPORTUNITY_LIMITS.minTitleLength)
  @MaxLength(OPPORTUNITY_LIMITS.maxTitleLength)
  title!: string;

  @Field()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.maxDescriptionLength)
  description!: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the sponsor's own unit." })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  hostUnitId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(OPPORTUNITY_LIMITS.minSeats)
  @Max(OPPORTUNITY_LIMITS.maxSeats)
  seats!: number;

  @Field(() => Int)
  @IsInt()
  @Min(OPPORTUNITY_LIMITS.minHoursPerWeek)
  @Max(OPPORTUNITY_LIMITS.maxHoursPerWeek)
  hoursPerWeek!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before startsOn' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;

  @Field(() => [String])
  @ArrayMaxSize(OPPORTUNITY_LIMITS.maxCapabilities)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  capabilityKeys!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(OPPORTUNITY_LIMITS.maxSkills)
  @IsString({ each: true })
  @MaxLength(OPPORTUNITY_LIMITS.maxSkillLength, { each: true })
  skills: string[] = [];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  crossFunctional = false;
}

@InputType()
export class UpdateOpportunityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(OPPORTUNITY_LIMITS.minTitleLength)
  @MaxLength(OPPORTUNITY_LIMITS.maxTitleLength)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.maxDescriptionLength)
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  hostUnitId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(OPPORTUNITY_LIMITS.minSeats)
  @Max(OPPORTUNITY_LIMITS.maxSeats)
  seats?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(OPPORTUNITY_LIMITS.minHoursPerWeek)
  @Max(OPPORTUNITY_LIMITS.maxHoursPerWeek)
  hoursPerWeek?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(OPPORTUNITY_LIMITS.maxCapabilities)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  capabilityKeys?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(OPPORTUNITY_LIMITS.maxSkills)
  @IsString({ each: true })
  @MaxLength(OPPORTUNITY_LIMITS.maxSkillLength, { each: true })
  skills?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  crossFunctional?: boolean;
}

@ArgsType()
export class CreateOpportunityArgs {
  @Field(() => CreateOpportunityInput)
  @ValidateNested()
  @Type(() => CreateOpportunityInput)
  input!: CreateOpportunityInput;
}

@ArgsType()
export class UpdateOpportunityArgs {
  @Field(() => UpdateOpportunityInput)
  @ValidateNested()
  @Type(() => UpdateOpportunityInput)
  input!: UpdateOpportunityInput;
}

@ArgsType()
export class OpportunityIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;
}

@InputType()
export class RequestMentorInput {
  @Field({ description: 'What the mentee wants to get better at, in their own words.' })
  @IsString()
  @MinLength(10)
  @MaxLength(OPPORTUNITY_LIMITS.maxDescriptionLength)
  goals!: string;

  @Field(() => [String], { description: 'Skills they want help with.' })
  @ArrayMaxSize(OPPORTUNITY_LIMITS.maxSkills)
  @IsString({ each: true })
  @MaxLength(OPPORTUNITY_LIMITS.maxSkillLength, { each: true })
  skills!: string[];

  @Field(() => Int, { defaultValue: 2, description: 'Hours per week of the mentor’s time.' })
  @IsInt()
  @Min(OPPORTUNITY_LIMITS.minHoursPerWeek)
  @Max(8)
  hoursPerWeek = 2;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;
}

@ArgsType()
export class RequestMentorArgs {
  @Field(() => RequestMentorInput)
  @ValidateNested()
  @Type(() => RequestMentorInput)
  input!: RequestMentorInput;
}
