import { ArgsType, Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsNumber, ValidateNested } from 'class-validator';
import type { FitWeights } from '@bridge/matching';

/** The range and the "not all zero" rule are the engine's `weightProblems`, checked by the service. */
@InputType('FitWeightsInput')
export class FitWeightsInput implements FitWeights {
  @Field(() => Float, { description: 'Development fit: exercises the capabilities where evidence is thin.' })
  @IsNumber()
  DEVELOPMENT!: number;

  @Field(() => Float, { description: "Skill fit: the candidate's skills cover the opportunity's." })
  @IsNumber()
  SKILL!: number;

  @Field(() => Float, { description: 'Stated interest: the candidate applied or saved it.' })
  @IsNumber()
  INTEREST!: number;

  @Field(() => Float, { description: 'New observer: the sponsor has not observed the candidate yet.' })
  @IsNumber()
  NEW_OBSERVER!: number;

  @Field(() => Float, { description: 'Fair access: fewer past stretch assignments.' })
  @IsNumber()
  FAIR_ACCESS!: number;
}

@ObjectType('FitWeights', {
  description: "Each matching factor's weight; a factor's share is its weight over their sum.",
})
export class FitWeightsModel implements FitWeights {
  @Field(() => Float)
  DEVELOPMENT!: number;

  @Field(() => Float)
  SKILL!: number;

  @Field(() => Float)
  INTEREST!: number;

  @Field(() => Float)
  NEW_OBSERVER!: number;

  @Field(() => Float)
  FAIR_ACCESS!: number;
}

@ArgsType()
export class MatchingWeightsArgs {
  @Field(() => FitWeightsInput, { description: 'Each from 0 to 100, at least one above 0.' })
  @ValidateNested()
  @Type(() => FitWeightsInput)
  weights!: FitWeightsInput;
}
