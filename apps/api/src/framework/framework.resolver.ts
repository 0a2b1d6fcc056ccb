import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import { AddIndicatorArgs, UpdateCapabilityArgs } from './dto/framework.args';
import { CapabilityModel, IndicatorModel, LeadershipFrameworkModel } from './dto/framework.model';
import { FrameworkService, OrganizationFramework } from './framework.service';

function toModel(framework: OrganizationFramework): LeadershipFrameworkModel {
  return {
    transitions: framework.transitions.map((transition) => ({
      key: transition.key,
      name: transition.name,
      from: transition.fromLevel,
      to: transition.toLevel,
      description: transition.description,
      capabilityKeys: transition.capabilityKeys,
    })),
    capabilities: framework.capabilities,
    scale: framework.scale,
  };
}

@Resolver()
export class FrameworkResolver {
  constructor(private readonly framework: FrameworkService) {}

  @SignedIn()
  @Query(() => LeadershipFrameworkModel, {
    description: "The organization's leadership framework: transitions, capabilities, indicators, scale.",
  })
  async leadershipFramework(@CurrentActor() actor: Actor): Promise<LeadershipFrameworkModel> {
    return toModel(await this.framework.forOrganization(actor.organizationId));
  }

  @RequirePermission(Permission.EditFramework)
  @Mutation(() => CapabilityModel, {
    description: "Renames or re-describes a capability in the organization's framework.",
  })
  updateCapability(
    @CurrentActor() actor: Actor,
    @Args() { input }: UpdateCapabilityArgs,
  ): Promise<CapabilityModel> {
    return this.framework.updateCapability(actor, input);
  }

  @RequirePermission(Permission.EditFramework)
  @Mutation(() => IndicatorModel, {
    description: 'Adds a positive indicator or a warning sign to a capability.',
  })
  addIndicator(@CurrentActor() actor: Actor, @Args() { input }: AddIndicatorArgs): Promise<IndicatorModel> {
    return this.framework.addIndicator(actor, input);
  }
}
