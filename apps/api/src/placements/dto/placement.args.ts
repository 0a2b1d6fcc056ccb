import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { APPLICATION_LIMITS } from '@bridge/domain';

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
