import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can, Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import {
  DecidePromotionReviewArgs,
  OpenPromotionReviewArgs,
  PromotionReviewArgs,
  PromotionReviewsArgs,
} from './dto/promotion-review.args';
import { PromotionReviewConnection, PromotionReviewModel } from './dto/promotion-review.model';
import { PromotionReviewEntity } from './promotion-review.entity';
import { PromotionReviewsService } from './promotion-reviews.service';

const DEFAULT_PAGE = 20;

/** The packet's address; the controller beside this resolver serves it to the same readers. */
const packetPath = (reviewId: string): string => `/promotion-reviews/${reviewId}/packet.pdf`;

/** HR reads a review whole; the candidate reads only its outcome (the snapshot holds HR-only evidence). */
function toModel(actor: Actor, review: PromotionReviewEntity): PromotionReviewModel {
  const whole = can(actor, Permission.ManagePromotionReviews);
  return {
    id: review.id,
    organizationId: review.organizationId,
    candidateId: review.candidateId,
    transition: review.transition,
    transitionName: review.snapshot.transitionName,
    status: review.status,
    openedAt: review.openedAt,
    openedById: review.openedById,
    decision: review.decision,
    decidedAt: review.decidedAt,
    decidedById: review.decidedById,
    developmentPlan: review.developmentPlan,
    rationale: whole ? review.rationale : null,
    snapshot: whole
      ? {
          ...review.snapshot,
          readiness: {
            ...review.snapshot.readiness,
            candidateId: review.candidateId,
            transition: review.transition,
          },
        }
      : null,
    packetUrl: whole ? packetPath(review.id) : null,
  };
}

@Resolver(() => PromotionReviewModel)
export class PromotionReviewsResolver {
  constructor(
    private readonly reviews: PromotionReviewsService,
    private readonly people: PeopleService,
  ) {}

  @RequirePermission(Permission.ManagePromotionReviews)
  @Mutation(() => PromotionReviewModel, {
    description:
      "HR opens a promotion review: the candidate's evidence and readiness for the transition are frozen into its snapshot.",
  })
  async openPromotionReview(
    @CurrentActor() actor: Actor,
    @Args() { candidateId, transition }: OpenPromotionReviewArgs,
  ): Promise<PromotionReviewModel> {
    return toModel(actor, await this.reviews.open(actor, candidateId, transition));
  }

  @RequirePermission(Permission.ManagePromotionReviews)
  @Mutation(() => PromotionReviewModel, {
    description: 'HR decides an open review, once; the candidate is told the outcome.',
  })
  async decidePromotionReview(
    @CurrentActor() actor: Actor,
    @Args() { id, decision, rationale, developmentPlan }: DecidePromotionReviewArgs,
  ): Promise<PromotionReviewModel> {
    return toModel(
      actor,
      await this.reviews.decideReview(actor, id, { decision, rationale, developmentPlan }),
    );
  }

  @SignedIn()
  @Query(() => PromotionReviewModel, {
    description: 'A promotion review: whole for HR, its outcome for the candidate once decided.',
  })
  async promotionReview(
    @CurrentActor() actor: Actor,
    @Args() { id }: PromotionReviewArgs,
  ): Promise<PromotionReviewModel> {
    return toModel(actor, await this.reviews.get(actor, id));
  }

  @SignedIn()
  @Query(() => PromotionReviewConnection, {
    description: "HR's promotion reviews, or a candidate's own decided ones; newest first.",
  })
  async promotionReviews(
    @CurrentActor() actor: Actor,
    @Args() { filter, first, after }: PromotionReviewsArgs,
  ): Promise<PromotionReviewConnection> {
    const page = await this.reviews.list(actor, filter ?? {}, first ?? DEFAULT_PAGE, after);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toModel(actor, edge.node) })) };
  }

  @ResolveField(() => PersonModel)
  async candidate(
    @Parent() review: PromotionReviewModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders.personById(requestContext, this.people, review.organizationId).load(review.candidateId),
      review.candidateId,
    );
  }
}
