import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  can,
  decide,
  decisionProblems,
  DecisionDraft,
  ErrorReason,
  Permission,
  PromotionReviewStatus,
  ReviewSnapshot,
  TransitionKey,
} from '@bridge/domain';
import type { Actor } from '../access/actor';
import { AuditLogService } from '../audit/audit-log.service';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { todayUtc } from '../common/calendar-date';
import { Connection, decodeCursor, toConnection } from '../common/connection';
import { TenantDatabase } from '../database/tenant-database';
import { promotionReviewDecided } from '../notices/evidence-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { Assessment, ReadinessService } from '../readiness/readiness.service';
import { PromotionReviewEntity } from './promotion-review.entity';

const UNIQUE_VIOLATION = '23505';

export interface PromotionReviewFilter {
  candidateId?: string;
  status?: PromotionReviewStatus;
}

/** The evidence and readiness as HR sees them today, frozen with the words and names of today. */
export function snapshotOf(assessment: Assessment, takenOn: string): ReviewSnapshot {
  const observerName = new Map(assessment.observers.map((observer) => [observer.id, observer.name]));
  const capabilityName = new Map(assessment.capabilities.map((c) => [c.key, c.name]));
  return {
    takenOn,
    candidateName: assessment.candidate.name,
    transitionName: assessment.transitionName,
    readiness: assessment.readiness,
    evidence: assessment.evidence.map((observation) => ({
      id: observation.id,
      observerId: observation.observerId,
      observerName: observerName.get(observation.observerId) ?? 'A former colleague',
      capabilityKey: observation.capabilityKey,
      capabilityName: capabilityName.get(observation.capabilityKey) ?? observation.capabilityKey,
      indicatorText: observation.indicatorText,
      indicatorKind: observation.indicatorKind,
      warningPattern: observation.warningPattern,
      rating: observation.rating,
      situation: observation.situation,
      behaviour: observation.behaviour,
      impact: observation.impact,
      observedOn: observation.observedOn,
      visibility: observation.visibility,
    })),
  };
}

/**
 * Promotion reviews: HR opens one (freezing the evidence), decides it once, and the candidate is told.
 * Every step lands in the audit log in the same transaction as the step.
 */
@Injectable()
export class PromotionReviewsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly readiness: ReadinessService,
    private readonly auditLog: AuditLogService,
    private readonly notifications: NotificationsService,
  ) {}

  async open(
    actor: Actor,
    candidateId: string,
    transition: TransitionKey | undefined,
  ): Promise<PromotionReviewEntity> {
    this.mustManage(actor);
    const assessment = await this.readiness.assess(actor, candidateId, transition);
    const organizationId = actor.organizationId;
    const manager = this.db.manager();
    const open = await manager.findOneBy(PromotionReviewEntity, {
      organizationId,
      candidateId,
      transition: assessment.transition,
      status: PromotionReviewStatus.OPEN,
    });
    if (open) throw this.alreadyOpen(assessment, open.id);
    const review: PromotionReviewEntity = {
      organizationId,
      id: randomUUID(),
      candidateId,
      transition: assessment.transition,
      status: PromotionReviewStatus.OPEN,
      openedById: actor.personId,
      openedAt: new Date(),
      snapshot: snapshotOf(assessment, todayUtc()),
      decision: null,
      rationale: null,
      developmentPlan: null,
      decidedById: null,
      decidedAt: null,
    };
    try {
      await manager.insert(PromotionReviewEntity, review);
    } catch (error: unknown) {
      // Two HR partners opened the same review at once: the partial unique index let one through.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw this.alreadyOpen(assessment, null);
      throw error;
    }
    await this.auditLog.record(
      {
        organizationId,
        actorId: actor.personId,
        action: 'promotion-review.opened',
        subjectPersonId: candidateId,
        details: {
          reviewId: review.id,
          candidateName: assessment.candidate.name,
          transition: review.transition,
          band: assessment.readiness.band,
          observations: assessment.evidence.length,
        },
      },
      manager,
    );
    return review;
  }

  /** The one decision: a conditional UPDATE, so of two racing decisions exactly one wins. */
  async decideReview(actor: Actor, reviewId: string, draft: DecisionDraft): Promise<PromotionReviewEntity> {
    this.mustManage(actor);
    const [problem] = decisionProblems(draft);
    if (problem) throw new BadUserInputError(problem.field, problem.message);
    const organizationId = actor.organizationId;
    const manager = this.db.manager();
    const review = await this.get(actor, reviewId);
    if (review.status !== PromotionReviewStatus.OPEN) throw this.alreadyDecided(reviewId);
    const decided = {
      status: PromotionReviewStatus.DECIDED,
      decision: draft.decision,
      rationale: draft.rationale.trim(),
      developmentPlan: draft.developmentPlan.trim(),
      decidedById: actor.personId,
      decidedAt: new Date(),
    };
    const result = await manager.update(
      PromotionReviewEntity,
      { organizationId, id: reviewId, status: PromotionReviewStatus.OPEN },
      decided,
    );
    if (result.affected !== 1) throw this.alreadyDecided(reviewId);
    const outcome = { ...review, ...decided };
    await this.auditLog.record(
      {
        organizationId,
        actorId: actor.personId,
        action: 'promotion-review.decided',
        subjectPersonId: review.candidateId,
        details: {
          reviewId,
          candidateName: review.snapshot.candidateName,
          transition: review.transition,
          decision: draft.decision,
        },
      },
      manager,
    );
    await this.notifications.notify([promotionReviewDecided(outcome)], manager);
    return outcome;
  }

  /** A review the actor may read at least the outcome of; NOT_FOUND otherwise, so ids reveal nothing. */
  async get(actor: Actor, reviewId: string): Promise<PromotionReviewEntity> {
    const review = await this.db
      .manager()
      .findOneBy(PromotionReviewEntity, { organizationId: actor.organizationId, id: reviewId });
    if (!review || !this.mayReadOutcome(actor, review)) throw new NotFoundError('promotion review', reviewId);
    return review;
  }

  /** HR's reviews, or a candidate's own decided ones; newest first. */
  async list(
    actor: Actor,
    filter: PromotionReviewFilter,
    first: number,
    after: string | undefined,
  ): Promise<Connection<PromotionReviewEntity>> {
    const query = this.db
      .manager()
      .createQueryBuilder(PromotionReviewEntity, 'review')
      .where('review.organizationId = :organizationId', { organizationId: actor.organizationId });
    if (filter.candidateId)
      query.andWhere('review.candidateId = :candidateId', { candidateId: filter.candidateId });
    if (filter.status) query.andWhere('review.status = :status', { status: filter.status });
    // Narrows the read to what the policy below lets a non-HR reader see, so pages stay full.
    if (!can(actor, Permission.ManagePromotionReviews))
      query.andWhere('review.candidateId = :self AND review.status = :decided', {
        self: actor.personId,
        decided: PromotionReviewStatus.DECIDED,
      });
    const counting = query.clone();
    if (after) {
      const [openedAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(review.openedAt, review.id) < (:openedAt, :id)', { openedAt, id });
    }
    const rows = await query
      .orderBy('review.openedAt', 'DESC')
      .addOrderBy('review.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toConnection(
      rows.filter((review) => this.mayReadOutcome(actor, review)),
      first,
      () => counting.getCount(),
      (review) => [review.openedAt.toISOString(), review.id],
    );
  }

  /** Records that HR took the packet away: who holds a copy of the evidence is worth knowing. */
  async packetDownloaded(actor: Actor, review: PromotionReviewEntity): Promise<void> {
    await this.auditLog.record({
      organizationId: actor.organizationId,
      actorId: actor.personId,
      action: 'promotion-review.packet-downloaded',
      subjectPersonId: review.candidateId,
      details: { reviewId: review.id, candidateName: review.snapshot.candidateName },
    });
  }

  mayReadOutcome(actor: Actor, review: PromotionReviewEntity): boolean {
    return can(actor, Permission.ReadPromotionOutcome, {
      kind: 'promotionReview',
      candidateId: review.candidateId,
      decided: review.status === PromotionReviewStatus.DECIDED,
    });
  }

  private mustManage(actor: Actor): void {
    const decision = decide(actor, Permission.ManagePromotionReviews);
    if (!decision.allowed) throw ForbiddenError.from(decision);
  }

  private alreadyOpen(assessment: Assessment, reviewId: string | null): ConflictError {
    return new ConflictError(
      ErrorReason.REVIEW_OPEN,
      `A review of ${assessment.candidate.name} for ${assessment.transitionName} is already open. Decide it first, or open it to continue.`,
      { reviewId },
    );
  }

  private alreadyDecided(reviewId: string): ConflictError {
    return new ConflictError(
      ErrorReason.ALREADY_DECIDED,
      'This review has been decided and cannot change. Open a new review to weigh later evidence.',
      { reviewId },
    );
  }
}
