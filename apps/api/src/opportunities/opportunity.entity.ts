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
import { OpportunityKind, OpportunityStatus } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * Stretch work a sponsor offers: a project to lead or a mentee to mentor. `seats_filled` counts
 * active placements and is kept by the same transaction that places someone; the CHECK makes
 * over-filling impossible even if a bug tried.
 */
@Entity('opportunity')
@Check('ck_opportunity_seats', 'seats BETWEEN 1 AND 50')
@Check('ck_opportunity_seats_filled', 'seats_filled >= 0 AND seats_filled <= seats')
@Check('ck_opportunity_hours', 'hours_per_week BETWEEN 1 AND 40')
@Check('ck_opportunity_dates', 'ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on')
@Index('ix_opportunity_status', ['organizationId', 'status', 'createdAt', 'id'])
@Index('ix_opportunity_sponsor', ['organizationId', 'sponsorId'])
@Index('ix_opportunity_mentee', ['organizationId', 'menteeId'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_opportunity_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'sponsorId'], ['organizationId', 'id'], {
  name: 'fk_opportunity_sponsor',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'menteeId'], ['organizationId', 'id'], {
  name: 'fk_opportunity_mentee',
})
@ForeignKey(() => OrgUnitEntity, ['organizationId', 'hostUnitId'], ['organizationId', 'id'], {
  name: 'fk_opportunity_host_unit',
})
export class OpportunityEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: OpportunityKind;

  @Column('text')
  status!: OpportunityStatus;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column({ type: 'uuid', name: 'sponsor_id' })
  sponsorId!: string;

  /** For a mentor request: the junior asking for a mentor. */
  @Column({ type: 'uuid', name: 'mentee_id', nullable: true })
  menteeId!: string | null;

  @Column({ type: 'uuid', name: 'host_unit_id', nullable: true })
  hostUnitId!: string | null;

  @Column('integer')
  seats!: number;

  @Column({ type: 'integer', name: 'seats_filled', default: 0 })
  seatsFilled!: number;

  @Column({ type: 'integer', name: 'hours_per_week' })
  hoursPerWeek!: number;

  @Column({ type: 'date', name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'text', array: true, name: 'capability_keys', default: () => "'{}'" })
  capabilityKeys!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  /** Only people outside the host unit's function may apply. */
  @Column({ type: 'boolean', name: 'cross_functional', default: false })
  crossFunctional!: boolean;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** An opportunity a candidate bookmarked to come back to. */
@Entity('saved_opportunity')
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], {
  name: 'fk_saved_opportunity_person',
})
@ForeignKey(() => OpportunityEntity, ['organizationId', 'opportunityId'], ['organizationId', 'id'], {
  name: 'fk_saved_opportunity_opportunity',
  onDelete: 'CASCADE',
})
export class SavedOpportunityEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'opportunity_id' })
  opportunityId!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'saved_at' })
  savedAt!: Date;
}
