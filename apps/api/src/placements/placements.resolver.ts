import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { todayUtc } from '../common/calendar-date';
import { loaders } from '../loaders/loaders';
import { loadRequired } from '../loaders/request-loader';
import { OpportunityModel } from '../opportunities/dto/opportunity.model';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { EndPlacementArgs } from './dto/placement.args';
import { PlacementModel } from './dto/placement.model';
import { PlacementsService } from './placements.service';

@Resolver(() => PlacementModel)
export class PlacementsResolver {
  constructor(
    private readonly placements: PlacementsService,
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
    return this.placements.end(actor, placementId, completed, reason);
  }

  @ResolveField(() => Boolean, { description: 'Accepted, but the work begins on a later day (startsOn).' })
  upcoming(@Parent() placement: PlacementModel): boolean {
    return placement.startsOn > todayUtc();
  }

  @ResolveField(() => PersonModel)
  async candidate(
    @Parent() placement: PlacementModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders
        .personById(requestContext, this.people, placement.organizationId)
        .load(placement.candidateId),
      placement.candidateId,
    );
  }

  @ResolveField(() => OpportunityModel)
  async opportunity(
    @Parent() placement: PlacementModel,
    @Context() requestContext: object,
  ): Promise<OpportunityModel> {
    return loadRequired(
      loaders.opportunityById(requestContext, this.opportunities, placement.organizationId),
      placement.opportunityId,
      'Opportunity',
    );
  }
}

/** An opportunity's placements, for its sponsor and HR. */
@Resolver(() => OpportunityModel)
export class OpportunityPlacementsResolver {
  constructor(
    private readonly placements: PlacementsService,
    private readonly opportunities: OpportunitiesService,
  ) {}

  @ResolveField('placements', () => [PlacementModel], {
    description: 'Placements on this opportunity: for its sponsor and HR; empty for anyone else.',
  })
  async placementsOf(
    @Parent() opportunity: OpportunityModel,
    @CurrentActor() actor: Actor,
    @Context() requestContext: object,
  ): Promise<PlacementModel[]> {
    if (!this.opportunities.mayManage(actor, opportunity)) return [];
    return loaders
      .placementsByOpportunity(requestContext, this.placements, actor.organizationId)
      .load(opportunity.id);
  }
}
