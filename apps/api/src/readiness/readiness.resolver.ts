import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { ReadinessArgs } from './dto/readiness.args';
import { ObserverCalibrationModel, RaterCalibrationModel, ReadinessModel } from './dto/readiness.model';
import { ReadinessService } from './readiness.service';

@Resolver(() => ReadinessModel)
export class ReadinessResolver {
  constructor(private readonly readinessService: ReadinessService) {}

  @SignedIn()
  @Query(() => ReadinessModel, {
    name: 'readiness',
    description:
      "A candidate's readiness for a transition, explained: per capability the evidence, its flags, and the band with its rule. For HR, the candidate's manager and the candidate (each from the evidence they may read).",
  })
  readinessOf(
    @CurrentActor() actor: Actor,
    @Args() { candidateId, transition }: ReadinessArgs,
  ): Promise<ReadinessModel> {
    return this.readinessService.of(actor, candidateId, transition);
  }

  @RequirePermission(Permission.ManagePromotionReviews)
  @Query(() => RaterCalibrationModel, {
    description:
      "Each observer's rating level, spread and leniency against the organization's, and what raters explain.",
  })
  async raterCalibration(@CurrentActor() actor: Actor): Promise<RaterCalibrationModel> {
    const calibration = await this.readinessService.calibrationFor(actor);
    return {
      ...calibration,
      observers: calibration.observers.map((observer) => ({
        ...observer,
        organizationId: actor.organizationId,
      })),
    };
  }
}

@Resolver(() => ObserverCalibrationModel)
export class ObserverCalibrationResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel)
  async observer(
    @Parent() calibration: ObserverCalibrationModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders
        .personById(requestContext, this.people, calibration.organizationId)
        .load(calibration.observerId),
      calibration.observerId,
    );
  }
}
