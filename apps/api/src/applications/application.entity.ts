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
import { ApplicationOrigin, ApplicationStatus } from '@bridge/domain';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
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
@Check('ck_application_origin', `origin IN ('APPLIED', 'MATCH_PROPOSAL')`)
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

  /** An accepted matching proposal is an offer once the manager consents (see `consentAction`). */
  @Column({ type: 'text', default: ApplicationOrigin.APPLIED })
  origin!: ApplicationOrigin;

  /**
   * When it reached the sponsor (at once without a manager, or when the manager consented). Until
   * then the sponsor does not see it: consent comes first, as the candidate is promised.
   */
  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  /** Why the sponsor rejected it, the manager declined it, or the candidate turned the offer down. */
  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
