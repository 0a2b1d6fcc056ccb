import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SingleSignOn')
export class SingleSignOnModel {
  @Field({ description: 'How to name the provider: "Sign in with …".' })
  name!: string;

  @Field({ description: 'Send the browser here to sign in with the provider.' })
  startUrl!: string;
}

@ObjectType('SignInOptions')
export class SignInOptionsModel {
  @Field(() => SingleSignOnModel, {
    nullable: true,
    description: "The company's identity provider, when one is configured.",
  })
  singleSignOn!: SingleSignOnModel | null;
}
