import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { EligibilityModel } from '../eligibility/dto/eligibility.model';
import { loaders } from '../loaders/loaders';
import { loadRequired } from '../loaders/request-loader';
import { OpportunityModel } from '../opportunities/dto/opportunity.model';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { FitModel } from './dto/fit.model';
import {
  MatchPairArgs,
  RecommendedCandidatesArgs,
  RecommendedOpportunitiesArgs,
} from './dto/recommendation.args';
import {
  InvitationModel,
  MatchExplanationModel,
  RecommendedCandidateModel,
  RecommendedOpportunityModel,
} from './dto/recommendation.model';
import { Invitations } from './invitations.service';
import { RecommendationsService } from './recommendations.service';

@Resolver()
export class RecommendationsResolver {
  constructor(
    private readonly recommendations: RecommendationsService,
    private readonly invitations: Invitations,
  ) {}

  @SignedIn()
  @Query(() => [RecommendedOpportunityModel], {
    description:
      'The open opportunities that fit the candidate best, with the reasons: for the candidate themselves and HR. Empty until the candidate sets up a candidate profile; leaves out their live applications.',
  })
  async recommendedOpportunities(
    @CurrentActor() actor: Actor,
    @Args() { candidateId, first }: RecommendedOpportunitiesArgs,
  ): Promise<RecommendedOpportunityModel[]> {
    const fits = await this.recommendations.forCandidate(actor, candidateId, first);
    return fits.map((fit) => RecommendedOpportunityModel.of(actor.organizationId, fit));
  }

  @SignedIn()
  @Query(() => [RecommendedCandidateModel], {
    description:
      'The candidates who fit the opportunity best, with the reasons: for its sponsor (the mentee, for a mentor request) and HR. Leaves out applicants the sponsor already sees.',
  })
  async recommendedCandidates(
    @CurrentActor() actor: Actor,
    @Args() { opportunityId, first }: RecommendedCandidatesArgs,
  ): Promise<RecommendedCandidateModel[]> {
    const { fits, invitedAt } = await this.recommendations.forOpportunity(actor, opportunityId, first);
    return fits.map((fit) =>
      RecommendedCandidateModel.of(actor.organizationId, fit, invitedAt.get(fit.candidateId) ?? null),
    );
  }

  @SignedIn()
  @Query(() => MatchExplanationModel, {
    description:
      "Why a named colleague is or is not recommended for the opportunity: the marketplace rules' reasons and, when eligible, the fit. For its sponsor and HR.",
  })
  async matchExplanation(
    @CurrentActor() actor: Actor,
    @Args() { opportunityId, candidateId }: MatchPairArgs,
  ): Promise<MatchExplanationModel> {
    const explanation = await this.recommendations.explain(actor, opportunityId, candidateId);
    const { eligible, problems } = EligibilityModel.of(explanation.eligibility, false);
    return {
      organizationId: actor.organizationId,
      candidateId,
      eligible,
      problems,
      fit: explanation.fit ? FitModel.of(explanation.fit) : null,
      invitedAt: explanation.invitedAt,
    };
  }

  @SignedIn()
  @Mutation(() => InvitationModel, {
    description:
      'The sponsor (or HR) invites a candidate who may be proposed to apply; the candidate is notified and applies as usual. Once per candidate and opportunity (ALREADY_INVITED).',
  })
  async inviteToApply(
    @CurrentActor() actor: Actor,
    @Args() { opportunityId, candidateId }: MatchPairArgs,
  ): Promise<InvitationModel> {
    return this.invitations.invite(actor, opportunityId, candidateId);
  }
}

@Resolver(() => RecommendedOpportunityModel)
export class RecommendedOpportunityFieldsResolver {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @ResolveField(() => OpportunityModel)
  opportunity(
    @Parent() recommendation: RecommendedOpportunityModel,
    @Context() requestContext: object,
  ): Promise<OpportunityModel> {
    return loadRequired(
      loaders.opportunityById(requestContext, this.opportunities, recommendation.organizationId),
      recommendation.opportunityId,
      'Opportunity',
    );
  }
}

/** The person a recommendation, explanation or invitation names, through the request's loader. */
async function candidateOf(
  people: PeopleService,
  requestContext: object,
  parent: { organizationId: string; candidateId: string },
): Promise<PersonModel> {
  return PersonModel.required(
    await loaders.personById(requestContext, people, parent.organizationId).load(parent.candidateId),
    parent.candidateId,
  );
}

@Resolver(() => RecommendedCandidateModel)
export class RecommendedCandidateFieldsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel)
  candidate(
    @Parent() recommendation: RecommendedCandidateModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return candidateOf(this.people, requestContext, recommendation);
  }
}

@Resolver(() => MatchExplanationModel)
export class MatchExplanationFieldsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel)
  candidate(
    @Parent() explanation: MatchExplanationModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return candidateOf(this.people, requestContext, explanation);
  }
}

@Resolver(() => InvitationModel)
export class InvitationFieldsResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly opportunities: OpportunitiesService,
  ) {}

  @ResolveField(() => PersonModel)
  candidate(@Parent() invitation: InvitationModel, @Context() requestContext: object): Promise<PersonModel> {
    return candidateOf(this.people, requestContext, invitation);
  }

  @ResolveField(() => OpportunityModel)
  opportunity(
    @Parent() invitation: InvitationModel,
    @Context() requestContext: object,
  ): Promise<OpportunityModel> {
    return loadRequired(
      loaders.opportunityById(requestContext, this.opportunities, invitation.organizationId),
      invitation.opportunityId,
      'Opportunity',
    );
  }
}
