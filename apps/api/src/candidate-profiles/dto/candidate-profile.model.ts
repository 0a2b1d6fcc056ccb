import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TransitionKey } from '@bridge/domain';

@ObjectType('CandidateProfile', {
  description: 'What a candidate wants from stretch work and how much they can take on.',
})
export class CandidateProfileModel {
  @Field(() => TransitionKey)
  targetTransition!: TransitionKey;

  @Field()
  headline!: string;

  @Field(() => [String], { description: 'Capabilities the candidate wants to develop, by framework key.' })
  capabilityKeys!: string[];

  @Field(() => [String])
  skills!: string[];

  @Field(() => Int, { description: 'Hours per week available for stretch work.' })
  hoursPerWeek!: number;

  @Field(() => Int, { description: 'Concurrent stretch projects the candidate can lead.' })
  maxProjects!: number;

  @Field(() => Int, { description: 'Mentees the candidate can take at once.' })
  maxMentees!: number;

  @Field(() => Int, { description: 'Hours per week already committed to active placements.' })
  committedHours!: number;

  @Field(() => Int)
  activeProjects!: number;

  @Field(() => Int)
  activeMentees!: number;

  @Field()
  updatedAt!: Date;

  organizationId!: string;
  personId!: string;
}
