import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';

export enum UndeliveredEmailStatus {
  /** Every attempt was refused; lastError says why. */
  FAILED = 'FAILED',
  /** Bridge stopped while handing it to the mail server: it may or may not have arrived. */
  SENDING = 'SENDING',
}
registerEnumType(UndeliveredEmailStatus, { name: 'UndeliveredEmailStatus' });

@ObjectType('UndeliveredEmail', {
  description:
    'An e-mail Bridge did not deliver, or cannot tell whether it delivered; it is not sent again on its own.',
})
export class UndeliveredEmailModel {
  @Field(() => ID)
  id!: string;

  @Field()
  toAddress!: string;

  @Field()
  subject!: string;

  @Field(() => UndeliveredEmailStatus)
  status!: UndeliveredEmailStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true, description: "The mail server's last refusal." })
  lastError!: string | null;

  @Field()
  createdAt!: Date;
}

@ArgsType()
export class UndeliveredEmailsArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(100)
  first = 50;
}
