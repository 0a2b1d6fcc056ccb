import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../auth/auth.decorators';
import { CandidateProfileModel } from '../candidate-profiles/dto/candidate-profile.models';
import { CandidateProfilesService } from '../candidate-profiles/candidate-profiles.service';
import { byKeys, requestLoader } from '../common/request-loaders';
import { OpportunityModel } from '../opportunities/dto/opportunity.models';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { OrganizationModel } from '../organizations/organization.model';
import { PersonModel } from '../people/dto/person.model';
import { personByIdLoader } from '../people/people-loaders';
import { PeopleService } from '../people/people.service';
import type { ConsentRequestEntity, PlacementEntity } from './application.entities';
import { ApplicationsService } from './applications.service';
import {
  ApplicationIdArgs,
  ApplicationModel,
  ApplyArgs,
  ConsentDeadlineArgs,
  ConsentRequestModel,
  ConsentRequestsArgs,
  DecideConsentArgs,
  EndPlacementArgs,
  ManagerConsentStatisticsModel,
  OfferPlacementArgs,
  OpportunityApplicationsArgs,
  PlacementModel,
  RejectApplicationArgs,
  RespondToOfferArgs,
} from './dto/application.models';

/** Shared by every resolver below: the person behind an id, batched per request. */
async function personModel(
  requestContext: object,
  people: PeopleService,
  organizationId: string,
  id: string,
): Promise<PersonModel> {
  const person = await personByIdLoader(requestContext, people, organizationId).load(id);
  if (!person) throw new Error(`Person ${id} is missing`);
  return PersonModel.fromEntity(person);
}

@Resolver(() => ApplicationModel)
export class ApplicationsResolver {
  constructor(
    private readonly marketplace: ApplicationsService,
    private readonly opportunities: OpportunitiesService,
    private readonly profiles: CandidateProfilesService,
    private readonly people: PeopleService,
  ) {}

  @SignedIn()
  @Query(() => [ApplicationModel], { description: "The signed-in candidate's applications, newest first." })
  myApplications(@CurrentActor() actor: Actor): Promise<ApplicationModel[]> {
    return this.marketplace.mine(actor);
  }

  @SignedIn()
  @Query(() => [ApplicationModel], { description: "An opportunity's applications (its sponsor, or HR)." })
  applications(
    @CurrentActor() actor: Actor,
    @Args() { opportunityId }: OpportunityApplicationsArgs,
  ): Promise<ApplicationModel[]> {
    return this.marketplace.forOpportunity(actor, opportunityId);
  }

  @SignedIn()
  @Query(() => ApplicationModel)
  application(@CurrentActor() actor: Actor, @Args() { id }: ApplicationIdArgs): Promise<ApplicationModel> {
    return this.marketplace.visible(actor, id);
  }

  @RequirePermission(Permission.ApplyToOpportunities)
  @Mutation(() => ApplicationModel, {
    description: "Applies with a motivation; the candidate's manager is asked to consent.",
  })
  applyToOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { opportunityId, motivation }: ApplyArgs,
  ): Promise<ApplicationModel> {
    return this.marketplace.apply(actor, opportunityId, motivation);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  withdrawApplication(
    @CurrentActor() actor: Actor,
    @Args() { id }: ApplicationIdArgs,
  ): Promise<ApplicationModel> {
    return this.marketplace.withdraw(actor, id);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel, {
    description: 'The manager the consent request is addressed to approves or declines (with a reason).',
  })
  decideConsent(
    @CurrentActor() actor: Actor,
    @Args() { applicationId, approve, reason }: DecideConsentArgs,
  ): Promise<ApplicationModel> {
    return this.marketplace.decideConsent(actor, applicationId, approve, reason);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  shortlistApplication(
    @CurrentActor() actor: Actor,
    @Args() { id }: ApplicationIdArgs,
  ): Promise<ApplicationModel> {
    return this.marketplace.shortlist(actor, id);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  rejectApplication(
    @CurrentActor() actor: Actor,
    @Args() { id, reason }: RejectApplicationArgs,
  ): Promise<ApplicationModel> {
    return this.marketplace.reject(actor, id, reason);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  offerPlacement(
    @CurrentActor() actor: Actor,
    @Args() { applicationId }: OfferPlacementArgs,
  ): Promise<ApplicationModel> {
    return this.marketplace.offer(actor, applicationId);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel, {
    description: 'The candidate accepts (a placement begins) or declines an offer.',
  })
  respondToOffer(
    @CurrentActor() actor: Actor,
    @Args() { applicationId, accept, reason }: RespondToOfferArgs,
  ): Promise<ApplicationModel> {
    return this.marketplace.respondToOffer(actor, applicationId, accept, reason);
  }

  @ResolveField(() => OpportunityModel)
  async opportunity(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<OpportunityModel> {
    const opportunity = await requestLoader(
      requestContext,
      `opportunity.byId:${application.organizationId}`,
      async (ids: readonly string[]) =>
        byKeys(ids, await this.opportunities.byIds(application.organizationId, ids), (row) => row.id),
    ).load(application.opportunityId);
    if (!opportunity) throw new Error(`Opportunity ${application.opportunityId} is missing`);
    return opportunity;
  }

  @ResolveField(() => PersonModel)
  candidate(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return personModel(requestContext, this.people, application.organizationId, application.candidateId);
  }

  @ResolveField(() => CandidateProfileModel, { nullable: true })
  candidateProfile(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<CandidateProfileModel | null> {
    return requestLoader(
      requestContext,
      `candidateProfile.byPerson:${application.organizationId}`,
      async (ids: readonly string[]) =>
        byKeys(ids, await this.profiles.byPersonIds(application.organizationId, ids), (row) => row.personId),
    ).load(application.candidateId);
  }

  @ResolveField(() => [ConsentRequestModel], {
    description: 'Consent requests in order: the manager, then any escalation.',
  })
  consentRequests(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<ConsentRequestModel[]> {
    return requestLoader(
      requestContext,
      `consentRequests.byApplication:${application.organizationId}`,
      async (ids: readonly string[]) => {
        const rows = await this.marketplace.consentsFor(application.organizationId, ids);
        return ids.map((id): ConsentRequestEntity[] => rows.filter((row) => row.applicationId === id));
      },
    ).load(application.id);
  }

  @ResolveField(() => PlacementModel, { nullable: true })
  placement(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<PlacementModel | null> {
    return requestLoader(
      requestContext,
      `placement.byApplication:${application.organizationId}`,
      async (ids: readonly string[]) =>
        byKeys(
          ids,
          await this.marketplace.placementsFor(application.organizationId, ids),
          (row) => row.applicationId,
        ),
    ).load(application.id);
  }
}

@Resolver(() => ConsentRequestModel)
export class ConsentRequestsResolver {
  constructor(
    private readonly marketplace: ApplicationsService,
    private readonly people: PeopleService,
  ) {}

  @SignedIn()
  @Query(() => [ConsentRequestModel], {
    description: 'Consent requests addressed to the signed-in person: pending first, soonest due.',
  })
  consentRequests(
    @CurrentActor() actor: Actor,
    @Args() { pendingOnly }: ConsentRequestsArgs,
  ): Promise<ConsentRequestModel[]> {
    return this.marketplace.consentRequestsFor(actor, pendingOnly);
  }

  @RequirePermission(Permission.ReadConsentStatistics)
  @Query(() => [ManagerConsentStatisticsModel], {
    description: 'Per manager: consent requests approved, declined and let lapse (HR).',
  })
  async consentStatistics(@CurrentActor() actor: Actor): Promise<ManagerConsentStatisticsModel[]> {
    const rows = await this.marketplace.consentStatistics(actor.organizationId);
    return rows.map((row) => ({ ...row, organizationId: actor.organizationId }));
  }

  @RequirePermission(Permission.ConfigureOrganization)
  @Mutation(() => OrganizationModel, {
    description: 'Sets how many working days managers have to answer (admins).',
  })
  setConsentDeadline(
    @CurrentActor() actor: Actor,
    @Args() { workingDays }: ConsentDeadlineArgs,
  ): Promise<OrganizationModel> {
    return this.marketplace.setConsentWorkingDays(actor, workingDays);
  }

  @ResolveField(() => ApplicationModel)
  async application(
    @Parent() request: ConsentRequestModel,
    @Context() requestContext: object,
  ): Promise<ApplicationModel> {
    const application = await requestLoader(
      requestContext,
      `application.byId:${request.organizationId}`,
      async (ids: readonly string[]) =>
        byKeys(ids, await this.marketplace.applicationsByIds(request.organizationId, ids), (row) => row.id),
    ).load(request.applicationId);
    if (!application) throw new Error(`Application ${request.applicationId} is missing`);
    return application;
  }

  @ResolveField(() => PersonModel)
  approver(@Parent() request: ConsentRequestModel, @Context() requestContext: object): Promise<PersonModel> {
    return personModel(requestContext, this.people, request.organizationId, request.approverId);
  }
}

@Resolver(() => ManagerConsentStatisticsModel)
export class ManagerConsentStatisticsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel)
  manager(
    @Parent() row: ManagerConsentStatisticsModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return personModel(requestContext, this.people, row.organizationId, row.managerId);
  }
}

@Resolver(() => PlacementModel)
export class PlacementsResolver {
  constructor(
    private readonly marketplace: ApplicationsService,
    private readonly opportunities: OpportunitiesService,
    private readonly people: PeopleService,
  ) {}

  @SignedIn()
  @Mutation(() => PlacementModel, {
    description: 'The sponsor (or HR) marks a placement completed, or ended early with a reason.',
  })
  endPlacement(
    @CurrentActor() actor: Actor,
    @Args() { placementId, completed, reason }: EndPlacementArgs,
  ): Promise<PlacementModel> {
    return this.marketplace.endPlacement(actor, placementId, completed, reason);
  }

  @ResolveField(() => PersonModel)
  candidate(@Parent() placement: PlacementModel, @Context() requestContext: object): Promise<PersonModel> {
    return personModel(requestContext, this.people, placement.organizationId, placement.candidateId);
  }

  @ResolveField(() => OpportunityModel)
  async opportunity(
    @Parent() placement: PlacementModel,
    @Context() requestContext: object,
  ): Promise<OpportunityModel> {
    const opportunity = await requestLoader(
      requestContext,
      `opportunity.byId:${placement.organizationId}`,
      async (ids: readonly string[]) =>
        byKeys(ids, await this.opportunities.byIds(placement.organizationId, ids), (row) => row.id),
    ).load(placement.opportunityId);
    if (!opportunity) throw new Error(`Opportunity ${placement.opportunityId} is missing`);
    return opportunity;
  }
}

/** The parts of an opportunity that depend on applications, seen by the signed-in person. */
@Resolver(() => OpportunityModel)
export class OpportunityApplicationFieldsResolver {
  constructor(
    private readonly marketplace: ApplicationsService,
    private readonly opportunities: OpportunitiesService,
  ) {}

  @ResolveField(() => ApplicationModel, {
    nullable: true,
    description: "The signed-in person's latest application to this opportunity.",
  })
  myApplication(
    @Parent() opportunity: OpportunityModel,
    @CurrentActor() actor: Actor,
    @Context() requestContext: object,
  ): Promise<ApplicationModel | null> {
    return requestLoader(
      requestContext,
      `application.mineByOpportunity:${actor.organizationId}:${actor.personId}`,
      async (ids: readonly string[]) => {
        const latest = await this.marketplace.latestOfCandidate(actor.organizationId, actor.personId, ids);
        return ids.map((id) => latest.get(id) ?? null);
      },
    ).load(opportunity.id);
  }

  @ResolveField(() => [PlacementModel], {
    description: 'Placements on this opportunity: for its sponsor and HR; empty for anyone else.',
  })
  placements(
    @Parent() opportunity: OpportunityModel,
    @CurrentActor() actor: Actor,
    @Context() requestContext: object,
  ): Promise<PlacementEntity[]> {
    if (!this.opportunities.mayManage(actor, opportunity)) return Promise.resolve([]);
    return requestLoader(
      requestContext,
      `placements.byOpportunity:${actor.organizationId}`,
      async (ids: readonly string[]) => {
        const rows = await this.marketplace.placementsOfOpportunities(actor.organizationId, ids);
        return ids.map((id) => rows.filter((row) => row.opportunityId === id));
      },
    ).load(opportunity.id);
  }
}
