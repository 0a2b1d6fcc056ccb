import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

/** What a reflection holds; the rules of its text are libs/domain's `reflectionProblems`. */
@InputType()
export class AddReflectionInput {
  @Field({ description: 'How you led, in your own words: up to 4,000 characters.' })
  @IsString()
  text!: string;

  @Field(() => ID, { nullable: true, description: 'One of your placements it is about.' })
  @IsOptional()
  @IsUUID()
  placementId?: string | null;

  @Field(() => String, { nullable: true, description: 'The capability of the framework it is about.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  capabilityKey?: string | null;

  @Field({ nullable: true, description: 'Share it with HR at once; private to you by default.' })
  @IsOptional()
  @IsBoolean()
  sharedWithHr?: boolean;
}

@ArgsType()
export class AddReflectionArgs {
  @Field(() => AddReflectionInput)
  @ValidateNested()
  @Type(() => AddReflectionInput)
  input!: AddReflectionInput;
}

@ArgsType()
export class ShareReflectionArgs {
  @Field(() => ID)
  @IsUUID()
  reflectionId!: string;

  @Field({ description: 'True: HR may read it. False: private to you again.' })
  @IsBoolean()
  shared!: boolean;
}

@ArgsType()
export class ReflectionsArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId!: string;
}
