import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/access.decorators';
import { CandidateProfileModel } from '../candidate-profiles/dto/candidate-profile.model';
import { CandidateProfilesService } from '../candidate-profiles/candidate-profiles.service';
import { ConsentRequestModel } from '../consent/dto/consent-request.model';
import { ConsentRequests } from '../consent/consent-requests.service';
import { loaders } from '../loaders/loaders';
import { loadRequired } from '../loaders/request-loader';
import { OpportunityModel } from '../opportunities/dto/opportunity.model';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { PlacementModel } from '../placements/dto/placement.model';
import { PlacementsService } from '../placements/placements.service';
import { ApplicationRecords } from './application-records.service';
import { ApplicationModel } from './dto/application.model';

/** What an application shows with it: its opportunity, candidate, consent trail and placement. */
@Resolver(() => ApplicationModel)
export class ApplicationFieldsResolver {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly profiles: CandidateProfilesService,
    private readonly people: PeopleService,
    private readonly consent: ConsentRequests,
    private readonly placements: PlacementsService,
  ) {}

  @ResolveField(() => OpportunityModel)
  async opportunity(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<OpportunityModel> {
    return loadRequired(
      loaders.opportunityById(requestContext, this.opportunities, application.organizationId),
      application.opportunityId,
      'Opportunity',
    );
  }

  @ResolveField(() => PersonModel)
  async candidate(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders
        .personById(requestContext, this.people, application.organizationId)
        .load(application.candidateId),
      application.candidateId,
    );
  }

  @ResolveField(() => CandidateProfileModel, { nullable: true })
  candidateProfile(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<CandidateProfileModel | null> {
    return loaders
      .candidateProfileByPerson(requestContext, this.profiles, application.organizationId)
      .load(application.candidateId);
  }

  @ResolveField(() => [ConsentRequestModel], {
    description: 'Consent requests in order: the manager, then any escalation.',
  })
  consentRequests(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<ConsentRequestModel[]> {
    return loaders
      .consentRequestsByApplication(requestContext, this.consent, application.organizationId)
      .load(application.id);
  }

  @ResolveField(() => PlacementModel, { nullable: true })
  placement(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<PlacementModel | null> {
    return loaders
      .placementByApplication(requestContext, this.placements, application.organizationId)
      .load(application.id);
  }
}

/** The parts of an opportunity that depend on applications, seen by the signed-in person. */
@Resolver(() => OpportunityModel)
export class OpportunityApplicationFieldsResolver {
  constructor(private readonly applicationRecords: ApplicationRecords) {}

  @ResolveField(() => ApplicationModel, {
    nullable: true,
    description: "The signed-in person's latest application to this opportunity.",
  })
  myApplication(
    @Parent() opportunity: OpportunityModel,
    @CurrentActor() actor: Actor,
    @Context() requestContext: object,
  ): Promise<ApplicationModel | null> {
    return loaders
      .latestApplicationOf(requestContext, this.applicationRecords, actor.organizationId, actor.personId)
      .load(opportunity.id);
  }

  @ResolveField(() => Int, {
    description:
      'Live applications that reached the sponsor (not awaiting consent, withdrawn, declined or rejected).',
  })
  applicantCount(
    @Parent() opportunity: OpportunityModel,
    @Context() requestContext: object,
  ): Promise<number> {
    return loaders
      .applicantCountByOpportunity(requestContext, this.applicationRecords, opportunity.organizationId)
      .load(opportunity.id);
  }
}
