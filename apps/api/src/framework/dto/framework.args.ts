import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IndicatorKind, WarningPattern } from '@bridge/domain';

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
