import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import { ApplicationsService } from './applications.service';
import {
  ApplicationIdArgs,
  applicationIdOf,
  ApplyArgs,
  OfferPlacementArgs,
  OpportunityApplicationsArgs,
  RejectApplicationArgs,
  RespondToOfferArgs,
} from './dto/application.args';
import { ApplicationModel } from './dto/application.model';

@Resolver(() => ApplicationModel)
export class ApplicationsResolver {
  constructor(private readonly applications: ApplicationsService) {}

  @SignedIn()
  @Query(() => [ApplicationModel], { description: "The signed-in candidate's applications, newest first." })
  myApplications(@CurrentActor() actor: Actor): Promise<ApplicationModel[]> {
    return this.applications.mine(actor);
  }

  @SignedIn()
  @Query(() => [ApplicationModel], {
    name: 'applications',
    description:
      "An opportunity's applicants (its sponsor, or HR): those that reached them, after the manager's consent where one was needed.",
  })
  applicantsOf(
    @CurrentActor() actor: Actor,
    @Args() { opportunityId }: OpportunityApplicationsArgs,
  ): Promise<ApplicationModel[]> {
    return this.applications.forOpportunity(actor, opportunityId);
  }

  @SignedIn()
  @Query(() => ApplicationModel)
  application(@CurrentActor() actor: Actor, @Args() args: ApplicationIdArgs): Promise<ApplicationModel> {
    return this.applications.visible(actor, applicationIdOf(args));
  }

  @RequirePermission(Permission.ApplyToOpportunities)
  @Mutation(() => ApplicationModel, {
    description: "Applies with a motivation; the candidate's manager is asked to consent.",
  })
  applyToOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { opportunityId, motivation }: ApplyArgs,
  ): Promise<ApplicationModel> {
    return this.applications.apply(actor, opportunityId, motivation);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  withdrawApplication(
    @CurrentActor() actor: Actor,
    @Args() args: ApplicationIdArgs,
  ): Promise<ApplicationModel> {
    return this.applications.withdraw(actor, applicationIdOf(args));
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  shortlistApplication(
    @CurrentActor() actor: Actor,
    @Args() args: ApplicationIdArgs,
  ): Promise<ApplicationModel> {
    return this.applications.shortlist(actor, applicationIdOf(args));
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  rejectApplication(
    @CurrentActor() actor: Actor,
    @Args() args: RejectApplicationArgs,
  ): Promise<ApplicationModel> {
    return this.applications.reject(actor, applicationIdOf(args), args.reason);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  offerPlacement(
    @CurrentActor() actor: Actor,
    @Args() { applicationId }: OfferPlacementArgs,
  ): Promise<ApplicationModel> {
    return this.applications.offer(actor, applicationId);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel, {
    description: 'The candidate accepts (a placement begins) or declines an offer.',
  })
  respondToOffer(
    @CurrentActor() actor: Actor,
    @Args() { applicationId, accept, reason }: RespondToOfferArgs,
  ): Promise<ApplicationModel> {
    return this.applications.respondToOffer(actor, applicationId, accept, reason);
  }
}
