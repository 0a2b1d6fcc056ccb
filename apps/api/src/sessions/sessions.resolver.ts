import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../auth/actor';
import { CurrentActor, Public, RequirePermission, SignedIn } from '../auth/auth.decorators';
import { AuthPayloadModel } from '../auth/dto/auth-payload.model';
import { PersonModel } from '../people/dto/person.model';
import { PasswordResetLinkModel } from './dto/password-reset-link.model';
import {
  ChangePasswordArgs,
  PasswordResetLinkArgs,
  RefreshSessionArgs,
  ResetPasswordArgs,
} from './dto/session.args';
import { SessionService } from './session.service';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionService) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'A new access token and refresh token for a refresh token; each refresh token works once.',
  })
  async refreshSession(@Args() { refreshToken }: RefreshSessionArgs): Promise<AuthPayloadModel> {
    const refreshed = await this.sessions.refresh(refreshToken);
    return { ...refreshed, me: PersonModel.fromEntity(refreshed.person) };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.sessions.signOut(actor);
    return true;
  }

  @SignedIn()
  @Mutation(() => Int, {
    description: 'Ends every session of the signed-in person, this one included; returns how many.',
  })
  signOutEverywhere(@CurrentActor() actor: Actor): Promise<number> {
    return this.sessions.signOutEverywhere(actor);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: "Changes the signed-in person's password and ends their other sessions.",
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
  ): Promise<boolean> {
    await this.sessions.changePassword(actor, currentPassword, newPassword);
    return true;
  }

  @RequirePermission(Permission.ResetPasswords)
  @Mutation(() => PasswordResetLinkModel, {
    description: 'A one-time link (valid 24 hours) for a person to set a new password.',
  })
  createPasswordResetLink(
    @CurrentActor() actor: Actor,
    @Args() { personId }: PasswordResetLinkArgs,
  ): Promise<PasswordResetLinkModel> {
    return this.sessions.issueResetLink(actor, personId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset link; every session of the person ends.',
  })
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs): Promise<boolean> {
    await this.sessions.resetPassword(token, newPassword);
    return true;
  }
}
