import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { TransitionKey } from '@bridge/domain';

@ArgsType()
export class ReadinessArgs {
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
