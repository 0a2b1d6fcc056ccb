import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/access.decorators';
import { ApplicationModel } from '../applications/dto/application.model';
import { loaders } from '../loaders/loaders';
import { loadRequired } from '../loaders/request-loader';
import { OpportunityModel } from '../opportunities/dto/opportunity.model';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { EligibilityModel } from './dto/eligibility.model';
import { EligibilityService } from './eligibility.service';

/** What the rule core says, where people need to see it before they act. */
@Resolver(() => OpportunityModel)
export class OpportunityEligibilityResolver {
  constructor(private readonly eligibility: EligibilityService) {}

  @ResolveField(() => EligibilityModel, {
    nullable: true,
    description:
      'Whether the signed-in candidate may apply, and what would stop accepting an offer (warnings); null for people who cannot apply.',
  })
  async myEligibility(
    @Parent() opportunity: OpportunityModel,
    @CurrentActor() actor: Actor,
    @Context() requestContext: object,
  ): Promise<EligibilityModel | null> {
    if (!can(actor, Permission.ApplyToOpportunities)) return null;
    const result = await loaders
      .eligibility(requestContext, this.eligibility, actor.organizationId, 'APPLY')
      .load({ candidateId: actor.personId, opportunity });
    return EligibilityModel.of(result, true);
  }
}

@Resolver(() => ApplicationModel)
export class ApplicationEligibilityResolver {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly opportunities: OpportunitiesService,
  ) {}

  @ResolveField(() => EligibilityModel, {
    description:
      'Whether the candidate could accept a placement now: the sponsor sees it before offering, the candidate before accepting.',
  })
  async acceptEligibility(
    @Parent() application: ApplicationModel,
    @CurrentActor() actor: Actor,
    @Context() requestContext: object,
  ): Promise<EligibilityModel> {
    const opportunity = await loadRequired(
      loaders.opportunityById(requestContext, this.opportunities, application.organizationId),
      application.opportunityId,
      'Opportunity',
    );
    const result = await loaders
      .eligibility(requestContext, this.eligibility, application.organizationId, 'ACCEPT')
      .load({ candidateId: application.candidateId, opportunity });
    return EligibilityModel.of(result, application.candidateId === actor.personId);
  }
}
