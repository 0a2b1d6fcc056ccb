import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { PersonModel } from '../people/dto/person.model';
import { Public } from '../access/access.decorators';
import { AuthService } from './auth.service';
import { AuthPayloadModel } from '../sessions/dto/auth-payload.model';
import { LoginArgs } from './dto/login.args';
import { SignInOptionsModel } from './dto/sign-in-options.model';
import { OidcService } from './oidc/oidc.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcService,
  ) {}

  @Public()
  @Query(() => SignInOptionsModel, {
    description: 'How people of this installation can sign in, for the sign-in page.',
  })
  signInOptions(): SignInOptionsModel {
    const settings = this.oidc.settings;
    return { singleSignOn: settings ? { name: settings.displayName, startUrl: '/auth/oidc/start' } : null };
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Signs in with e-mail and password.' })
  async login(
    @Args() { email, password }: LoginArgs,
    @Context('req') request: Request,
  ): Promise<AuthPayloadModel> {
    const signIn = await this.auth.login(email, password, request.ip ?? 'unknown');
    return {
      token: signIn.token,
      expiresAt: signIn.expiresAt,
      refreshToken: signIn.refreshToken,
      me: PersonModel.fromEntity(signIn.person),
    };
  }
}
