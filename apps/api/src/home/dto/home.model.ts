import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApplicationModel } from '../../applications/dto/application.model';
import { ConsentRequestModel } from '../../consent/dto/consent-request.model';
import { ObservationRequestModel } from '../../observations/dto/observation.model';
import { OpportunityModel } from '../../opportunities/dto/opportunity.model';
import { PlacementModel } from '../../placements/dto/placement.model';

/** How many requests for evidence the home page lists; the rest are under Requests for evidence. */
export const HOME_OBSERVATION_REQUESTS = 3;

@ObjectType('OpportunityToReview', {
  description: 'An opportunity of yours with applicants waiting for you.',
})
export class OpportunityToReviewModel {
  @Field(() => OpportunityModel)
  opportunity!: OpportunityModel;

  @Field(() => Int, {
    description: 'Applications with you that you have not yet shortlisted, offered or rejected.',
  })
  waiting!: number;
}

@ObjectType('Home', { description: 'What waits for the signed-in person, whatever their roles.' })
export class HomeModel {
  @Field(() => [ConsentRequestModel], {
    description: 'Consent requests addressed to you, soonest due first.',
  })
  consentRequests!: ConsentRequestModel[];

  @Field(() => Int, { description: 'Of those, how many are past their deadline.' })
  overdueConsentRequests!: number;

  @Field(() => [ApplicationModel], { description: 'Offers made to you, waiting for your answer.' })
  offers!: ApplicationModel[];

  @Field(() => [OpportunityToReviewModel], {
    description: 'Your open opportunities with applicants to review.',
  })
  applicantsToReview!: OpportunityToReviewModel[];

  @Field(() => [PlacementModel], {
    description: 'Your placements that have not ended: upcoming and under way.',
  })
  placements!: PlacementModel[];

  @Field(() => [ObservationRequestModel], {
    description: `Requests for your observation of a candidate, oldest first: the first ${HOME_OBSERVATION_REQUESTS}.`,
  })
  observationRequests!: ObservationRequestModel[];

  @Field(() => Int, { description: 'How many requests for your observation are open, all of them.' })
  observationRequestsWaiting!: number;

  @Field(() => Int, {
    nullable: true,
    description: "For HR: the organization's consent requests past their deadline. Null for everyone else.",
  })
  overdueConsentRequestsInOrganization!: number | null;
}
