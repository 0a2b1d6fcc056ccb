import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Role } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';

@Entity('person')
@Index('uq_person_employee_id', ['organizationId', 'employeeId'], { unique: true })
@Index('uq_person_email', ['organizationId', 'email'], { unique: true })
@Index('ix_person_email', ['email'])
@Index('ix_person_manager', ['organizationId', 'managerId'])
@Index('ix_person_unit', ['organizationId', 'unitId'])
@Index('ix_person_name', ['organizationId', 'name', 'id'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_person_organization' })
@ForeignKey(() => OrgUnitEntity, ['organizationId', 'unitId'], ['organizationId', 'id'], {
  name: 'fk_person_unit',
  deferrable: 'INITIALLY DEFERRED',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'managerId'], ['organizationId', 'id'], {
  name: 'fk_person_manager',
  deferrable: 'INITIALLY DEFERRED',
})
export class PersonEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'employee_id' })
  employeeId!: string;

  /** Stored lower-cased: e-mail addresses are compared case-insensitively everywhere. */
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  level!: string | null;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  /** YYYY-MM-DD: when they joined the organization, if the HR export says. */
  @Column({ type: 'date', name: 'joined_on', nullable: true })
  joinedOn!: string | null;

  @Column({ type: 'uuid', name: 'unit_id', nullable: true })
  unitId!: string | null;

  @Column({ type: 'uuid', name: 'manager_id', nullable: true })
  managerId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Null for people who have not been given a password (they will sign in through the company's IdP). */
  @Column({ type: 'text', name: 'password_hash', nullable: true, select: false })
  passwordHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
