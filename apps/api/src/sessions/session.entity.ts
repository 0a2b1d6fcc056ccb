import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * One signed-in device. Access tokens name it, so revoking it ends them at once; its refresh token
 * is kept only as a hash, rotated on every use, and the one before is remembered to catch a replay.
 */
@Entity('session')
@Index('ix_session_person', ['organizationId', 'personId'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_session_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], {
  name: 'fk_session_person',
})
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text', name: 'refresh_token_hash' })
  refreshTokenHash!: string;

  @Column({ type: 'text', name: 'previous_refresh_token_hash', nullable: true })
  previousRefreshTokenHash!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'refreshed_at', nullable: true })
  refreshedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
