import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { SkillSuggestionsArgs } from './dto/skill-suggestions.args';
import { SkillsService } from './skills.service';

@Resolver()
@SignedIn()
export class SkillsResolver {
  constructor(private readonly skills: SkillsService) {}

  @Query(() => [String], {
    description:
      'Skills already in use in the organization (on opportunities and candidate profiles) that match what ' +
      'has been typed, most used first, each once whatever its case.',
  })
  skillSuggestions(
    @CurrentActor() actor: Actor,
    @Args() { search, first }: SkillSuggestionsArgs,
  ): Promise<string[]> {
    return this.skills.suggestions(actor.organizationId, search ?? null, first);
  }
}
