import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { FitWeights } from '@bridge/matching';
import { RequirePermission, CurrentActor } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { ConsentDeadlineArgs } from './dto/consent-deadline.args';
import { ObserverNamesArgs } from './dto/observer-names.args';
import { FitWeightsModel, MatchingWeightsArgs } from './dto/matching-weights.model';
import { OrganizationModel } from './dto/organization.model';
import type { OrganizationEntity } from './organization.entity';
import { matchingWeightsOrDefaults, OrganizationSettings } from './organization-settings.service';

@Resolver(() => OrganizationModel)
export class OrganizationSettingsResolver {
  constructor(private readonly settings: OrganizationSettings) {}

  @RequirePermission(Permission.ConfigureOrganization)
  @Mutation(() => OrganizationModel, {
    description: 'Sets how many working days managers have to answer consent requests (admins).',
  })
  setConsentDeadline(
    @CurrentActor() actor: Actor,
    @Args() { workingDays }: ConsentDeadlineArgs,
  ): Promise<OrganizationModel> {
    return this.settings.setConsentWorkingDays(actor, workingDays);
  }

  @RequirePermission(Permission.ConfigureOrganization)
  @Mutation(() => OrganizationModel, {
    description:
      'Hides (or shows again) observer names from the candidates they observed (admins); the observer, the manager and HR always see them.',
  })
  setObserverNamesHidden(
    @CurrentActor() actor: Actor,
    @Args() { hidden }: ObserverNamesArgs,
  ): Promise<OrganizationModel> {
    return this.settings.setHideObserverNamesFromCandidates(actor, hidden);
  }

  @RequirePermission(Permission.SetMatchingWeights)
  @Mutation(() => OrganizationModel, {
    description:
      "Sets how much each factor counts in a candidate's fit for an opportunity (admins and HR): each from 0 to 100, at least one above 0.",
  })
  setMatchingWeights(
    @CurrentActor() actor: Actor,
    @Args() { weights }: MatchingWeightsArgs,
  ): Promise<OrganizationModel> {
    return this.settings.setMatchingWeights(actor, weights);
  }

  /** Organizations reach GraphQL as the rows the settings and loaders read, stored weights included. */
  @ResolveField(() => FitWeightsModel, {
    description: "How much each factor counts in matching: the organization's choice, or the defaults.",
  })
  matchingWeights(@Parent() organization: Pick<OrganizationEntity, 'matchingWeights'>): FitWeights {
    return matchingWeightsOrDefaults(organization.matchingWeights);
  }
}
