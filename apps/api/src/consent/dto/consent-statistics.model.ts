import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ManagerConsentStatistics', {
  description:
    'How one manager answered consent requests; refusals and lapses are where talent hoarding shows.',
})
export class ManagerConsentStatisticsModel {
  @Field(() => Int)
  requested!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => Int, { description: 'Let lapse past the deadline, so sent up a level.' })
  escalated!: number;

  @Field(() => Int)
  pending!: number;

  @Field(() => Float, {
    description: 'Approved over answered-or-lapsed requests, 0–1; null before any.',
    nullable: true,
  })
  approvalRate!: number | null;

  @Field(() => Float, {
    description: 'Declined or lapsed over answered-or-lapsed requests, 0–1.',
    nullable: true,
  })
  refusalRate!: number | null;

  @Field(() => Float, { nullable: true })
  medianHoursToDecide!: number | null;

  organizationId!: string;
  managerId!: string;
}
