import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { APPLICATION_LIMITS } from '@bridge/domain';

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
export class ConsentRequestsArgs {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  pendingOnly = false;
}
