import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OpportunityKind, PlacementStatus } from '@bridge/domain';

registerEnumType(PlacementStatus, { name: 'PlacementStatus' });

@ObjectType('Placement', { description: 'A candidate at work on an opportunity.' })
export class PlacementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PlacementStatus)
  status!: PlacementStatus;

  @Field(() => OpportunityKind)
  kind!: OpportunityKind;

  @Field(() => Int)
  hoursPerWeek!: number;

  @Field({ description: 'When the candidate accepted: their time is set aside from then.' })
  startedAt!: Date;

  @Field({ description: 'YYYY-MM-DD: when the work begins. Upcoming until then.' })
  startsOn!: string;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  organizationId!: string;
  applicationId!: string;
  opportunityId!: string;
  candidateId!: string;
}
