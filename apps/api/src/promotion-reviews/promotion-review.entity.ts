import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { PromotionDecision, PromotionReviewStatus, ReviewSnapshot, TransitionKey } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * HR's review of a candidate for a transition. Its snapshot is the evidence and readiness as they
 * stood when it opened, stored whole and never recomputed; once decided, PostgreSQL refuses any change
 * (see the promotion-reviews migration). At most one review per candidate and transition is open.
 */
@Entity('promotion_review')
@Index('ix_promotion_review_candidate', ['organizationId', 'candidateId', 'openedAt'])
@Index('ux_promotion_review_open', ['organizationId', 'candidateId', 'transition'], {
  unique: true,
  where: `status = 'OPEN'`,
})
@Check('ck_promotion_review_status', `status IN ('OPEN', 'DECIDED')`)
@Check('ck_promotion_review_decision', `decision IN ('READY', 'READY_WITH_SUPPORT', 'NOT_YET')`)
@Check(
  'ck_promotion_review_decided',
  `(status = 'OPEN' AND decision IS NULL AND decided_at IS NULL AND decided_by_id IS NULL)
   OR (status = 'DECIDED' AND decision IS NOT NULL AND decided_at IS NOT NULL AND decided_by_id IS NOT NULL
       AND char_length(rationale) BETWEEN 1 AND 4000 AND char_length(development_plan) <= 4000)`,
)
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], {
  name: 'fk_promotion_review_organization',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'candidateId'], ['organizationId', 'id'], {
  name: 'fk_promotion_review_candidate',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'openedById'], ['organizationId', 'id'], {
  name: 'fk_promotion_review_opened_by',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'decidedById'], ['organizationId', 'id'], {
  name: 'fk_promotion_review_decided_by',
})
export class PromotionReviewEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'candidate_id' })
  candidateId!: string;

  @Column('text')
  transition!: TransitionKey;

  @Column('text')
  status!: PromotionReviewStatus;

  @Column({ type: 'uuid', name: 'opened_by_id' })
  openedById!: string;

  @Column({ type: 'timestamptz', name: 'opened_at' })
  openedAt!: Date;

  @Column({ type: 'jsonb' })
  snapshot!: ReviewSnapshot;

  @Column({ type: 'text', nullable: true })
  decision!: PromotionDecision | null;

  @Column({ type: 'text', nullable: true })
  rationale!: string | null;

  @Column({ type: 'text', name: 'development_plan', nullable: true })
  developmentPlan!: string | null;

  @Column({ type: 'uuid', name: 'decided_by_id', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt!: Date | null;
}
