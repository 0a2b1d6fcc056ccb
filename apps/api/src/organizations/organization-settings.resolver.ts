import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import { RequirePermission, CurrentActor } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { ConsentDeadlineArgs } from './dto/consent-deadline.args';
import { ObserverNamesArgs } from './dto/observer-names.args';
import { OrganizationModel } from './dto/organization.model';
import { OrganizationSettings } from './organization-settings.service';

@Resolver()
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
}
