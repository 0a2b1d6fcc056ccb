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
import { OBSERVATION_LIMITS, ObservationVisibility } from '@bridge/domain';
import { IsCalendarDate } from '../../common/calendar-date';

/** What an observation says; the rules of what it must hold are libs/domain's `observationProblems`. */
@InputType()
export class ObservationContentInput {
  @Field()
  @IsString()
  @MaxLength(60)
  capabilityKey!: string;

  @Field({ description: 'A behavioural indicator or warning sign of that capability.' })
  @IsString()
  @MaxLength(80)
  indicatorKey!: string;

  @Field(() => Int, {
    description: `${OBSERVATION_LIMITS.minRating}–${OBSERVATION_LIMITS.maxRating}, on the anchored scale.`,
  })
  @IsInt()
  rating!: number;

  @Field()
  @IsString()
  situation!: string;

  @Field()
  @IsString()
  behaviour!: string;

  @Field()
  @IsString()
  impact!: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  @IsCalendarDate()
  observedOn!: string;

  @Field(() => ID, { nullable: true, description: "One of the candidate's placements it happened in." })
  @IsOptional()
  @IsUUID()
  placementId?: string | null;

  @Field(() => ObservationVisibility)
  @IsEnum(ObservationVisibility)
  visibility!: ObservationVisibility;
}

@InputType()
export class RecordObservationInput extends ObservationContentInput {
  @Field(() => ID)
  @IsUUID()
  candidateId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An observation of yours past its 24-hour correction window that this one corrects.',
  })
  @IsOptional()
  @IsUUID()
  amendsId?: string | null;
}

@ArgsType()
export class RecordObservationArgs {
  @Field(() => RecordObservationInput)
  @ValidateNested()
  @Type(() => RecordObservationInput)
  input!: RecordObservationInput;
}

@ArgsType()
export class AmendObservationArgs {
  @Field(() => ID)
  @IsUUID()
  observationId!: string;

  @Field(() => ObservationContentInput)
  @ValidateNested()
  @Type(() => ObservationContentInput)
  input!: ObservationContentInput;
}

@ArgsType()
export class CandidateArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId!: string;
}

@ArgsType()
export class ObservationsArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId!: string;

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

@ArgsType()
export class RequestObservationArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId!: string;

  @Field(() => ID, { description: 'The colleague asked.' })
  @IsUUID()
  observerId!: string;

  @Field({ description: 'e.g. "How did Sam lead the onboarding rollout?"' })
  @IsString()
  @MaxLength(OBSERVATION_LIMITS.maxQuestionLength)
  question!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  placementId?: string | null;
}

@ArgsType()
export class DeclineObservationRequestArgs {
  @Field(() => ID)
  @IsUUID()
  requestId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
