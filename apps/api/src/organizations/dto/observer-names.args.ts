import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

@ArgsType()
export class ObserverNamesArgs {
  @Field({ description: 'True: candidates read "A colleague" instead of who observed them.' })
  @IsBoolean()
  hidden!: boolean;
}
