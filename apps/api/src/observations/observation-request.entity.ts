import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ObservationRequestStatus } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { ObservationEntity } from './observation.entity';

/**
 * A request for evidence: the candidate or HR asks a named colleague how the candidate led (often in
 * one placement). Being asked is itself what lets that colleague observe the candidate.
 */
@Entity('observation_request')
@Index('ix_observation_request_observer', ['organizationId', 'observerId', 'status'])
@Index('ix_observation_request_candidate', ['organizationId', 'candidateId'])
@Check('ck_observation_request_not_self', 'observer_id <> candidate_id')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], {
  name: 'fk_observation_request_organization',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'candidateId'], ['organizationId', 'id'], {
  name: 'fk_observation_request_candidate',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'observerId'], ['organizationId', 'id'], {
  name: 'fk_observation_request_observer',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'requestedById'], ['organizationId', 'id'], {
  name: 'fk_observation_request_requested_by',
})
@ForeignKey(() => PlacementEntity, ['organizationId', 'placementId'], ['organizationId', 'id'], {
  name: 'fk_observation_request_placement',
})
@ForeignKey(() => ObservationEntity, ['organizationId', 'observationId'], ['organizationId', 'id'], {
  name: 'fk_observation_request_observation',
})
export class ObservationRequestEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'candidate_id' })
  candidateId!: string;

  /** Who is asked for an observation. */
  @Column({ type: 'uuid', name: 'observer_id' })
  observerId!: string;

  @Column({ type: 'uuid', name: 'requested_by_id' })
  requestedById!: string;

  @Column({ type: 'uuid', name: 'placement_id', nullable: true })
  placementId!: string | null;

  /** The question, e.g. "How did Sam lead the onboarding rollout?". */
  @Column('text')
  question!: string;

  @Column('text')
  status!: ObservationRequestStatus;

  @Column({ type: 'text', name: 'decline_reason', nullable: true })
  declineReason!: string | null;

  /** The observation that answered it. */
  @Column({ type: 'uuid', name: 'observation_id', nullable: true })
  observationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'requested_at' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', name: 'answered_at', nullable: true })
  answeredAt!: Date | null;
}
