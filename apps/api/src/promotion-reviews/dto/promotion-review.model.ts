import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IndicatorKind,
  ObservationVisibility,
  PromotionDecision,
  PromotionReviewStatus,
  TransitionKey,
  WarningPattern,
} from '@bridge/domain';
import { ConnectionType } from '../../common/connection';
import { ReadinessModel } from '../../readiness/dto/readiness.model';

registerEnumType(PromotionDecision, {
  name: 'PromotionDecision',
  description: 'READY, READY_WITH_SUPPORT (with a development plan), or NOT_YET.',
});
registerEnumType(PromotionReviewStatus, {
  name: 'PromotionReviewStatus',
  description: 'OPEN until HR decides; DECIDED never changes.',
});

@ObjectType('ReviewEvidence', { description: 'One observation as the review froze it.' })
export class ReviewEvidenceModel {
  @Field(() => ID, { description: 'The observation.' })
  id!: string;

  @Field(() => ID)
  observerId!: string;

  @Field({ description: "The observer's name when the review opened." })
  observerName!: string;

  @Field()
  capabilityKey!: string;

  @Field()
  capabilityName!: string;

  @Field({ description: "The indicator's words when the observation was recorded." })
  indicatorText!: string;

  @Field(() => IndicatorKind)
  indicatorKind!: IndicatorKind;

  @Field(() => WarningPattern, { nullable: true })
  warningPattern!: WarningPattern | null;

  @Field(() => Int)
  rating!: number;

  @Field()
  situation!: string;

  @Field()
  behaviour!: string;

  @Field()
  impact!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  observedOn!: string;

  @Field(() => ObservationVisibility)
  visibility!: ObservationVisibility;
}

@ObjectType('ReviewSnapshot', {
  description: 'The evidence and readiness as they stood when the review opened: stored, never recomputed.',
})
export class ReviewSnapshotModel {
  @Field({ description: 'YYYY-MM-DD.' })
  takenOn!: string;

  @Field()
  candidateName!: string;

  @Field()
  transitionName!: string;

  @Field(() => ReadinessModel)
  readiness!: ReadinessModel;

  @Field(() => [ReviewEvidenceModel], { description: 'Newest first.' })
  evidence!: ReviewEvidenceModel[];
}

@ObjectType('PromotionReview')
export class PromotionReviewModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  candidateId!: string;

  @Field(() => TransitionKey)
  transition!: TransitionKey;

  @Field()
  transitionName!: string;

  @Field(() => PromotionReviewStatus)
  status!: PromotionReviewStatus;

  @Field()
  openedAt!: Date;

  @Field(() => PromotionDecision, { nullable: true })
  decision!: PromotionDecision | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the candidate should do next; the candidate reads it once the review is decided.',
  })
  developmentPlan!: string | null;

  @Field(() => String, { nullable: true, description: 'Why HR decided so. For HR only.' })
  rationale!: string | null;

  @Field(() => ReviewSnapshotModel, {
    nullable: true,
    description: 'For HR only: it holds HR-only evidence.',
  })
  snapshot!: ReviewSnapshotModel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For HR only: where to GET the review as a PDF packet, with the same bearer token as every call.',
  })
  packetUrl!: string | null;

  organizationId!: string;
  openedById!: string;
  decidedById!: string | null;
}

@ObjectType('PromotionReviewConnection')
export class PromotionReviewConnection extends ConnectionType(PromotionReviewModel) {}
