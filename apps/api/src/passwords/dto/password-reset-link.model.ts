import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PasswordResetLink', {
  description: 'Shown once, to the admin who asked for it, to pass on to the person.',
})
export class PasswordResetLinkModel {
  @Field()
  url!: string;

  @Field()
  expiresAt!: Date;
}
