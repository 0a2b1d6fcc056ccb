import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApplicationOrigin, ApplicationStatus } from '@bridge/domain';

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description:
    'AWAITING_CONSENT (the manager is asked) → SUBMITTED (with the sponsor) → SHORTLISTED → OFFERED → PLACED; or DECLINED, REJECTED, WITHDRAWN.',
});

registerEnumType(ApplicationOrigin, {
  name: 'ApplicationOrigin',
  description:
    "APPLIED (the candidate applied) or MATCH_PROPOSAL (HR or the sponsor accepted a matching round's proposal: an offer once the manager consents).",
});

@ObjectType('Application')
export class ApplicationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field({ description: "The candidate's words; empty for an accepted matching proposal." })
  motivation!: string;

  @Field(() => ApplicationOrigin)
  origin!: ApplicationOrigin;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was rejected, declined by the manager, or the offer turned down.',
  })
  statusReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it reached the sponsor: at once without a manager, or when the manager consented.',
  })
  submittedAt!: Date | null;

  organizationId!: string;
  opportunityId!: string;
  candidateId!: string;
}
