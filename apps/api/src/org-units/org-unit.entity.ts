import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

export type OrgUnitKind = 'FUNCTION' | 'TEAM';

/** A function (Engineering, Sales) or a team inside one. Nested through parent_id. */
@Entity('org_unit')
@Index('uq_org_unit_path_key', ['organizationId', 'pathKey'], { unique: true })
@Index('ix_org_unit_parent', ['organizationId', 'parentId'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_org_unit_organization' })
@ForeignKey(() => OrgUnitEntity, ['organizationId', 'parentId'], ['organizationId', 'id'], {
  name: 'fk_org_unit_parent',
  deferrable: 'INITIALLY DEFERRED',
})
export class OrgUnitEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: OrgUnitKind;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  /** Lower-cased "function/team", how imports find an existing unit whatever the file's casing. */
  @Column({ type: 'text', name: 'path_key' })
  pathKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
