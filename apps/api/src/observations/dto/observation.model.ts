import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IndicatorKind,
  ObservationRequestStatus,
  ObservationVisibility,
  WarningPattern,
} from '@bridge/domain';
import { ConnectionType } from '../../common/connection';
import type { ObservationRequestEntity } from '../observation-request.entity';
import type { ObservationEntity } from '../observation.entity';

registerEnumType(ObservationVisibility, {
  name: 'ObservationVisibility',
  description: 'SHARED: the candidate reads it. HR_ONLY: HR and the observer only.',
});
registerEnumType(ObservationRequestStatus, { name: 'ObservationRequestStatus' });

@ObjectType('ObservedIndicator', {
  description: 'The behaviour or warning sign rated, in the words it had when the observation was recorded.',
})
export class ObservedIndicatorModel {
  @Field()
  key!: string;

  @Field()
  text!: string;

  @Field(() => IndicatorKind)
  kind!: IndicatorKind;

  @Field(() => WarningPattern, { nullable: true })
  warningPattern!: WarningPattern | null;
}

@ObjectType('ObservedCapability')
export class ObservedCapabilityModel {
  @Field()
  key!: string;
}

@ObjectType('Observation', {
  description:
    "One observer's record of one leadership behaviour of a candidate (Situation–Behaviour–Impact).",
})
export class ObservationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ObservedCapabilityModel)
  capability!: ObservedCapabilityModel;

  @Field(() => ObservedIndicatorModel)
  indicator!: ObservedIndicatorModel;

  @Field(() => Int, { description: '1 not yet, 2 emerging, 3 demonstrating, 4 role model.' })
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

  @Field(() => ID, { nullable: true, description: 'The observation this one corrects.' })
  amendsId!: string | null;

  @Field()
  recordedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its observer last corrected it.' })
  correctedAt!: Date | null;

  @Field({ description: 'Until when its observer may still correct it; after that it never changes.' })
  correctableUntil!: Date;

  /** Reached through `candidate`, `observer` and `placement`. */
  organizationId!: string;
  candidateId!: string;
  observerId!: string;
  placementId!: string | null;
  /** Whether this reader sees who observed (the policy's `observerNameShown`); `observer` is null if not. */
  observerShown!: boolean;

  static fromEntity(
    entity: ObservationEntity,
    correctableUntil: Date,
    observerShown = true,
  ): ObservationModel {
    return Object.assign(new ObservationModel(), {
      id: entity.id,
      capability: { key: entity.capabilityKey },
      indicator: {
        key: entity.indicatorKey,
        text: entity.indicatorText,
        kind: entity.indicatorKind,
        warningPattern: entity.warningPattern,
      },
      rating: entity.rating,
      situation: entity.situation,
      behaviour: entity.behaviour,
      impact: entity.impact,
      observedOn: entity.observedOn,
      visibility: entity.visibility,
      amendsId: entity.amendsId,
      recordedAt: entity.recordedAt,
      correctedAt: entity.correctedAt,
      correctableUntil,
      organizationId: entity.organizationId,
      candidateId: entity.candidateId,
      observerId: entity.observerId,
      placementId: entity.placementId,
      observerShown,
    });
  }
}

@ObjectType()
export class ObservationConnection extends ConnectionType(ObservationModel) {}

@ObjectType('ObservationRequest', {
  description:
    'Someone asked for an observation of a candidate; being asked lets the colleague observe them.',
})
export class ObservationRequestModel {
  @Field(() => ID)
  id!: string;

  @Field()
  question!: string;

  @Field(() => ObservationRequestStatus)
  status!: ObservationRequestStatus;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The observation that answered it.' })
  observationId!: string | null;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  organizationId!: string;
  candidateId!: string;
  observerId!: string;
  requestedById!: string;
  placementId!: string | null;

  static fromEntity(entity: ObservationRequestEntity): ObservationRequestModel {
    return Object.assign(new ObservationRequestModel(), entity);
  }
}
