import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { FitReason } from '@bridge/matching';
import { ApplicationEntity } from '../applications/application.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { MatchingRoundEntity } from './matching-round.entity';

/** PROPOSED until HR or the sponsor accepts it; STALE once a later round completes. */
export type MatchProposalStatus = 'PROPOSED' | 'ACCEPTED' | 'STALE';

/** One placement a matching round proposes: a candidate for an opportunity, with the fit's reasons. */
@Entity('match_proposal')
// Each candidate gets at most one proposal per round.
@Index('uq_match_proposal_candidate', ['organizationId', 'roundId', 'candidateId'], { unique: true })
@Index('ix_match_proposal_round', ['organizationId', 'roundId', 'points'])
@Index('ix_match_proposal_opportunity', ['organizationId', 'opportunityId', 'status'])
@Check('ck_match_proposal_status', `status IN ('PROPOSED', 'ACCEPTED', 'STALE')`)
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_match_proposal_organization' })
@ForeignKey(() => MatchingRoundEntity, ['organizationId', 'roundId'], ['organizationId', 'id'], {
  name: 'fk_match_proposal_round',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'candidateId'], ['organizationId', 'id'], {
  name: 'fk_match_proposal_candidate',
})
@ForeignKey(() => OpportunityEntity, ['organizationId', 'opportunityId'], ['organizationId', 'id'], {
  name: 'fk_match_proposal_opportunity',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'acceptedById'], ['organizationId', 'id'], {
  name: 'fk_match_proposal_accepted_by',
})
@ForeignKey(() => ApplicationEntity, ['organizationId', 'applicationId'], ['organizationId', 'id'], {
  name: 'fk_match_proposal_application',
})
export class MatchProposalEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'round_id' })
  roundId!: string;

  @Column({ type: 'uuid', name: 'candidate_id' })
  candidateId!: string;

  @Column({ type: 'uuid', name: 'opportunity_id' })
  opportunityId!: string;

  @Column('double precision')
  score!: number;

  /** The score as the solver's integer (score × FIT_SCALE). */
  @Column('integer')
  points!: number;

  @Column('jsonb')
  reasons!: FitReason[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  suggestions!: string[];

  @Column('text')
  status!: MatchProposalStatus;

  @Column({ type: 'uuid', name: 'accepted_by_id', nullable: true })
  acceptedById!: string | null;

  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  /** The offer the accepted proposal became. */
  @Column({ type: 'uuid', name: 'application_id', nullable: true })
  applicationId!: string | null;
}
