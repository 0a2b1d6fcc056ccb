import {
  Args,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import {
  MatchingRoundIdArgs,
  MatchingRoundsArgs,
  MatchProposalsArgs,
  RunMatchingRoundArgs,
} from './dto/matching-round.args';
import {
  MatchingRoundConnection,
  MatchingRoundModel,
  MatchingRoundProgressModel,
  MatchProposalModel,
} from './dto/matching-round.model';
import { MatchProposalsService } from './match-proposals.service';
import { proposalModel, roundModel } from './matching-round.mapping';
import { MatchingRoundsService } from './matching-rounds.service';

const DEFAULT_PAGE = 20;

@Resolver(() => MatchingRoundModel)
@RequirePermission(Permission.RunMatchingRounds)
export class MatchingRoundsResolver {
  constructor(
    private readonly rounds: MatchingRoundsService,
    private readonly proposalReader: MatchProposalsService,
    private readonly people: PeopleService,
  ) {}

  @Mutation(() => MatchingRoundModel, {
    description:
      'HR starts a matching round over the chosen open opportunities and candidates (all by default); it runs in the background: follow matchingRoundProgress. One round at a time per organization (CONFLICT ROUND_RUNNING).',
  })
  async runMatchingRound(
    @CurrentActor() actor: Actor,
    @Args() { input }: RunMatchingRoundArgs,
  ): Promise<MatchingRoundModel> {
    return roundModel(
      await this.rounds.start(actor, {
        opportunityIds: input.opportunityIds,
        candidateIds: input.candidateIds,
        weights: input.weights ?? null,
        topK: input.topK,
      }),
    );
  }

  @Query(() => MatchingRoundModel)
  async matchingRound(
    @CurrentActor() actor: Actor,
    @Args() { id }: MatchingRoundIdArgs,
  ): Promise<MatchingRoundModel> {
    return roundModel(await this.rounds.get(actor.organizationId, id));
  }

  @Query(() => MatchingRoundConnection, { description: "The organization's matching rounds, newest first." })
  async matchingRounds(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: MatchingRoundsArgs,
  ): Promise<MatchingRoundConnection> {
    const page = await this.rounds.list(actor.organizationId, first ?? DEFAULT_PAGE, after);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: roundModel(edge.node) })) };
  }

  @Mutation(() => MatchingRoundModel, {
    description:
      'Stops a queued or running round; it proposes nothing. CONFLICT ROUND_FINISHED once it has finished.',
  })
  async cancelMatchingRound(
    @CurrentActor() actor: Actor,
    @Args() { id }: MatchingRoundIdArgs,
  ): Promise<MatchingRoundModel> {
    return roundModel(await this.rounds.cancel(actor, id));
  }

  @Subscription(() => MatchingRoundProgressModel, {
    name: 'matchingRoundProgress',
    description:
      "The round's status and progress now, then at every change until it finishes (over graphql-ws).",
  })
  matchingRoundProgress(
    @CurrentActor() actor: Actor,
    @Args() { id }: MatchingRoundIdArgs,
  ): Promise<AsyncIterableIterator<unknown>> {
    return this.rounds.liveProgress(actor.organizationId, id, 'matchingRoundProgress');
  }

  @ResolveField(() => [MatchProposalModel], { description: 'Best fit first.' })
  async proposals(
    @CurrentActor() actor: Actor,
    @Parent() round: MatchingRoundModel,
    @Args() { filter }: MatchProposalsArgs,
  ): Promise<MatchProposalModel[]> {
    return (await this.proposalReader.ofRound(actor, round.id, filter ?? {})).map(proposalModel);
  }

  @ResolveField(() => PersonModel)
  async startedBy(
    @Parent() round: MatchingRoundModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders.personById(requestContext, this.people, round.organizationId).load(round.startedById),
      round.startedById,
    );
  }
}
