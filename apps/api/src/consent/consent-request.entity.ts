import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ConsentStatus } from '@bridge/domain';
import { ApplicationEntity } from '../applications/application.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * One request for consent to one approver: the candidate's manager first, then, if they let the
 * deadline pass, that manager's manager. Kept after it is answered, for HR's per-manager rates.
 */
@Entity('consent_request')
@Index('uq_consent_request_pending', ['organizationId', 'applicationId'], {
  unique: true,
  where: `status = 'PENDING'`,
})
@Index('ix_consent_request_approver', ['organizationId', 'approverId', 'status'])
@Index('ix_consent_request_due', ['dueAt'], { where: `status = 'PENDING'` })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_consent_request_organization' })
@ForeignKey(() => ApplicationEntity, ['organizationId', 'applicationId'], ['organizationId', 'id'], {
  name: 'fk_consent_request_application',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'approverId'], ['organizationId', 'id'], {
  name: 'fk_consent_request_approver',
})
export class ConsentRequestEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'application_id' })
  applicationId!: string;

  @Column({ type: 'uuid', name: 'approver_id' })
  approverId!: string;

  @Column('text')
  status!: ConsentStatus;

  /** 0 for the candidate's own manager, 1 after one escalation, … */
  @Column({ type: 'integer', name: 'escalation_level', default: 0 })
  escalationLevel!: number;

  @Column({ type: 'timestamptz', name: 'due_at' })
  dueAt!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'requested_at' })
  requestedAt!: Date;
}
