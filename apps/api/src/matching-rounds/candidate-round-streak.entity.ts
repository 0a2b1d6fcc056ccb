import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * Completed rounds in a row in which the candidate took part and got no proposal (reset when they
 * get one): the engine raises the candidate's fair-access weight with it.
 */
@Entity('candidate_round_streak')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], {
  name: 'fk_candidate_round_streak_organization',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'candidateId'], ['organizationId', 'id'], {
  name: 'fk_candidate_round_streak_candidate',
})
export class CandidateRoundStreakEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'candidate_id' })
  candidateId!: string;

  @Column({ type: 'integer', name: 'rounds_without_proposal', default: 0 })
  roundsWithoutProposal!: number;
}
