import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => Int, {
    description:
      'Working days a manager has to answer a consent request before it goes to their own manager.',
  })
  consentWorkingDays!: number;

  @Field({
    description:
      'Candidates read their observations without the observer’s name ("A colleague"); the observer, the manager and HR still see it.',
  })
  hideObserverNamesFromCandidates!: boolean;
}
