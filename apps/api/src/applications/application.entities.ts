import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ApplicationStatus, ConsentStatus, OpportunityKind, PlacementStatus } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { PersonEntity } from '../people/person.entity';

/** A candidate's application to one opportunity; its status follows APPLICATION_TRANSITIONS. */
@Entity('application')
// One live application per candidate and opportunity, whatever races the requests run.
@Index('uq_application_live', ['organizationId', 'opportunityId', 'candidateId'], {
  unique: true,
  where: `status IN ('SUBMITTED', 'AWAITING_CONSENT', 'SHORTLISTED', 'OFFERED', 'PLACED')`,
})
@Index('ix_application_opportunity', ['organizationId', 'opportunityId', 'createdAt'])
@Index('ix_application_candidate', ['organizationId', 'candidateId', 'createdAt'])
@Check('ck_application_motivation', 'char_length(motivation) <= 4000')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_application_organization' })
@ForeignKey(() => OpportunityEntity, ['organizationId', 'opportunityId'], ['organizationId', 'id'], {
  name: 'fk_application_opportunity',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'candidateId'], ['organizationId', 'id'], {
  name: 'fk_application_candidate',
})
export class ApplicationEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'opportunity_id' })
  opportunityId!: string;

  @Column({ type: 'uuid', name: 'candidate_id' })
  candidateId!: string;

  @Column('text')
  status!: ApplicationStatus;

  @Column('text')
  motivation!: string;

  /** Why the sponsor rejected it, the manager declined it, or the candidate turned the offer down. */
  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

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

/** A candidate at work on an opportunity: created when they accept an offer. */
@Entity('placement')
@Index('uq_placement_application', ['organizationId', 'applicationId'], { unique: true })
@Index('ix_placement_candidate', ['organizationId', 'candidateId', 'status'])
@Index('ix_placement_opportunity', ['organizationId', 'opportunityId'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_placement_organization' })
@ForeignKey(() => ApplicationEntity, ['organizationId', 'applicationId'], ['organizationId', 'id'], {
  name: 'fk_placement_application',
})
@ForeignKey(() => OpportunityEntity, ['organizationId', 'opportunityId'], ['organizationId', 'id'], {
  name: 'fk_placement_opportunity',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'candidateId'], ['organizationId', 'id'], {
  name: 'fk_placement_candidate',
})
export class PlacementEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'application_id' })
  applicationId!: string;

  @Column({ type: 'uuid', name: 'opportunity_id' })
  opportunityId!: string;

  @Column({ type: 'uuid', name: 'candidate_id' })
  candidateId!: string;

  /** Copied from the opportunity: what the placement counts against in the candidate's capacity. */
  @Column('text')
  kind!: OpportunityKind;

  @Column({ type: 'integer', name: 'hours_per_week' })
  hoursPerWeek!: number;

  @Column('text')
  status!: PlacementStatus;

  @Column({ type: 'text', name: 'end_reason', nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'started_at' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt!: Date | null;
}
