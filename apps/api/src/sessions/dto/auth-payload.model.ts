import { Field, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '../../people/dto/person.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => Date, { description: 'When the token stops being accepted.' })
  expiresAt!: Date;

  @Field({
    description: 'Trade it with refreshSession for a new token before this one expires; it works once.',
  })
  refreshToken!: string;

  @Field(() => PersonModel)
  me!: PersonModel;
}
