import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OpportunityKind, PlacementStatus } from '@bridge/domain';
import { ApplicationEntity } from '../applications/application.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

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

  /** When the candidate accepted: their time is committed from then. */
  @CreateDateColumn({ type: 'timestamptz', name: 'started_at' })
  startedAt!: Date;

  /** When the work begins (the opportunity's start date, or the day of acceptance): upcoming until then. */
  @Column({ type: 'date', name: 'starts_on' })
  startsOn!: string;

  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt!: Date | null;
}
