import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
import { OrgUnitModel } from '../org-units/dto/org-unit.model';
import { OrgUnitsService } from '../org-units/org-units.service';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import {
  CreateOpportunityArgs,
  OpportunitiesArgs,
  OpportunityIdArgs,
  RequestMentorArgs,
  UpdateOpportunityArgs,
} from './dto/opportunity.args';
import { OpportunityConnectionModel, OpportunityModel } from './dto/opportunity.model';
import { MentorRequests } from './mentor-requests.service';
import { OpportunitiesService } from './opportunities.service';
import { OpportunitySearch } from './opportunity-search.service';

@Resolver(() => OpportunityModel)
export class OpportunitiesResolver {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly opportunitySearch: OpportunitySearch,
    private readonly mentorRequests: MentorRequests,
    private readonly people: PeopleService,
    private readonly units: OrgUnitsService,
  ) {}

  @SignedIn()
  @Query(() => OpportunityModel)
  opportunity(@CurrentActor() actor: Actor, @Args() { id }: OpportunityIdArgs): Promise<OpportunityModel> {
    return this.opportunities.visible(actor, id);
  }

  @SignedIn()
  @Query(() => OpportunityConnectionModel, {
    name: 'opportunities',
    description: 'Opportunities, newest first; open ones unless the filter says otherwise.',
  })
  searchOpportunities(
    @CurrentActor() actor: Actor,
    @Args() { filter, first, after }: OpportunitiesArgs,
  ): Promise<OpportunityConnectionModel> {
    return this.opportunitySearch.search(actor, filter, first, after);
  }

  @RequirePermission(Permission.PostOpportunities)
  @Mutation(() => OpportunityModel, {
    description: 'Saves a new opportunity as a draft; publish it to open it.',
  })
  createOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { input }: CreateOpportunityArgs,
  ): Promise<OpportunityModel> {
    return this.opportunities.create(actor, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description: 'Edits a draft or open opportunity (its sponsor, or HR).',
  })
  updateOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { input }: UpdateOpportunityArgs,
  ): Promise<OpportunityModel> {
    return this.opportunities.update(actor, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, { description: 'DRAFT → OPEN (its sponsor, or HR).' })
  publishOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { id }: OpportunityIdArgs,
  ): Promise<OpportunityModel> {
    return this.opportunities.publish(actor, id);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description: 'Closes to applications; open applications are rejected, placements carry on.',
  })
  closeOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { id }: OpportunityIdArgs,
  ): Promise<OpportunityModel> {
    return this.opportunities.close(actor, id);
  }

  @SignedIn()
  @Mutation(() => ID, { description: 'Deletes a draft (its sponsor, or HR); returns its id.' })
  deleteOpportunity(@CurrentActor() actor: Actor, @Args() { id }: OpportunityIdArgs): Promise<string> {
    return this.opportunities.deleteDraft(actor, id);
  }

  @RequirePermission(Permission.RequestMentor)
  @Mutation(() => OpportunityModel, {
    description: 'A mentee asks for a mentor: an open MENTORSHIP opportunity candidates can apply to.',
  })
  requestMentor(
    @CurrentActor() actor: Actor,
    @Args() { input }: RequestMentorArgs,
  ): Promise<OpportunityModel> {
    return this.mentorRequests.requestMentor(actor, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel)
  saveOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { id }: OpportunityIdArgs,
  ): Promise<OpportunityModel> {
    return this.opportunities.setSaved(actor, id, true);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel)
  unsaveOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { id }: OpportunityIdArgs,
  ): Promise<OpportunityModel> {
    return this.opportunities.setSaved(actor, id, false);
  }

  @ResolveField(() => PersonModel)
  async sponsor(
    @Parent() opportunity: OpportunityModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders
        .personById(requestContext, this.people, opportunity.organizationId)
        .load(opportunity.sponsorId),
      opportunity.sponsorId,
    );
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'For a mentor request: the mentee.' })
  async mentee(
    @Parent() opportunity: OpportunityModel,
    @Context() requestContext: object,
  ): Promise<PersonModel | null> {
    if (!opportunity.menteeId) return null;
    const mentee = await loaders
      .personById(requestContext, this.people, opportunity.organizationId)
      .load(opportunity.menteeId);
    return mentee ? PersonModel.fromEntity(mentee) : null;
  }

  @ResolveField(() => OrgUnitModel, { nullable: true })
  async hostUnit(
    @Parent() opportunity: OpportunityModel,
    @Context() requestContext: object,
  ): Promise<OrgUnitModel | null> {
    if (!opportunity.hostUnitId) return null;
    const unit = await loaders
      .orgUnitById(requestContext, this.units, opportunity.organizationId)
      .load(opportunity.hostUnitId);
    return unit ? OrgUnitModel.fromEntity(unit) : null;
  }

  @ResolveField(() => Boolean, { description: 'Saved by the signed-in person.' })
  savedByMe(
    @Parent() opportunity: OpportunityModel,
    @CurrentActor() actor: Actor,
    @Context() requestContext: object,
  ): Promise<boolean> {
    return loaders
      .savedByPerson(requestContext, this.opportunities, actor.organizationId, actor.personId)
      .load(opportunity.id);
  }
}
