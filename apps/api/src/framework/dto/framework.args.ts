import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IndicatorKind, TransitionKey, WarningPattern } from '@bridge/domain';

@InputType()
export class UpdateCapabilityInput {
  @Field()
  @IsString()
  @MaxLength(60)
  key!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(500)
  description?: string | null;
}

@InputType()
export class AddIndicatorInput {
  @Field()
  @IsString()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'is not a capability key' })
  capabilityKey!: string;

  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind)
  kind!: IndicatorKind;

  @Field({ description: 'The behaviour, as an observer would see it.' })
  @IsString()
  @MinLength(10)
  @MaxLength(300)
  text!: string;

  @Field(() => WarningPattern, {
    nullable: true,
    description: 'Required for a warning sign, absent for a positive indicator.',
  })
  @IsOptional()
  @IsEnum(WarningPattern)
  warningPattern?: WarningPattern | null;
}

@ArgsType()
export class UpdateCapabilityArgs {
  @Field(() => UpdateCapabilityInput)
  @ValidateNested()
  @Type(() => UpdateCapabilityInput)
  input!: UpdateCapabilityInput;
}

@ArgsType()
export class AddIndicatorArgs {
  @Field(() => AddIndicatorInput)
  @ValidateNested()
  @Type(() => AddIndicatorInput)
  input!: AddIndicatorInput;
}

/** Blank text is as empty as no text: trimmed before its length is checked. */
function trimmed({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

@InputType()
export class AddCapabilityInput {
  @Field()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  name!: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MinLength(10)
  @MaxLength(500)
  description!: string;
}

@InputType()
export class UpdateIndicatorInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'The behaviour, as an observer would see it.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(10)
  @MaxLength(300)
  text?: string | null;

  @Field(() => IndicatorKind, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorKind)
  kind?: IndicatorKind | null;

  @Field(() => WarningPattern, {
    nullable: true,
    description: 'Required when the result is a warning sign; cleared when it becomes a positive indicator.',
  })
  @IsOptional()
  @IsEnum(WarningPattern)
  warningPattern?: WarningPattern | null;
}

@ArgsType()
export class AddCapabilityArgs {
  @Field(() => AddCapabilityInput)
  @ValidateNested()
  @Type(() => AddCapabilityInput)
  input!: AddCapabilityInput;
}

@ArgsType()
export class UpdateIndicatorArgs {
  @Field(() => UpdateIndicatorInput)
  @ValidateNested()
  @Type(() => UpdateIndicatorInput)
  input!: UpdateIndicatorInput;
}

@ArgsType()
export class RetireIndicatorArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class SetTransitionCapabilitiesArgs {
  @Field(() => TransitionKey)
  @IsEnum(TransitionKey)
  transition!: TransitionKey;

  @Field(() => [String], { description: 'At least one; keys of capabilities of the framework, in order.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  capabilityKeys!: string[];
}
