import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsentStatus } from '@bridge/domain';

registerEnumType(ConsentStatus, { name: 'ConsentStatus' });

@ObjectType('ConsentRequest', {
  description: "A request to a manager to consent to the time a report's stretch work takes.",
})
export class ConsentRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field(() => Int, { description: "0 for the candidate's manager; 1 after one escalation, …" })
  escalationLevel!: number;

  @Field()
  requestedAt!: Date;

  @Field()
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  organizationId!: string;
  applicationId!: string;
  approverId!: string;
}
