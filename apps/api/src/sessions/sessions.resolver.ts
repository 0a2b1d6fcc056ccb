import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, Public, SignedIn } from '../access/access.decorators';
import { PersonModel } from '../people/dto/person.model';
import { AuthPayloadModel } from './dto/auth-payload.model';
import { RefreshSessionArgs } from './dto/refresh-session.args';
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
}
