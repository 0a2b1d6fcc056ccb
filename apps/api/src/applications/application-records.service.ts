import { Injectable } from '@nestjs/common';
import { In, IsNull, Not, QueryFailedError } from 'typeorm';
import {
  ApplicationAction,
  ApplicationStatus,
  APPLICATION_TRANSITIONS,
  ErrorReason,
  LIVE_APPLICATION_STATUSES,
  nextApplicationStatus,
} from '@bridge/domain';
import { ConflictError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { ApplicationEntity } from './application.entity';

const UNIQUE_VIOLATION = '23505';

/** Application states that end when their opportunity closes. */
const OPEN_STATES = LIVE_APPLICATION_STATUSES.filter((status) => status !== ApplicationStatus.PLACED);

const VERBS: Record<ApplicationAction, string> = {
  consentApproved: 'approve consent',
  consentApprovedOffer: 'approve consent',
  consentDeclined: 'decline consent',
  shortlist: 'shortlist',
  offer: 'offer a placement',
  reject: 'reject',
  accept: 'accept the offer',
  declineOffer: 'decline the offer',
  withdraw: 'withdraw',
};

/**
 * The application rows and their state machine: every change is a conditional UPDATE on the state
 * the application was read in, so of two racing requests only one wins and the other gets CONFLICT.
 * The lifecycle (ApplicationsService) and consent decisions both move applications through here.
 */
@Injectable()
export class ApplicationRecords {
  constructor(private readonly db: TenantDatabase) {}

  /** The application, row-locked when `lock` (taken before its consent request: one lock order). */
  async get(organizationId: string, id: string, lock = false): Promise<ApplicationEntity> {
    const application = await this.db.manager().findOne(ApplicationEntity, {
      where: { organizationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!application) throw new NotFoundError('application', id);
    return application;
  }

  byIds(organizationId: string, ids: readonly string[]): Promise<ApplicationEntity[]> {
    return this.db.manager().findBy(ApplicationEntity, { organizationId, id: In([...ids]) });
  }

  /** Stores a new application; the partial unique index decides between racing applications. */
  async insert(application: ApplicationEntity): Promise<ApplicationEntity> {
    try {
      await this.db.manager().insert(ApplicationEntity, application);
    } catch (error: unknown) {
      const code =
        error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === UNIQUE_VIOLATION)
        throw new ConflictError(
          ErrorReason.ALREADY_APPLIED,
          'You already have a live application to this opportunity.',
        );
      throw error;
    }
    return this.get(application.organizationId, application.id);
  }

  /**
   * Moves the application along the state machine; reaching SUBMITTED (or OFFERED straight from
   * consent, for an accepted proposal) is when the sponsor sees it.
   */
  async transition(
    application: ApplicationEntity,
    action: ApplicationAction,
    reason: string | null,
  ): Promise<ApplicationEntity> {
    const to = nextApplicationStatus(application.status, action);
    if (!to)
      throw new ConflictError(
        ErrorReason.INVALID_TRANSITION,
        `Cannot ${VERBS[action]}: the application is ${application.status}, and this needs ${APPLICATION_TRANSITIONS[action].from.join(' or ')}.`,
      );
    const [rows] = await this.db.manager().query(
      `UPDATE application SET status = $3, status_reason = COALESCE($4, status_reason), updated_at = now(),
         submitted_at = CASE WHEN $3 IN ('${ApplicationStatus.SUBMITTED}', '${ApplicationStatus.OFFERED}')
           THEN COALESCE(submitted_at, now()) ELSE submitted_at END
       WHERE organization_id = $1 AND id = $2 AND status = $5 RETURNING id`,
      [application.organizationId, application.id, to, reason, application.status],
    );
    if (rows.length === 0)
      throw new ConflictError(
        ErrorReason.ALREADY_DECIDED,
        `Cannot ${VERBS[action]}: the application changed meanwhile.`,
      );
    return this.get(application.organizationId, application.id);
  }

  /** Rejects every open application of a closing opportunity; returns the ended ones. */
  async rejectOpenOf(
    organizationId: string,
    opportunityId: string,
    reason: string,
  ): Promise<ApplicationEntity[]> {
    const [ended]: [{ id: string }[], number] = await this.db.manager().query(
      `UPDATE application SET status = $3, status_reason = $4, updated_at = now()
       WHERE organization_id = $1 AND opportunity_id = $2 AND status = ANY($5::text[])
       RETURNING id`,
      [organizationId, opportunityId, ApplicationStatus.REJECTED, reason, OPEN_STATES],
    );
    return ended.length
      ? this.byIds(
          organizationId,
          ended.map((row) => row.id),
        )
      : [];
  }

  /** Every application the candidate made, newest first. */
  ofCandidate(organizationId: string, candidateId: string): Promise<ApplicationEntity[]> {
    return this.db.manager().find(ApplicationEntity, {
      where: { organizationId, candidateId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** The applications that reached the sponsor, oldest first, as they arrived. */
  reachedSponsor(organizationId: string, opportunityId: string): Promise<ApplicationEntity[]> {
    return this.db.manager().find(ApplicationEntity, {
      where: { organizationId, opportunityId, submittedAt: Not(IsNull()) },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /** The candidate's most recent application to each of these opportunities. */
  async latestOfCandidate(
    organizationId: string,
    candidateId: string,
    opportunityIds: readonly string[],
  ): Promise<Map<string, ApplicationEntity>> {
    const rows = await this.db.manager().find(ApplicationEntity, {
      where: { organizationId, candidateId, opportunityId: In([...opportunityIds]) },
      order: { createdAt: 'ASC' },
    });
    return new Map(rows.map((row) => [row.opportunityId, row]));
  }

  /** Live applications per opportunity that reached the sponsor (one grouped query for a page). */
  async applicantCounts(
    organizationId: string,
    opportunityIds: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: { opportunity_id: string; count: number }[] = await this.db.manager().query(
      `SELECT opportunity_id, count(*)::int AS count FROM application
       WHERE organization_id = $1 AND opportunity_id = ANY($2::uuid[]) AND status = ANY($3::text[])
         AND submitted_at IS NOT NULL
       GROUP BY opportunity_id`,
      [organizationId, [...opportunityIds], LIVE_APPLICATION_STATUSES],
    );
    return new Map(rows.map((row) => [row.opportunity_id, row.count]));
  }

  /** Per opportunity, the applications waiting for the sponsor's first move (SUBMITTED). */
  async awaitingSponsor(
    organizationId: string,
    opportunityIds: readonly string[],
  ): Promise<Map<string, number>> {
    if (opportunityIds.length === 0) return new Map();
    const rows: { opportunity_id: string; count: number }[] = await this.db.manager().query(
      `SELECT opportunity_id, count(*)::int AS count FROM application
       WHERE organization_id = $1 AND opportunity_id = ANY($2::uuid[]) AND status = $3
       GROUP BY opportunity_id`,
      [organizationId, [...opportunityIds], ApplicationStatus.SUBMITTED],
    );
    return new Map(rows.map((row) => [row.opportunity_id, row.count]));
  }
}
