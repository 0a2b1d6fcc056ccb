import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, Public, RequirePermission, SignedIn } from '../access/access.decorators';
import { ChangePasswordArgs, PasswordResetLinkArgs, ResetPasswordArgs } from './dto/password.args';
import { PasswordResetLinkModel } from './dto/password-reset-link.model';
import { PasswordsService } from './passwords.service';

@Resolver()
export class PasswordsResolver {
  constructor(private readonly passwords: PasswordsService) {}

  @SignedIn()
  @Mutation(() => Boolean, {
    description: "Changes the signed-in person's password and ends their other sessions.",
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
  ): Promise<boolean> {
    await this.passwords.changePassword(actor, currentPassword, newPassword);
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
    return this.passwords.issueResetLink(actor, personId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset link; every session of the person ends.',
  })
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs): Promise<boolean> {
    await this.passwords.resetPassword(token, newPassword);
    return true;
  }
}
