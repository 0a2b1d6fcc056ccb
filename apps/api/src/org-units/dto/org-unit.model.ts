import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { OrgUnitEntity } from '../org-unit.entity';

export enum OrgUnitKindValue {
  FUNCTION = 'FUNCTION',
  TEAM = 'TEAM',
}
registerEnumType(OrgUnitKindValue, {
  name: 'OrgUnitKind',
  description: 'A function (department) or a team inside one.',
});

@ObjectType('OrgUnit')
export class OrgUnitModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrgUnitKindValue)
  kind!: OrgUnitKindValue;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit this one belongs to; null for a top-level function.',
  })
  parentId!: string | null;

  organizationId!: string;

  static fromEntity(entity: OrgUnitEntity): OrgUnitModel {
    return Object.assign(new OrgUnitModel(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind as OrgUnitKindValue,
      parentId: entity.parentId,
      organizationId: entity.organizationId,
    });
  }
}
