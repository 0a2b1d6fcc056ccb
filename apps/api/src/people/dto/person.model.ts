import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@bridge/domain';
import type { PersonEntity } from '../person.entity';

registerEnumType(Role, {
  name: 'Role',
  description: 'A role granted in the organization. Manager is derived from reporting lines.',
});

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field({ description: "The person's id in the HR system." })
  employeeId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  level!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  active!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: when they joined the organization, if the HR export says.',
  })
  joinedOn!: string | null;

  /** Kept for field resolvers; reached by clients through `unit`, `manager` and `organization`. */
  organizationId!: string;
  unitId!: string | null;
  managerId!: string | null;

  static fromEntity(entity: PersonEntity): PersonModel {
    return Object.assign(new PersonModel(), {
      id: entity.id,
      name: entity.name,
      email: entity.email,
      employeeId: entity.employeeId,
      title: entity.title,
      level: entity.level,
      location: entity.location,
      roles: entity.roles,
      active: entity.active,
      joinedOn: entity.joinedOn,
      organizationId: entity.organizationId,
      unitId: entity.unitId,
      managerId: entity.managerId,
    });
  }

  /** A person a foreign key guarantees exists (a sponsor, an approver): missing is a bug, not a 404. */
  static required(entity: PersonEntity | null, id: string): PersonModel {
    if (!entity) throw new Error(`Person ${id} is missing`);
    return PersonModel.fromEntity(entity);
  }
}
