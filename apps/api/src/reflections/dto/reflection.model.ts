import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ReflectionEntity } from '../reflection.entity';

@ObjectType('Reflection', {
  description: "A candidate's own account of how they led: private to them unless they share it with HR.",
})
export class ReflectionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true, description: 'The capability it is about.' })
  capabilityKey!: string | null;

  @Field({ description: 'HR may read it; otherwise only its author does.' })
  sharedWithHr!: boolean;

  @Field()
  writtenAt!: Date;

  /** Reached through `author` and `placement`. */
  organizationId!: string;
  authorId!: string;
  placementId!: string | null;

  static fromEntity(entity: ReflectionEntity): ReflectionModel {
    return Object.assign(new ReflectionModel(), entity);
  }
}
