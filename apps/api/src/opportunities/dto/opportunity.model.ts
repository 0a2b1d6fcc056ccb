import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OpportunityKind, OpportunityStatus } from '@bridge/domain';
import { ConnectionType } from '../../common/connection';

registerEnumType(OpportunityKind, {
  name: 'OpportunityKind',
  description: 'A project to lead, or a junior colleague to mentor.',
});
registerEnumType(OpportunityStatus, { name: 'OpportunityStatus' });

@ObjectType('Opportunity')
export class OpportunityModel {
  @Field(() => ID)
  id!: string;

  @Field(() => OpportunityKind)
  kind!: OpportunityKind;

  @Field(() => OpportunityStatus)
  status!: OpportunityStatus;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int, { description: 'Active placements.' })
  seatsFilled!: number;

  @Field(() => Int)
  hoursPerWeek!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endsOn!: string | null;

  @Field(() => [String], { description: 'Capabilities the work exercises, by framework key.' })
  capabilityKeys!: string[];

  @Field(() => [String])
  skills!: string[];

  @Field({ description: 'Only people outside the host function may apply.' })
  crossFunctional!: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field()
  createdAt!: Date;

  organizationId!: string;
  sponsorId!: string;
  hostUnitId!: string | null;
  menteeId!: string | null;
}

@ObjectType('OpportunityConnection')
export class OpportunityConnectionModel extends ConnectionType(OpportunityModel) {}
