import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { PlacementModel } from '../placements/dto/placement.model';
import { PlacementsService } from '../placements/placements.service';
import {
  AmendObservationArgs,
  CandidateArgs,
  DeclineObservationRequestArgs,
  ObservationsArgs,
  RecordObservationArgs,
  RequestObservationArgs,
} from './dto/observation.args';
import { ObservationConnection, ObservationModel, ObservationRequestModel } from './dto/observation.model';
import { ObservationRequestsService } from './observation-requests.service';
import { ObservationsService } from './observations.service';

const DEFAULT_PAGE = 20;

/** A person a foreign key guarantees, through the request's loader: one query per page, not per row. */
async function personOf(
  requestContext: object,
  people: PeopleService,
  organizationId: string,
  id: string,
): Promise<PersonModel> {
  return PersonModel.required(await loaders.personById(requestContext, people, organizationId).load(id), id);
}

@Resolver(() => ObservationModel)
export class ObservationsResolver {
  constructor(
    private readonly observations: ObservationsService,
    private readonly people: PeopleService,
    private readonly placements: PlacementsService,
  ) {}

  @SignedIn()
  @Mutation(() => ObservationModel, {
    description:
      'Records what you saw a candidate do: their manager, the sponsor of one of their placements, a mentee they mentor, HR, or someone asked for an observation.',
  })
  async recordObservation(
    @CurrentActor() actor: Actor,
    @Args() { input }: RecordObservationArgs,
  ): Promise<ObservationModel> {
    const recorded = await this.observations.record(actor, input);
    return ObservationModel.fromEntity(recorded, ObservationsService.correctableUntil(recorded));
  }

  @SignedIn()
  @Mutation(() => ObservationModel, {
    description: 'Its observer corrects an observation within 24 hours of recording it.',
  })
  async amendObservation(
    @CurrentActor() actor: Actor,
    @Args() { observationId, input }: AmendObservationArgs,
  ): Promise<ObservationModel> {
    const amended = await this.observations.amend(actor, observationId, input);
    return ObservationModel.fromEntity(amended, ObservationsService.correctableUntil(amended));
  }

  @SignedIn()
  @Query(() => ObservationConnection, {
    name: 'observations',
    description:
      "A candidate's observations you may read, newest first: HR and the observer read all they may; the candidate and their manager read the shared ones.",
  })
  async observationsOf(
    @CurrentActor() actor: Actor,
    @Args() { candidateId, first, after }: ObservationsArgs,
  ): Promise<ObservationConnection> {
    const page = await this.observations.ofCandidate(actor, candidateId, first ?? DEFAULT_PAGE, after);
    const observerShown = await this.observations.observerShownTo(actor, candidateId);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: ObservationModel.fromEntity(node, ObservationsService.correctableUntil(node), observerShown),
      })),
    };
  }

  @SignedIn()
  @Query(() => [PlacementModel], {
    description:
      "The candidate's placements you may tie an observation to: all of them for HR, their manager and whoever was asked; a sponsor's own; a mentee's mentorship. Newest first.",
  })
  placementsToObserve(
    @CurrentActor() actor: Actor,
    @Args() { candidateId }: CandidateArgs,
  ): Promise<PlacementModel[]> {
    return this.observations.placementsToObserve(actor, candidateId);
  }

  @ResolveField(() => PersonModel)
  candidate(
    @Parent() observation: ObservationModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return personOf(requestContext, this.people, observation.organizationId, observation.candidateId);
  }

  @ResolveField(() => PersonModel, {
    nullable: true,
    description: 'Who recorded it; null for the candidate when their organization hides observer names.',
  })
  async observer(
    @Parent() observation: ObservationModel,
    @Context() requestContext: object,
  ): Promise<PersonModel | null> {
    if (!observation.observerShown) return null;
    return personOf(requestContext, this.people, observation.organizationId, observation.observerId);
  }

  @ResolveField(() => PlacementModel, { nullable: true, description: 'The placement it happened in.' })
  async placement(
    @Parent() observation: ObservationModel,
    @Context() requestContext: object,
  ): Promise<PlacementModel | null> {
    if (!observation.placementId) return null;
    return loaders
      .placementById(requestContext, this.placements, observation.organizationId)
      .load(observation.placementId);
  }
}

@Resolver(() => ObservationRequestModel)
export class ObservationRequestsResolver {
  constructor(
    private readonly requests: ObservationRequestsService,
    private readonly people: PeopleService,
  ) {}

  @SignedIn()
  @Mutation(() => ObservationRequestModel, {
    description: 'The candidate (for themselves) or HR asks a named colleague for an observation.',
  })
  async requestObservation(
    @CurrentActor() actor: Actor,
    @Args() args: RequestObservationArgs,
  ): Promise<ObservationRequestModel> {
    return ObservationRequestModel.fromEntity(await this.requests.request(actor, args));
  }

  @SignedIn()
  @Mutation(() => ObservationRequestModel, {
    description: 'The colleague asked declines to give an observation; whoever asked is told.',
  })
  async declineObservationRequest(
    @CurrentActor() actor: Actor,
    @Args() { requestId, reason }: DeclineObservationRequestArgs,
  ): Promise<ObservationRequestModel> {
    return ObservationRequestModel.fromEntity(await this.requests.decline(actor, requestId, reason));
  }

  @SignedIn()
  @Query(() => [ObservationRequestModel], {
    description: 'Requests waiting for your observation, oldest first.',
  })
  async observationRequestsForMe(@CurrentActor() actor: Actor): Promise<ObservationRequestModel[]> {
    return (await this.requests.waitingFor(actor)).map((request) =>
      ObservationRequestModel.fromEntity(request),
    );
  }

  @SignedIn()
  @Query(() => [ObservationRequestModel], { description: 'Requests for evidence you made, newest first.' })
  async myObservationRequests(@CurrentActor() actor: Actor): Promise<ObservationRequestModel[]> {
    return (await this.requests.madeBy(actor)).map((request) => ObservationRequestModel.fromEntity(request));
  }

  @ResolveField(() => PersonModel)
  candidate(
    @Parent() request: ObservationRequestModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return personOf(requestContext, this.people, request.organizationId, request.candidateId);
  }

  @ResolveField(() => PersonModel, { description: 'The colleague asked.' })
  observer(
    @Parent() request: ObservationRequestModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return personOf(requestContext, this.people, request.organizationId, request.observerId);
  }

  @ResolveField(() => PersonModel)
  requestedBy(
    @Parent() request: ObservationRequestModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return personOf(requestContext, this.people, request.organizationId, request.requestedById);
  }
}
