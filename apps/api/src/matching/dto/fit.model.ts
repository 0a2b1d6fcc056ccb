import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Fit, FIT_FACTOR_LABELS, FIT_FACTORS, FitFactor, FitReason } from '@bridge/matching';

/** The engine's factors as a GraphQL enum. */
const FIT_FACTOR_ENUM = Object.fromEntries(FIT_FACTORS.map((factor) => [factor, factor]));

registerEnumType(FIT_FACTOR_ENUM, {
  name: 'FitFactor',
  description: 'One factor of a fit score (development, skill, interest, new observer, fair access).',
});

@ObjectType('FitReason', {
  description: 'One factor of a fit score: its value, weight and share of the score.',
})
export class FitReasonModel {
  @Field(() => FIT_FACTOR_ENUM)
  factor!: FitFactor;

  @Field({ description: 'The factor in words, e.g. "Development fit".' })
  label!: string;

  @Field(() => Float, { description: 'The weight used; fair access grows with rounds without a proposal.' })
  weight!: number;

  @Field(() => Float, { description: "The factor's value, 0 to 1." })
  value!: number;

  @Field(() => Float, {
    description: "weight × value over the sum of the weights: this factor's share of the score.",
  })
  contribution!: number;

  @Field({ description: 'The value in words, e.g. "4 of 5 skills".' })
  explanation!: string;

  static of(reason: FitReason): FitReasonModel {
    return { ...reason, label: FIT_FACTOR_LABELS[reason.factor] };
  }
}

@ObjectType('Fit', { description: 'How well a candidate fits an opportunity, and why.' })
export class FitModel {
  @Field(() => Float, { description: '0 to 1.' })
  score!: number;

  @Field(() => [FitReasonModel])
  reasons!: FitReasonModel[];

  @Field(() => [String], { description: 'What would raise the fit.' })
  suggestions!: string[];

  static of(fit: Fit): FitModel {
    return { score: fit.score, reasons: fit.reasons.map(FitReasonModel.of), suggestions: fit.suggestions };
  }
}
