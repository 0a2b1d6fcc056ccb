import { Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { HomeModel } from './dto/home.model';
import { HomeService } from './home.service';

@Resolver(() => HomeModel)
export class HomeResolver {
  constructor(private readonly home: HomeService) {}

  @SignedIn()
  @Query(() => HomeModel, {
    name: 'home',
    description:
      'What waits for the signed-in person: consents to give, offers to answer, applicants to review, observations asked of them, placements.',
  })
  homeOf(@CurrentActor() actor: Actor): Promise<HomeModel> {
    return this.home.of(actor);
  }
}
