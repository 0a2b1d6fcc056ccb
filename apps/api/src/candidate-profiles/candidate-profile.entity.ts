import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TransitionKey } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * What a candidate wants from stretch work and how much they can take on. The `active_*` and
 * `committed_hours` columns are the candidate's current load, kept by the transaction that places
 * or releases them; the CHECKs keep load within capacity even under concurrent acceptances.
 */
@Entity('candidate_profile')
@Check('ck_candidate_profile_hours', 'hours_per_week BETWEEN 0 AND 40')
@Check('ck_candidate_profile_capacity', 'max_projects BETWEEN 0 AND 3 AND max_mentees BETWEEN 0 AND 5')
@Check(
  'ck_candidate_profile_load',
  'committed_hours >= 0 AND committed_hours <= hours_per_week AND active_projects >= 0 AND active_projects <= max_projects AND active_mentees >= 0 AND active_mentees <= max_mentees',
)
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], {
  name: 'fk_candidate_profile_organization',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], {
  name: 'fk_candidate_profile_person',
})
export class CandidateProfileEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text', name: 'target_transition' })
  targetTransition!: TransitionKey;

  @Column({ type: 'text', default: '' })
  headline!: string;

  /** The capabilities the candidate wants to develop, by framework key. */
  @Column({ type: 'text', array: true, name: 'capability_keys', default: () => "'{}'" })
  capabilityKeys!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: string[];

  @Column({ type: 'integer', name: 'hours_per_week' })
  hoursPerWeek!: number;

  @Column({ type: 'integer', name: 'max_projects', default: 1 })
  maxProjects!: number;

  @Column({ type: 'integer', name: 'max_mentees', default: 2 })
  maxMentees!: number;

  @Column({ type: 'integer', name: 'committed_hours', default: 0 })
  committedHours!: number;

  @Column({ type: 'integer', name: 'active_projects', default: 0 })
  activeProjects!: number;

  @Column({ type: 'integer', name: 'active_mentees', default: 0 })
  activeMentees!: number;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
