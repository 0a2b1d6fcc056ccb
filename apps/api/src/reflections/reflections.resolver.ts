import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { PlacementModel } from '../placements/dto/placement.model';
import { PlacementsService } from '../placements/placements.service';
import { AddReflectionArgs, ReflectionsArgs, ShareReflectionArgs } from './dto/reflection.args';
import { ReflectionModel } from './dto/reflection.model';
import { ReflectionsService } from './reflections.service';

@Resolver(() => ReflectionModel)
export class ReflectionsResolver {
  constructor(
    private readonly reflections: ReflectionsService,
    private readonly people: PeopleService,
    private readonly placements: PlacementsService,
  ) {}

  @SignedIn()
  @Mutation(() => ReflectionModel, {
    description:
      'A candidate writes a reflection on their own leadership; private to them unless shared with HR.',
  })
  async addReflection(
    @CurrentActor() actor: Actor,
    @Args() { input }: AddReflectionArgs,
  ): Promise<ReflectionModel> {
    return ReflectionModel.fromEntity(await this.reflections.add(actor, input));
  }

  @SignedIn()
  @Mutation(() => ReflectionModel, {
    description: 'Its author shares a reflection with HR, or makes it private again.',
  })
  async shareReflection(
    @CurrentActor() actor: Actor,
    @Args() { reflectionId, shared }: ShareReflectionArgs,
  ): Promise<ReflectionModel> {
    return ReflectionModel.fromEntity(await this.reflections.share(actor, reflectionId, shared));
  }

  @SignedIn()
  @Query(() => [ReflectionModel], {
    name: 'reflections',
    description:
      "A candidate's reflections, newest first: the candidate reads all of theirs, HR those shared with HR; anyone else is refused.",
  })
  async reflectionsOf(
    @CurrentActor() actor: Actor,
    @Args() { candidateId }: ReflectionsArgs,
  ): Promise<ReflectionModel[]> {
    return (await this.reflections.ofCandidate(actor, candidateId)).map((reflection) =>
      ReflectionModel.fromEntity(reflection),
    );
  }

  @ResolveField(() => PersonModel)
  async author(
    @Parent() reflection: ReflectionModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    const { organizationId, authorId } = reflection;
    return PersonModel.required(
      await loaders.personById(requestContext, this.people, organizationId).load(authorId),
      authorId,
    );
  }

  @ResolveField(() => PlacementModel, { nullable: true, description: 'The placement it is about.' })
  async placement(
    @Parent() reflection: ReflectionModel,
    @Context() requestContext: object,
  ): Promise<PlacementModel | null> {
    if (!reflection.placementId) return null;
    return loaders
      .placementById(requestContext, this.placements, reflection.organizationId)
      .load(reflection.placementId);
  }
}
