import { CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Column } from 'typeorm';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * A sponsor's (or HR's) invitation to a candidate to apply to an opportunity. One per candidate and
 * opportunity: the key refuses a second, so a candidate is never told twice.
 */
@Entity('invitation')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_invitation_organization' })
@ForeignKey(() => OpportunityEntity, ['organizationId', 'opportunityId'], ['organizationId', 'id'], {
  name: 'fk_invitation_opportunity',
  onDelete: 'CASCADE',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'candidateId'], ['organizationId', 'id'], {
  name: 'fk_invitation_candidate',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'invitedById'], ['organizationId', 'id'], {
  name: 'fk_invitation_invited_by',
})
export class InvitationEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'opportunity_id' })
  opportunityId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'candidate_id' })
  candidateId!: string;

  @Column({ type: 'uuid', name: 'invited_by_id' })
  invitedById!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'invited_at' })
  invitedAt!: Date;
}
