import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  EvidenceFlag,
  EVIDENCE_FLAG_DESCRIPTIONS,
  READINESS_RULES,
  ReadinessBand,
  TransitionKey,
  WarningPattern,
} from '@bridge/domain';

registerEnumType(ReadinessBand, {
  name: 'ReadinessBand',
  description: 'READY, EMERGING, NOT_YET, or INSUFFICIENT_EVIDENCE when the evidence is too thin to judge.',
});
registerEnumType(EvidenceFlag, {
  name: 'EvidenceFlag',
  description: 'How far the evidence can be trusted.',
  valuesMap: Object.fromEntries(
    Object.values(EvidenceFlag).map((flag) => [flag, { description: EVIDENCE_FLAG_DESCRIPTIONS[flag] }]),
  ),
});

@ObjectType('WarningSignCount')
export class WarningSignCountModel {
  @Field(() => WarningPattern)
  pattern!: WarningPattern;

  @Field(() => Int)
  count!: number;

  @Field(() => [ID])
  observationIds!: string[];
}

@ObjectType('CapabilityReadiness')
export class CapabilityReadinessModel {
  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  observationCount!: number;

  @Field(() => Int)
  distinctObservers!: number;

  @Field(() => Int, { description: "Observers from outside the candidate's own team." })
  observersOutsideTeam!: number;

  @Field(() => Float, {
    nullable: true,
    description: `Recency-weighted mean rating (an observation's weight halves every ${READINESS_RULES.halfLifeDays} days).`,
  })
  meanRating!: number | null;

  @Field(() => Float, { nullable: true, description: "The same, each rating less its observer's leniency." })
  adjustedMeanRating!: number | null;

  @Field(() => String, { nullable: true })
  lastObservedOn!: string | null;

  @Field(() => [WarningSignCountModel])
  warningSigns!: WarningSignCountModel[];

  @Field(() => [EvidenceFlag])
  flags!: EvidenceFlag[];

  @Field({ description: '3+ observations from 2+ observers, the latest within 6 months.' })
  covered!: boolean;

  @Field(() => [ID], { description: 'The observations behind these figures, newest first.' })
  observationIds!: string[];
}

@ObjectType('Readiness', {
  description: 'How well the evidence covers what a transition needs, and how far it can be trusted.',
})
export class ReadinessModel {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => TransitionKey)
  transition!: TransitionKey;

  @Field(() => ReadinessBand)
  band!: ReadinessBand;

  @Field({ description: 'The rule that decided the band, in words.' })
  rule!: string;

  @Field(() => [EvidenceFlag])
  flags!: EvidenceFlag[];

  @Field(() => Int)
  coveredCapabilities!: number;

  @Field(() => [CapabilityReadinessModel])
  capabilities!: CapabilityReadinessModel[];
}

@ObjectType('ObserverCalibration')
export class ObserverCalibrationModel {
  @Field(() => ID)
  observerId!: string;

  @Field(() => Int)
  ratings!: number;

  @Field(() => Float)
  mean!: number;

  @Field(() => Float, { description: 'Standard deviation of their ratings.' })
  spread!: number;

  @Field(() => Float, {
    description:
      'Rating points above (positive) or below what the same candidates get from others, shrunk toward 0.',
  })
  leniency!: number;

  organizationId!: string;
}

@ObjectType('VarianceShares')
export class VarianceSharesModel {
  @Field(() => Float)
  raters!: number;

  @Field(() => Float)
  ratees!: number;

  @Field(() => Float)
  residual!: number;
}

@ObjectType('RaterCalibration', {
  description: "Each observer's rating level and spread against the organization's.",
})
export class RaterCalibrationModel {
  @Field(() => Int)
  ratings!: number;

  @Field(() => Float)
  organizationMean!: number;

  @Field(() => Float)
  organizationSpread!: number;

  @Field(() => [ObserverCalibrationModel])
  observers!: ObserverCalibrationModel[];

  @Field(() => VarianceSharesModel, {
    description: 'Shares of rating variance explained by who rated and by who was rated.',
  })
  varianceShares!: VarianceSharesModel;
}
