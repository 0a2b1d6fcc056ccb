import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/** A reset link an admin issued: the secret is stored hashed, works once, and expires. */
@Entity('password_reset')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_password_reset_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], {
  name: 'fk_password_reset_person',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'issuedById'], ['organizationId', 'id'], {
  name: 'fk_password_reset_issued_by',
})
export class PasswordResetEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'uuid', name: 'issued_by_id' })
  issuedById!: string;

  @Column({ type: 'text', name: 'secret_hash' })
  secretHash!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
