import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Fit } from '@bridge/matching';
import { EligibilityProblemModel } from '../../eligibility/dto/eligibility.model';
import { OpportunityModel } from '../../opportunities/dto/opportunity.model';
import { PersonModel } from '../../people/dto/person.model';
import { FitModel, FitReasonModel } from './fit.model';

/** What both kinds of recommendation share; the pair's ids resolve to the people and opportunities. */
@ObjectType({ isAbstract: true })
abstract class RecommendationModel {
  organizationId!: string;
  candidateId!: string;
  opportunityId!: string;

  @Field(() => Float, { description: 'The fit, 0 to 1: best first.' })
  score!: number;

  @Field(() => [FitReasonModel], { description: 'Each factor of the score, its weight and value.' })
  reasons!: FitReasonModel[];

  @Field(() => [String], { description: 'What would raise the fit.' })
  suggestions!: string[];
}

const recommendation = (organizationId: string, fit: Fit) => ({
  organizationId,
  candidateId: fit.candidateId,
  opportunityId: fit.opportunityId,
  ...FitModel.of(fit),
});

@ObjectType('RecommendedOpportunity', {
  description: 'An open opportunity the candidate may be proposed for, with why it fits them.',
})
export class RecommendedOpportunityModel extends RecommendationModel {
  @Field(() => OpportunityModel)
  opportunity?: OpportunityModel;

  static of(organizationId: string, fit: Fit): RecommendedOpportunityModel {
    return recommendation(organizationId, fit);
  }
}

@ObjectType('RecommendedCandidate', {
  description: 'A candidate who may be proposed for the opportunity, with why they fit it.',
})
export class RecommendedCandidateModel extends RecommendationModel {
  @Field(() => PersonModel)
  candidate?: PersonModel;

  @Field(() => Date, {
    nullable: true,
    description: 'When the candidate was invited to apply, if they were.',
  })
  invitedAt!: Date | null;

  static of(organizationId: string, fit: Fit, invitedAt: Date | null): RecommendedCandidateModel {
    return { ...recommendation(organizationId, fit), invitedAt };
  }
}

@ObjectType('MatchExplanation', {
  description:
    "Why a named candidate is (or is not) among an opportunity's recommendations: the rule core's reasons, and the fit when eligible.",
})
export class MatchExplanationModel {
  organizationId!: string;
  candidateId!: string;

  @Field(() => PersonModel)
  candidate?: PersonModel;

  @Field({ description: 'The candidate may be proposed for the opportunity now.' })
  eligible!: boolean;

  @Field(() => [EligibilityProblemModel], {
    description: 'Every reason, blocking ones first, in words about the candidate.',
  })
  problems!: EligibilityProblemModel[];

  @Field(() => FitModel, { nullable: true, description: 'How well they fit, when they are eligible.' })
  fit!: FitModel | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the candidate was invited to apply, if they were.',
  })
  invitedAt!: Date | null;
}

@ObjectType('Invitation', { description: 'A sponsor’s (or HR’s) invitation to a candidate to apply.' })
export class InvitationModel {
  organizationId!: string;
  candidateId!: string;
  opportunityId!: string;

  @Field(() => OpportunityModel)
  opportunity?: OpportunityModel;

  @Field(() => PersonModel)
  candidate?: PersonModel;

  @Field()
  invitedAt!: Date;
}
