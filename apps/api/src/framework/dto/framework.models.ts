import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IndicatorKind, TransitionKey, WarningPattern } from '@bridge/domain';

registerEnumType(TransitionKey, {
  name: 'TransitionKey',
  description: 'Leadership Pipeline transitions: T1 managing self → others, … T4 → business manager.',
});
registerEnumType(IndicatorKind, { name: 'IndicatorKind' });
registerEnumType(WarningPattern, {
  name: 'WarningPattern',
  description: 'The ways leading goes wrong that the seeds warn about.',
});

@ObjectType('Indicator', {
  description: 'A behaviour an observer can see: a positive indicator or a warning sign.',
})
export class IndicatorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  key!: string;

  @Field(() => IndicatorKind)
  kind!: IndicatorKind;

  @Field()
  text!: string;

  @Field(() => WarningPattern, { nullable: true })
  warningPattern!: WarningPattern | null;
}

@ObjectType('Capability')
export class CapabilityModel {
  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => [IndicatorModel])
  indicators!: IndicatorModel[];
}

@ObjectType('Transition')
export class TransitionModel {
  @Field(() => TransitionKey)
  key!: TransitionKey;

  @Field()
  name!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field()
  description!: string;

  @Field(() => [String], { description: 'Keys of the capabilities this transition needs most, in order.' })
  capabilityKeys!: string[];
}

@ObjectType('RatingAnchor', { description: 'One point of the behaviourally anchored rating scale.' })
export class RatingAnchorModel {
  @Field(() => Int)
  rating!: number;

  @Field()
  label!: string;

  @Field()
  description!: string;
}

@ObjectType('LeadershipFramework')
export class LeadershipFrameworkModel {
  @Field(() => [TransitionModel])
  transitions!: TransitionModel[];

  @Field(() => [CapabilityModel])
  capabilities!: CapabilityModel[];

  @Field(() => [RatingAnchorModel])
  scale!: RatingAnchorModel[];
}

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
