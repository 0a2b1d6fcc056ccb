import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
