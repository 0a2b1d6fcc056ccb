import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../auth/auth.decorators';
import { byKeys, requestLoader } from '../common/request-loaders';
import { OrgUnitModel } from '../org-units/dto/org-unit.model';
import { OrgUnitsService } from '../org-units/org-units.service';
import { PersonModel } from '../people/dto/person.model';
import { personByIdLoader } from '../people/people-loaders';
import { PeopleService } from '../people/people.service';
import {
  CreateOpportunityArgs,
  OpportunitiesArgs,
  OpportunityConnectionModel,
  OpportunityIdArgs,
  OpportunityModel,
  RequestMentorArgs,
  UpdateOpportunityArgs,
} from './dto/opportunity.models';
import { OpportunitiesService } from './opportunities.service';

@Resolver(() => OpportunityModel)
export class OpportunitiesResolver {
  constructor(
    private readonly board: OpportunitiesService,
    private readonly people: PeopleService,
    private readonly units: OrgUnitsService,
  ) {}

  @SignedIn()
  @Query(() => OpportunityModel)
  opportunity(@CurrentActor() actor: Actor, @Args() { id }: OpportunityIdArgs): Promise<OpportunityModel> {
    return this.board.visible(actor, id);
  }

  @SignedIn()
  @Query(() => OpportunityConnectionModel, {
    description: 'Opportunities, newest first; open ones unless the filter says otherwise.',
  })
  opportunities(
    @CurrentActor() actor: Actor,
    @Args() { filter, first, after }: OpportunitiesArgs,
  ): Promise<OpportunityConnectionModel> {
    return this.board.search(actor, filter, first, after);
  }

  @RequirePermission(Permission.PostOpportunities)
  @Mutation(() => OpportunityModel, {
    description: 'Saves a new opportunity as a draft; publish it to open it.',
  })
  createOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { input }: CreateOpportunityArgs,
  ): Promise<OpportunityModel> {
    return this.board.create(actor, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description: 'Edits a draft or open opportunity (its sponsor, or HR).',
  })
  updateOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { input }: UpdateOpportunityArgs,
  ): Promise<OpportunityModel> {
    return this.board.update(actor, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, { description: 'DRAFT → OPEN (its sponsor, or HR).' })
  publishOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { id }: OpportunityIdArgs,
  ): Promise<OpportunityModel> {
    return this.board.publish(actor, id);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description: 'Closes to applications; open applications are rejected, placements carry on.',
  })
  closeOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { id }: OpportunityIdArgs,
  ): Promise<OpportunityModel> {
    return this.board.close(actor, id);
  }

  @RequirePermission(Permission.RequestMentor)
  @Mutation(() => OpportunityModel, {
    description: 'A mentee asks for a mentor: an open MENTORSHIP opportunity candidates can apply to.',
  })
  requestMentor(
    @CurrentActor() actor: Actor,
    @Args() { input }: RequestMentorArgs,
  ): Promise<OpportunityModel> {
    return this.board.requestMentor(actor, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel)
  saveOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { id }: OpportunityIdArgs,
  ): Promise<OpportunityModel> {
    return this.board.setSaved(actor, id, true);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel)
  unsaveOpportunity(
    @CurrentActor() actor: Actor,
    @Args() { id }: OpportunityIdArgs,
  ): Promise<OpportunityModel> {
    return this.board.setSaved(actor, id, false);
  }

  @ResolveField(() => PersonModel)
  async sponsor(
    @Parent() opportunity: OpportunityModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    const sponsor = await personByIdLoader(requestContext, this.people, opportunity.organizationId).load(
      opportunity.sponsorId,
    );
    if (!sponsor)
      throw new Error(`Sponsor ${opportunity.sponsorId} of opportunity ${opportunity.id} is missing`);
    return PersonModel.fromEntity(sponsor);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'For a mentor request: the mentee.' })
  async mentee(
    @Parent() opportunity: OpportunityModel,
    @Context() requestContext: object,
  ): Promise<PersonModel | null> {
    if (!opportunity.menteeId) return null;
    const mentee = await personByIdLoader(requestContext, this.people, opportunity.organizationId).load(
      opportunity.menteeId,
    );
    return mentee ? PersonModel.fromEntity(mentee) : null;
  }

  @ResolveField(() => OrgUnitModel, { nullable: true })
  async hostUnit(
    @Parent() opportunity: OpportunityModel,
    @Context() requestContext: object,
  ): Promise<OrgUnitModel | null> {
    if (!opportunity.hostUnitId) return null;
    const unit = await requestLoader(
      requestContext,
      `orgUnit.byId:${opportunity.organizationId}`,
      async (ids: readonly string[]) =>
        byKeys(ids, await this.units.byIds(opportunity.organizationId, ids), (row) => row.id),
    ).load(opportunity.hostUnitId);
    return unit ? OrgUnitModel.fromEntity(unit) : null;
  }

  @ResolveField(() => Int, { description: 'Live applications (not withdrawn, declined or rejected).' })
  applicantCount(
    @Parent() opportunity: OpportunityModel,
    @Context() requestContext: object,
  ): Promise<number> {
    return requestLoader(
      requestContext,
      `opportunity.applicantCount:${opportunity.organizationId}`,
      async (ids: readonly string[]) => {
        const counts = await this.board.applicantCounts(opportunity.organizationId, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      },
    ).load(opportunity.id);
  }

  @ResolveField(() => Boolean, { description: 'Saved by the signed-in person.' })
  savedByMe(
    @Parent() opportunity: OpportunityModel,
    @CurrentActor() actor: Actor,
    @Context() requestContext: object,
  ): Promise<boolean> {
    return requestLoader(
      requestContext,
      `opportunity.saved:${actor.organizationId}:${actor.personId}`,
      async (ids: readonly string[]) => {
        const saved = await this.board.savedAmong(actor.organizationId, actor.personId, ids);
        return ids.map((id) => saved.has(id));
      },
    ).load(opportunity.id);
  }
}
