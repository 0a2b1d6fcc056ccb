import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApplicationOrigin } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { ApplicationModel } from '../applications/dto/application.model';
import { ApplicationRecords } from '../applications/application-records.service';
import { loaders } from '../loaders/loaders';
import { FitModel, FitReasonModel } from '../matching/dto/fit.model';
import { loadRequired } from '../loaders/request-loader';
import { OpportunityModel } from '../opportunities/dto/opportunity.model';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { AcceptMatchProposalsArgs, MatchingRoundIdArgs, MyMatchProposalsArgs } from './dto/matching-round.args';
import { MatchProposalAcceptanceModel, MatchProposalModel } from './dto/matching-round.model';
import { MatchProposalsService } from './match-proposals.service';
import { proposalModel } from './matching-round.mapping';

@Resolver(() => MatchProposalModel)
@SignedIn()
export class MatchProposalsResolver {
  constructor(
    private readonly proposals: MatchProposalsService,
    private readonly people: PeopleService,
    private readonly opportunities: OpportunitiesService,
    private readonly applicationRecords: ApplicationRecords,
  ) {}

  @Query(() => [MatchProposalModel], {
    description:
      'The open proposals of matching rounds for the opportunities the signed-in person sponsors, best first (HR reads every proposal through matchingRound).',
  })
  async myMatchProposals(
    @CurrentActor() actor: Actor,
    @Args() { opportunityId }: MyMatchProposalsArgs,
  ): Promise<MatchProposalModel[]> {
    return (await this.proposals.forSponsor(actor, opportunityId ?? null)).map(proposalModel);
  }

  @Mutation(() => MatchProposalModel, {
    description:
      "HR or the opportunity's sponsor accepts a proposal: the rule core is asked again with today's facts (CONFLICT with its reason, nothing changed), then the candidate gets an offer once their manager consents (at once without a manager).",
  })
  async acceptMatchProposal(
    @CurrentActor() actor: Actor,
    @Args() { id }: MatchingRoundIdArgs,
  ): Promise<MatchProposalModel> {
    return proposalModel(await this.proposals.accept(actor, id));
  }

  @Mutation(() => [MatchProposalAcceptanceModel], {
    description:
      'Accepts each proposal on its own: each answer says accepted, or why not (that one unchanged).',
  })
  async acceptMatchProposals(
    @CurrentActor() actor: Actor,
    @Args() { ids }: AcceptMatchProposalsArgs,
  ): Promise<MatchProposalAcceptanceModel[]> {
    return (await this.proposals.acceptMany(actor, ids)).map((result) => ({
      ...result,
      proposal: result.proposal ? proposalModel(result.proposal) : null,
    }));
  }

  @ResolveField(() => PersonModel)
  async candidate(
    @Parent() proposal: MatchProposalModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders
        .personById(requestContext, this.people, proposal.organizationId)
        .load(proposal.candidateId),
      proposal.candidateId,
    );
  }

  @ResolveField(() => OpportunityModel)
  opportunity(
    @Parent() proposal: MatchProposalModel,
    @Context() requestContext: object,
  ): Promise<OpportunityModel> {
    return loadRequired(
      loaders.opportunityById(requestContext, this.opportunities, proposal.organizationId),
      proposal.opportunityId,
      'Opportunity',
    );
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async acceptedBy(
    @Parent() proposal: MatchProposalModel,
    @Context() requestContext: object,
  ): Promise<PersonModel | null> {
    if (!proposal.acceptedById) return null;
    const person = await loaders
      .personById(requestContext, this.people, proposal.organizationId)
      .load(proposal.acceptedById);
    return person ? PersonModel.fromEntity(person) : null;
  }

  @ResolveField(() => ApplicationModel, {
    nullable: true,
    description: 'The offer the accepted proposal became.',
  })
  application(
    @Parent() proposal: MatchProposalModel,
    @Context() requestContext: object,
  ): Promise<ApplicationModel | null> {
    if (!proposal.applicationId) return Promise.resolve(null);
    return loaders
      .applicationById(requestContext, this.applicationRecords, proposal.organizationId)
      .load(proposal.applicationId);
  }
}

/** Why an offer made from a matching round was proposed: what its candidate and sponsor read with it. */
@Resolver(() => ApplicationModel)
export class ApplicationRecommendationResolver {
  constructor(private readonly proposals: MatchProposalsService) {}

  @ResolveField(() => FitModel, {
    nullable: true,
    description:
      'For an offer from a matching round (origin MATCH_PROPOSAL): the fit it was proposed on, with each factor and what would raise it.',
  })
  async recommendation(
    @Parent() application: ApplicationModel,
    @Context() requestContext: object,
  ): Promise<FitModel | null> {
    if (application.origin !== ApplicationOrigin.MATCH_PROPOSAL) return null;
    const proposal = await loaders
      .matchProposalByApplicationId(requestContext, this.proposals, application.organizationId)
      .load(application.id);
    if (!proposal) return null;
    return {
      score: proposal.score,
      reasons: proposal.reasons.map(FitReasonModel.of),
      suggestions: proposal.suggestions,
    };
  }
}
