import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EquityDimension, OpportunityKind } from '@bridge/domain';
import type { EquitySuppression } from '@bridge/domain';

registerEnumType(EquityDimension, {
  name: 'EquityDimension',
  description: 'What the equity report groups people by.',
});

export enum EquitySuppressionReason {
  SMALL_GROUP = 'SMALL_GROUP',
  COMPLEMENT = 'COMPLEMENT',
}
registerEnumType(EquitySuppressionReason, {
  name: 'EquitySuppression',
  description:
    'Why a group is hidden: SMALL_GROUP, fewer people than the threshold; COMPLEMENT, hidden too so that a small group cannot be worked out as the total minus the groups shown.',
});

@ObjectType('EquityGroup', {
  description:
    'One group of the equity report, or the organization as a whole. Every figure is null when suppressed.',
})
export class EquityGroupModel {
  @Field(() => String, {
    nullable: true,
    description: 'Stable key (unit or person id, location or level); null when not recorded.',
  })
  key!: string | null;

  @Field()
  label!: string;

  @Field(() => Int, { nullable: true, description: 'People in the eligible population.' })
  eligible!: number | null;

  @Field(() => Int, { nullable: true })
  applied!: number | null;

  @Field(() => Int, { nullable: true })
  offered!: number | null;

  @Field(() => Int, { nullable: true })
  placed!: number | null;

  @Field(() => Float, { nullable: true, description: 'Applied over eligible, 0–1.' })
  appliedRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Offered over eligible, 0–1.' })
  offeredRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Placed over eligible, 0–1.' })
  placedRate!: number | null;

  @Field()
  suppressed!: boolean;

  @Field(() => EquitySuppressionReason, { nullable: true })
  suppression!: EquitySuppression | null;

  @Field(() => Float, { nullable: true, description: "The placement rate over the organization's." })
  placedRatioToOverall!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The placement rate over the best-placed shown group's.",
  })
  placedRatioToBest!: number | null;

  @Field({ description: "Placed at under four fifths of the best-placed group's rate: worth a closer look." })
  belowFourFifths!: boolean;
}

@ObjectType('EquityDimensionReport')
export class EquityDimensionReportModel {
  @Field(() => EquityDimension)
  dimension!: EquityDimension;

  @Field({ description: 'Who the rates are counted against, in words.' })
  population!: string;

  @Field(() => EquityGroupModel)
  overall!: EquityGroupModel;

  @Field(() => [EquityGroupModel])
  groups!: EquityGroupModel[];
}

@ObjectType('EquityReport', {
  description: 'Who applied for, was offered and was placed in stretch work, by group, over a period (HR).',
})
export class EquityReportModel {
  @Field({ description: 'YYYY-MM-DD, included: applications made from this day.' })
  from!: string;

  @Field({ description: 'YYYY-MM-DD, included.' })
  to!: string;

  @Field(() => OpportunityKind, { nullable: true })
  kind!: OpportunityKind | null;

  @Field(() => Int, { description: 'Groups of fewer people than this are hidden.' })
  suppressionThreshold!: number;

  @Field(() => Float, { description: "Groups placed under this share of the best group's rate are flagged." })
  fourFifths!: number;

  @Field(() => [EquityDimensionReportModel])
  dimensions!: EquityDimensionReportModel[];
}
