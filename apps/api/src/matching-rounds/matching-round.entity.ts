import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { FitWeights } from '@bridge/matching';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

export type MatchingRoundStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
/** What a running round is doing, as HR is told. */
export type MatchingRoundPhase = 'QUEUED' | 'READING' | 'SCORING' | 'SOLVING' | 'SAVING' | 'DONE';

export const ACTIVE_ROUND_STATUSES: readonly MatchingRoundStatus[] = ['QUEUED', 'RUNNING'];

/**
 * One matching round: what HR chose (the ids are resolved when it is started, so a retried job solves
 * the same instance), its progress while a background job runs it, and its results.
 */
@Entity('matching_round')
// One round at a time per organization, whatever races the requests run.
@Index('uq_matching_round_active', ['organizationId'], {
  unique: true,
  where: `status IN ('QUEUED', 'RUNNING')`,
})
@Index('ix_matching_round_created', ['organizationId', 'createdAt'])
@Check('ck_matching_round_status', `status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')`)
@Check('ck_matching_round_progress', 'progress >= 0 AND progress <= 1')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_matching_round_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'startedById'], ['organizationId', 'id'], {
  name: 'fk_matching_round_started_by',
})
export class MatchingRoundEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  status!: MatchingRoundStatus;

  @Column({ type: 'double precision', default: 0 })
  progress!: number;

  @Column({ type: 'text', default: 'QUEUED' })
  phase!: MatchingRoundPhase;

  @Column({ type: 'uuid', name: 'opportunity_ids', array: true })
  opportunityIds!: string[];

  @Column({ type: 'uuid', name: 'candidate_ids', array: true })
  candidateIds!: string[];

  @Column('jsonb')
  weights!: FitWeights;

  @Column({ type: 'integer', name: 'top_k' })
  topK!: number;

  @Column({ type: 'bigint', name: 'total_points', nullable: true })
  totalPoints!: string | null;

  @Column({ type: 'bigint', name: 'greedy_points', nullable: true })
  greedyPoints!: string | null;

  @Column({ type: 'integer', name: 'proposal_count', nullable: true })
  proposalCount!: number | null;

  @Column({ type: 'integer', name: 'eligible_pairs', nullable: true })
  eligiblePairs!: number | null;

  @Column({ type: 'integer', nullable: true })
  edges!: number | null;

  @Column({ type: 'double precision', name: 'first_stretch_share', nullable: true })
  firstStretchShare!: number | null;

  @Column({ type: 'integer', name: 'scoring_ms', nullable: true })
  scoringMs!: number | null;

  @Column({ type: 'integer', name: 'solving_ms', nullable: true })
  solvingMs!: number | null;

  @Column({ type: 'uuid', name: 'started_by_id' })
  startedById!: string;

  @Column({ type: 'text', name: 'failure_reason', nullable: true })
  failureReason!: string | null;

  /** Jobs that took the round up: a round whose process died is retried once, then failed. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
