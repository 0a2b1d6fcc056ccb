import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { OPPORTUNITY_LIMITS } from '@bridge/domain';

const MAX_SKILL_SUGGESTIONS = 20;

@ArgsType()
export class SkillSuggestionsArgs {
  @Field(() => String, {
    nullable: true,
    description: 'What has been typed: matches the start of a skill or of a word in it, in any case.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.maxSkillLength)
  // PostgreSQL text cannot hold a NUL, and no skill contains a control character.
  // eslint-disable-next-line no-control-regex
  @Matches(/^[^\u0000-\u001f\u007f]*$/, { message: '$property must not contain control characters' })
  search?: string | null;

  @Field(() => Int, { defaultValue: 10, description: `At most ${MAX_SKILL_SUGGESTIONS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SKILL_SUGGESTIONS)
  first = 10;
}
