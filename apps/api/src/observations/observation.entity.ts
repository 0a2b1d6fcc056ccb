import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { IndicatorKind, ObservationVisibility, WarningPattern } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { PlacementEntity } from '../placements/placement.entity';

/**
 * One observer's record of one leadership behaviour of one candidate, in Situation–Behaviour–Impact
 * form. It keeps the wording of the indicator it was rated against, so editing the framework later
 * never changes what the observer said. Correctable by its observer for 24 hours; after that the
 * database refuses any change (see the observations migration) and a correction is a new observation
 * that amends it.
 */
@Entity('observation')
@Index('ix_observation_candidate', ['organizationId', 'candidateId', 'observedOn'])
@Index('ix_observation_observer', ['organizationId', 'observerId'])
@Check('ck_observation_rating', 'rating BETWEEN 1 AND 4')
@Check(
  'ck_observation_text_length',
  'char_length(situation) BETWEEN 1 AND 4000 AND char_length(behaviour) BETWEEN 1 AND 4000 AND char_length(impact) BETWEEN 1 AND 4000',
)
@Check('ck_observation_not_self', 'observer_id <> candidate_id')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_observation_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'candidateId'], ['organizationId', 'id'], {
  name: 'fk_observation_candidate',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'observerId'], ['organizationId', 'id'], {
  name: 'fk_observation_observer',
})
@ForeignKey(() => PlacementEntity, ['organizationId', 'placementId'], ['organizationId', 'id'], {
  name: 'fk_observation_placement',
})
@ForeignKey(() => ObservationEntity, ['organizationId', 'amendsId'], ['organizationId', 'id'], {
  name: 'fk_observation_amends',
})
export class ObservationEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'candidate_id' })
  candidateId!: string;

  @Column({ type: 'uuid', name: 'observer_id' })
  observerId!: string;

  @Column({ type: 'text', name: 'capability_key' })
  capabilityKey!: string;

  @Column({ type: 'text', name: 'indicator_key' })
  indicatorKey!: string;

  /** The indicator's words when it was recorded. */
  @Column({ type: 'text', name: 'indicator_text' })
  indicatorText!: string;

  @Column({ type: 'text', name: 'indicator_kind' })
  indicatorKind!: IndicatorKind;

  @Column({ type: 'text', name: 'warning_pattern', nullable: true })
  warningPattern!: WarningPattern | null;

  @Column('smallint')
  rating!: number;

  @Column('text')
  situation!: string;

  @Column('text')
  behaviour!: string;

  @Column('text')
  impact!: string;

  @Column({ type: 'date', name: 'observed_on' })
  observedOn!: string;

  @Column({ type: 'uuid', name: 'placement_id', nullable: true })
  placementId!: string | null;

  @Column('text')
  visibility!: ObservationVisibility;

  /** The observation this one corrects, once that one can no longer be changed. */
  @Column({ type: 'uuid', name: 'amends_id', nullable: true })
  amendsId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', name: 'corrected_at', nullable: true })
  correctedAt!: Date | null;
}
