import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  APPLICATION_LIMITS,
  ApplicationStatus,
  ConsentStatus,
  OpportunityKind,
  PlacementStatus,
} from '@bridge/domain';

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description:
    'AWAITING_CONSENT (the manager is asked) → SUBMITTED (with the sponsor) → SHORTLISTED → OFFERED → PLACED; or DECLINED, REJECTED, WITHDRAWN.',
});
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });
registerEnumType(PlacementStatus, { name: 'PlacementStatus' });

@ObjectType('Application')
export class ApplicationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field()
  motivation!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was rejected, declined by the manager, or the offer turned down.',
  })
  statusReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  organizationId!: string;
  opportunityId!: string;
  candidateId!: string;
}

@ObjectType('ConsentRequest', {
  description: "A request to a manager to consent to the time a report's stretch work takes.",
})
export class ConsentRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field(() => Int, { description: "0 for the candidate's manager; 1 after one escalation, …" })
  escalationLevel!: number;

  @Field()
  requestedAt!: Date;

  @Field()
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  organizationId!: string;
  applicationId!: string;
  approverId!: string;
}

@ObjectType('Placement', { description: 'A candidate at work on an opportunity.' })
export class PlacementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PlacementStatus)
  status!: PlacementStatus;

  @Field(() => OpportunityKind)
  kind!: OpportunityKind;

  @Field(() => Int)
  hoursPerWeek!: number;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  organizationId!: string;
  applicationId!: string;
  opportunityId!: string;
  candidateId!: string;
}

@ObjectType('ManagerConsentStatistics', {
  description:
    'How one manager answered consent requests; refusals and lapses are where talent hoarding shows.',
})
export class ManagerConsentStatisticsModel {
  @Field(() => Int)
  requested!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => Int, { description: 'Let lapse past the deadline, so sent up a level.' })
  escalated!: number;

  @Field(() => Int)
  pending!: number;

  @Field(() => Float, {
    description: 'Approved over answered-or-lapsed requests, 0–1; null before any.',
    nullable: true,
  })
  approvalRate!: number | null;

  @Field(() => Float, {
    description: 'Declined or lapsed over answered-or-lapsed requests, 0–1.',
    nullable: true,
  })
  refusalRate!: number | null;

  @Field(() => Float, { nullable: true })
  medianHoursToDecide!: number | null;

  organizationId!: string;
  managerId!: string;
}

@ArgsType()
export class ApplyArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  opportunityId!: string;

  @Field()
  @IsString()
  @MaxLength(APPLICATION_LIMITS.maxMotivationLength)
  motivation!: string;
}

@ArgsType()
export class ApplicationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;
}

@ArgsType()
export class OpportunityApplicationsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  opportunityId!: string;
}

@ArgsType()
export class DecideConsentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  applicationId!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when declining.' })
  @IsOptional()
  @IsString()
  @MaxLength(APPLICATION_LIMITS.maxReasonLength)
  reason?: string | null;
}

@ArgsType()
export class OfferPlacementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  applicationId!: string;
}

@ArgsType()
export class RejectApplicationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;

  @Field()
  @IsString()
  @MaxLength(APPLICATION_LIMITS.maxReasonLength)
  reason!: string;
}

@ArgsType()
export class RespondToOfferArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  applicationId!: string;

  @Field()
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(APPLICATION_LIMITS.maxReasonLength)
  reason?: string | null;
}

@ArgsType()
export class EndPlacementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  placementId!: string;

  @Field({ description: 'true: completed; false: ended early (reason required).' })
  @IsBoolean()
  completed!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(APPLICATION_LIMITS.maxReasonLength)
  reason?: string | null;
}

@ArgsType()
export class ConsentRequestsArgs {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  pendingOnly = false;
}

@ArgsType()
export class ConsentDeadlineArgs {
  @Field(() => Int, {
    description: 'Working days a manager has before a consent request goes up a level (1–30).',
  })
  @IsInt()
  @Min(1)
  @Max(30)
  workingDays!: number;
}
