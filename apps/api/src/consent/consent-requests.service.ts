import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  addWorkingDays,
  ApplicationOrigin,
  consentAction,
  ConsentStatus,
  decide,
  ErrorReason,
  Permission,
} from '@bridge/domain';
import type { Actor } from '../access/actor';
import { ApplicationEntity } from '../applications/application.entity';
import { ApplicationRecords } from '../applications/application-records.service';
import { BadUserInputError, ConflictError, ForbiddenError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { applicationOffered, applicationReceived } from '../notices/application-notices';
import { consentDecided, consentRequested } from '../notices/consent-notices';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganizationSettings } from '../organizations/organization-settings.service';
import { PeopleService } from '../people/people.service';
import { ConsentRequestEntity } from './consent-request.entity';

/**
 * Manager consent to the time an application takes: asked when a candidate with a manager applies,
 * answered by the manager asked (a refusal needs a reason), withdrawn when the application ends.
 */
@Injectable()
export class ConsentRequests {
  constructor(
    private readonly db: TenantDatabase,
    private readonly applicationRecords: ApplicationRecords,
    private readonly settings: OrganizationSettings,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Asks an approver, with the organization's deadline; returns the notice to send them. */
  async request(
    application: Pick<ApplicationEntity, 'organizationId' | 'id'>,
    approverId: string,
    escalationLevel: number,
    context: { candidateName: string; opportunity: OpportunityEntity },
    now: Date = new Date(),
  ): Promise<{ request: ConsentRequestEntity; notice: NewNotification }> {
    const { organizationId } = application;
    const days = await this.settings.consentWorkingDays(organizationId);
    const request: ConsentRequestEntity = {
      organizationId,
      id: randomUUID(),
      applicationId: application.id,
      approverId,
      status: ConsentStatus.PENDING,
      escalationLevel,
      dueAt: addWorkingDays(now, days),
      reason: null,
      decidedAt: null,
      requestedAt: now,
    };
    await this.db.manager().insert(ConsentRequestEntity, request);
    const notice = consentRequested(
      organizationId,
      approverId,
      context.candidateName,
      context.opportunity,
      request.dueAt,
    );
    return { request, notice };
  }

  /** The manager asked approves, or declines with a reason; the candidate (and, approved, the sponsor) hear of it. */
  async decide(
    actor: Actor,
    applicationId: string,
    approve: boolean,
    reason: string | null | undefined,
  ): Promise<ApplicationEntity> {
    const manager = this.db.manager();
    const organizationId = actor.organizationId;
    const application = await this.applicationRecords.get(organizationId, applicationId, true);
    const pending = await manager.findOne(ConsentRequestEntity, {
      where: { organizationId, applicationId, status: ConsentStatus.PENDING },
      lock: { mode: 'pessimistic_write' },
    });
    const decision = decide(actor, Permission.DecideConsent, {
      kind: 'consentRequest',
      approverId: pending?.approverId ?? '',
    });
    if (!pending || !decision.allowed) {
      // Someone asked earlier (before an escalation, or who already answered) learns it moved on.
      if (await this.wasAsked(organizationId, applicationId, actor.personId))
        throw new ConflictError(
          ErrorReason.ALREADY_DECIDED,
          'This consent request has already been answered or has moved on.',
        );
      throw decision.allowed
        ? new ForbiddenError(ErrorReason.NOT_APPROVER, 'This application is not waiting for your consent.')
        : ForbiddenError.from(decision);
    }
    const trimmedReason = reason?.trim() || null;
    if (!approve && !trimmedReason)
      throw new BadUserInputError(
        'reason',
        'reason is required when declining: the candidate deserves to know why',
      );
    const updated = await this.applicationRecords.transition(
      application,
      consentAction(approve, application.origin),
      approve ? null : trimmedReason,
    );
    await manager.update(
      ConsentRequestEntity,
      { organizationId, id: pending.id },
      {
        status: approve ? ConsentStatus.APPROVED : ConsentStatus.DECLINED,
        reason: trimmedReason,
        decidedAt: new Date(),
      },
    );
    // Read here, not through OpportunitiesService: opportunities depend on consent (closing one
    // withdraws its requests), so consent cannot depend on them.
    const opportunity = await manager.findOneByOrFail(OpportunityEntity, {
      organizationId,
      id: application.opportunityId,
    });
    const people = await this.people.byIds(organizationId, [actor.personId, application.candidateId]);
    const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? 'Someone';
    // An accepted proposal was the sponsor's choice already: consent makes it an offer the candidate
    // answers. An application reaches the sponsor only now, and they hear of it.
    const offered = approve && application.origin === ApplicationOrigin.MATCH_PROPOSAL;
    const notices = offered
      ? [applicationOffered(organizationId, application.candidateId, opportunity, null)]
      : [
          consentDecided(
            organizationId,
            application.candidateId,
            nameOf(actor.personId),
            opportunity,
            approve,
            trimmedReason,
          ),
        ];
    if (approve && !offered)
      notices.push(applicationReceived(organizationId, opportunity, nameOf(application.candidateId), true));
    await this.notifications.notify(notices, manager);
    return updated;
  }

  /** Withdraws the unanswered requests of applications that ended before anyone decided. */
  async cancelPending(organizationId: string, applicationIds: readonly string[]): Promise<void> {
    if (applicationIds.length === 0) return;
    await this.db
      .manager()
      .update(
        ConsentRequestEntity,
        { organizationId, applicationId: In([...applicationIds]), status: ConsentStatus.PENDING },
        { status: ConsentStatus.CANCELLED, decidedAt: new Date() },
      );
  }

  /** Whether this person was ever asked about this application (they may see it). */
  wasAsked(organizationId: string, applicationId: string, personId: string): Promise<boolean> {
    return this.db
      .manager()
      .existsBy(ConsentRequestEntity, { organizationId, applicationId, approverId: personId });
  }

  /** Consent requests addressed to the actor: pending first (soonest due), then answered ones. */
  addressedTo(actor: Actor, pendingOnly: boolean): Promise<ConsentRequestEntity[]> {
    const query = this.db
      .manager()
      .getRepository(ConsentRequestEntity)
      .createQueryBuilder('request')
      .where('request.organizationId = :organizationId AND request.approverId = :me', {
        organizationId: actor.organizationId,
        me: actor.personId,
      });
    if (pendingOnly) query.andWhere('request.status = :pending', { pending: ConsentStatus.PENDING });
    return query
      .orderBy(`CASE WHEN request.status = 'PENDING' THEN 0 ELSE 1 END`)
      .addOrderBy('request.dueAt', 'ASC')
      .addOrderBy('request.requestedAt', 'DESC')
      .take(200)
      .getMany();
  }

  /** Every request of these applications, in the order they were asked. */
  ofApplications(organizationId: string, applicationIds: readonly string[]): Promise<ConsentRequestEntity[]> {
    return this.db.manager().find(ConsentRequestEntity, {
      where: { organizationId, applicationId: In([...applicationIds]) },
      order: { requestedAt: 'ASC' },
    });
  }

  /**
   * The candidate–opportunity pairs whose latest consent answer was a refusal, as
   * `candidateId:opportunityId`: the manager's recorded refusal that matching must respect. 'ALL'
   * opportunities: for a few candidates, cheaper than naming every open opportunity.
   */
  async refusals(
    organizationId: string,
    candidateIds: readonly string[],
    opportunityIds: readonly string[] | 'ALL',
  ): Promise<Set<string>> {
    if (candidateIds.length === 0 || opportunityIds.length === 0) return new Set();
    const rows: { candidate_id: string; opportunity_id: string }[] = await this.db.manager().query(
      `SELECT candidate_id, opportunity_id FROM (
         SELECT DISTINCT ON (a.candidate_id, a.opportunity_id) a.candidate_id, a.opportunity_id, c.status
         FROM consent_request c
         JOIN application a ON a.organization_id = c.organization_id AND a.id = c.application_id
         WHERE c.organization_id = $1 AND a.candidate_id = ANY($2::uuid[])
           AND ($3::uuid[] IS NULL OR a.opportunity_id = ANY($3::uuid[]))
           AND c.status IN ('${ConsentStatus.APPROVED}', '${ConsentStatus.DECLINED}')
         ORDER BY a.candidate_id, a.opportunity_id, c.decided_at DESC
       ) latest WHERE status = '${ConsentStatus.DECLINED}'`,
      [organizationId, [...candidateIds], opportunityIds === 'ALL' ? null : [...opportunityIds]],
    );
    return new Set(rows.map((row) => `${row.candidate_id}:${row.opportunity_id}`));
  }

  /** Requests past their deadline across the organization, for HR: where consent is stuck. */
  async overdueCount(organizationId: string, now: Date = new Date()): Promise<number> {
    const [row]: { overdue: number }[] = await this.db.manager().query(
      `SELECT count(*)::int AS overdue FROM consent_request
       WHERE organization_id = $1 AND status = '${ConsentStatus.PENDING}' AND due_at <= $2`,
      [organizationId, now],
    );
    return row.overdue;
  }
}
