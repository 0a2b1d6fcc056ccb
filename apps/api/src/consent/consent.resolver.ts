import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { ApplicationModel } from '../applications/dto/application.model';
import { ApplicationRecords } from '../applications/application-records.service';
import { loaders } from '../loaders/loaders';
import { loadRequired } from '../loaders/request-loader';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { ConsentRequests } from './consent-requests.service';
import { DecideConsentArgs, ConsentRequestsArgs } from './dto/consent.args';
import { ConsentRequestModel } from './dto/consent-request.model';

@Resolver(() => ConsentRequestModel)
export class ConsentResolver {
  constructor(
    private readonly consent: ConsentRequests,
    private readonly applicationRecords: ApplicationRecords,
    private readonly people: PeopleService,
  ) {}

  @SignedIn()
  @Query(() => [ConsentRequestModel], {
    description: 'Consent requests addressed to the signed-in person: pending first, soonest due.',
  })
  consentRequests(
    @CurrentActor() actor: Actor,
    @Args() { pendingOnly }: ConsentRequestsArgs,
  ): Promise<ConsentRequestModel[]> {
    return this.consent.addressedTo(actor, pendingOnly);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel, {
    description: 'The manager the consent request is addressed to approves or declines (with a reason).',
  })
  decideConsent(
    @CurrentActor() actor: Actor,
    @Args() { applicationId, approve, reason }: DecideConsentArgs,
  ): Promise<ApplicationModel> {
    return this.consent.decide(actor, applicationId, approve, reason);
  }

  @ResolveField(() => ApplicationModel)
  async application(
    @Parent() request: ConsentRequestModel,
    @Context() requestContext: object,
  ): Promise<ApplicationModel> {
    return loadRequired(
      loaders.applicationById(requestContext, this.applicationRecords, request.organizationId),
      request.applicationId,
      'Application',
    );
  }

  @ResolveField(() => PersonModel)
  async approver(
    @Parent() request: ConsentRequestModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders.personById(requestContext, this.people, request.organizationId).load(request.approverId),
      request.approverId,
    );
  }
}
