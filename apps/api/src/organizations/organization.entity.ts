import type { FitWeights } from '@bridge/matching';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A tenant. Not itself tenant-owned: every other table points here through organization_id. */
@Entity('organization')
@Check('ck_organization_consent_days', 'consent_working_days BETWEEN 1 AND 30')
@Index('uq_organization_slug', ['slug'], { unique: true })
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  /** Working days a manager has to answer a consent request before it goes to their own manager. */
  @Column({ type: 'integer', name: 'consent_working_days', default: 5 })
  consentWorkingDays!: number;

  /** Candidates read their observations without who recorded them, so observers speak freely. */
  @Column({ type: 'boolean', name: 'hide_observer_names_from_candidates', default: false })
  hideObserverNamesFromCandidates!: boolean;

  /** The matching engine's factor weights the organization chose; null: the engine's defaults. */
  @Column({ type: 'jsonb', name: 'matching_weights', nullable: true })
  matchingWeights!: FitWeights | null;

  /**
   * Moves at the commit of every change to a candidate's matching inputs (triggers of migration
   * 1796380000001), so a cached candidate pool knows whether it is still true. Never written here.
   */
  @Column({
    type: 'bigint',
    name: 'matching_version',
    default: 0,
    select: false,
    update: false,
    insert: false,
  })
  matchingVersion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
