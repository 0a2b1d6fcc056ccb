import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class ConsentDeadlineArgs {
  @Field(() => Int, {
    description: 'Working days a manager has before a consent request goes up a level (1–30).',
  })
  @IsInt()
  @Min(1)
  @Max(30)
  workingDays!: number;
}
