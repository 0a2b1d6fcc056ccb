import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { APPLICATION_LIMITS } from '@bridge/domain';
import { BadUserInputError } from '../../common/bridge-errors';

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

/**
 * An application named by `applicationId`, as everywhere else; `id` is its older name, still
 * accepted so existing clients keep working.
 */
@ArgsType()
export class ApplicationIdArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  applicationId?: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: 'Use applicationId.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  id?: string | null;
}

@ArgsType()
export class RejectApplicationArgs extends ApplicationIdArgs {
  @Field()
  @IsString()
  @MaxLength(APPLICATION_LIMITS.maxReasonLength)
  reason!: string;
}

/** The application the arguments name, by either name; both given must agree. */
export function applicationIdOf(args: ApplicationIdArgs): string {
  const { applicationId, id } = args;
  if (applicationId && id && applicationId !== id)
    throw new BadUserInputError(
      'applicationId',
      'applicationId and its older name id name different applications',
    );
  const chosen = applicationId ?? id;
  if (!chosen) throw new BadUserInputError('applicationId', 'applicationId is required');
  return chosen;
}

@ArgsType()
export class OpportunityApplicationsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  opportunityId!: string;
}

@ArgsType()
export class OfferPlacementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  applicationId!: string;
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
