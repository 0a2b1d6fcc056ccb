import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { PersonModel } from '../people/dto/person.model';
import { Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { AuthPayloadModel } from './dto/auth-payload.model';
import { LoginArgs } from './dto/login.args';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

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
