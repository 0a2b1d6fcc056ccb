import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import {
  AddCapabilityArgs,
  AddIndicatorArgs,
  RetireIndicatorArgs,
  SetTransitionCapabilitiesArgs,
  UpdateCapabilityArgs,
  UpdateIndicatorArgs,
} from './dto/framework.args';
import {
  CapabilityModel,
  IndicatorModel,
  LeadershipFrameworkModel,
  TransitionModel,
} from './dto/framework.model';
import type { FrameworkTransitionEntity } from './framework.entities';
import { FrameworkEditor } from './framework-editor.service';
import { FrameworkService, OrganizationFramework } from './framework.service';

function toTransitionModel(transition: FrameworkTransitionEntity): TransitionModel {
  return {
    key: transition.key,
    name: transition.name,
    from: transition.fromLevel,
    to: transition.toLevel,
    description: transition.description,
    capabilityKeys: transition.capabilityKeys,
  };
}

function toModel(framework: OrganizationFramework): LeadershipFrameworkModel {
  return {
    transitions: framework.transitions.map(toTransitionModel),
    capabilities: framework.capabilities,
    scale: framework.scale,
  };
}

@Resolver()
export class FrameworkResolver {
  constructor(
    private readonly framework: FrameworkService,
    private readonly editor: FrameworkEditor,
  ) {}

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
    return this.editor.updateCapability(actor, input);
  }

  @RequirePermission(Permission.EditFramework)
  @Mutation(() => IndicatorModel, {
    description: 'Adds a positive indicator or a warning sign to a capability.',
  })
  addIndicator(@CurrentActor() actor: Actor, @Args() { input }: AddIndicatorArgs): Promise<IndicatorModel> {
    return this.editor.addIndicator(actor, input);
  }

  @RequirePermission(Permission.EditFramework)
  @Mutation(() => CapabilityModel, {
    description: 'Adds a capability at the end of the framework; no transition needs it until one is set to.',
  })
  addCapability(
    @CurrentActor() actor: Actor,
    @Args() { input }: AddCapabilityArgs,
  ): Promise<CapabilityModel> {
    return this.editor.addCapability(actor, input);
  }

  @RequirePermission(Permission.EditFramework)
  @Mutation(() => IndicatorModel, {
    description:
      'Rewords an indicator or changes its kind or warning pattern; observations already recorded keep their words.',
  })
  updateIndicator(
    @CurrentActor() actor: Actor,
    @Args() { input }: UpdateIndicatorArgs,
  ): Promise<IndicatorModel> {
    return this.editor.updateIndicator(actor, input);
  }

  @RequirePermission(Permission.EditFramework)
  @Mutation(() => CapabilityModel, {
    description:
      'Retires an indicator: observers no longer see it; observations recorded against it keep it. Returns its capability.',
  })
  retireIndicator(
    @CurrentActor() actor: Actor,
    @Args() { id }: RetireIndicatorArgs,
  ): Promise<CapabilityModel> {
    return this.editor.retireIndicator(actor, id);
  }

  @RequirePermission(Permission.EditFramework)
  @Mutation(() => TransitionModel, {
    description: 'Sets which capabilities a transition needs, in order (at least one).',
  })
  async setTransitionCapabilities(
    @CurrentActor() actor: Actor,
    @Args() { transition, capabilityKeys }: SetTransitionCapabilitiesArgs,
  ): Promise<TransitionModel> {
    return toTransitionModel(await this.editor.setTransitionCapabilities(actor, transition, capabilityKeys));
  }
}
