import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, In, QueryFailedError } from 'typeorm';
import {
  addWorkingDays,
  ApplicationAction,
  ApplicationStatus,
  APPLICATION_TRANSITIONS,
  ConsentStatus,
  decide,
  nextApplicationStatus,
  NotificationKind,
  OpportunityKind,
  OpportunityStatus,
  Permission,
  PlacementStatus,
} from '@bridge/domain';
import type { Actor } from '../auth/actor';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { CandidateProfileEntity } from '../candidate-profiles/candidate-profile.entity';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrgUnitsService } from '../org-units/org-units.service';
import { PersonEntity } from '../people/person.entity';
import { ApplicationEntity, ConsentRequestEntity, PlacementEntity } from './application.entities';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === UNIQUE_VIOLATION
  );
}

export interface ManagerConsentStatistics {
  managerId: string;
  requested: number;
  approved: number;
  declined: number;
  escalated: number;
  pending: number;
  /** Approved over requests answered or let lapse, 0–1; null before any. */
  approvalRate: number | null;
  /** Declined or let lapse over the same, 0–1. */
  refusalRate: number | null;
  /** Median hours from request to answer, over answered requests. */
  medianHoursToDecide: number | null;
}

/**
 * Applications, manager consent and placements. Every change goes through the state machine in
 * @bridge/domain and a conditional UPDATE on the current state, so a racing request finds the row
 * already moved and gets CONFLICT; seats and candidate capacity are kept by conditional UPDATEs
 * backed by CHECK constraints, so no interleaving can over-fill either.
 */
@Injectable()
export class ApplicationsService {
  private readonly logger = new Logger(ApplicationsService.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly opportunities: OpportunitiesService,
    private readonly units: OrgUnitsService,
    private readonly notifications: NotificationsService,
  ) {}

  async apply(actor: Actor, opportunityId: string, motivation: string): Promise<ApplicationEntity> {
    const manager = this.db.manager();
    const organizationId = actor.organizationId;
    const trimmedMotivation = motivation.trim();
    if (!trimmedMotivation)
      throw new BadUserInputError('motivation', 'motivation is required: tell the sponsor why you want this');
    const opportunity = await this.opportunities.visible(actor, opportunityId);
    if (opportunity.status !== OpportunityStatus.OPEN)
      throw new ConflictError(
        `“${opportunity.title}” is not open for applications (it is ${opportunity.status}).`,
      );
    if (opportunity.sponsorId === actor.personId || opportunity.menteeId === actor.personId)
      throw new ForbiddenError('You cannot apply to your own opportunity.');
    const candidate = await manager.findOneByOrFail(PersonEntity, { organizationId, id: actor.personId });
    await this.assertEligible(organizationId, opportunity, candidate);
    const profile = await manager.findOneBy(CandidateProfileEntity, {
      organizationId,
      personId: actor.personId,
    });
    if (!profile)
      throw new ConflictError(
        'Set up your candidate profile (target transition and hours available) before applying.',
      );
    if (opportunity.hoursPerWeek > profile.hoursPerWeek)
      throw new ConflictError(
        `“${opportunity.title}” needs ${opportunity.hoursPerWeek} hours a week; your profile offers ${profile.hoursPerWeek}.`,
      );

    const needsConsent = candidate.managerId !== null;
    const application: Partial<ApplicationEntity> = {
      organizationId,
      id: randomUUID(),
      opportunityId,
      candidateId: actor.personId,
      status: needsConsent ? ApplicationStatus.AWAITING_CONSENT : ApplicationStatus.SUBMITTED,
      motivation: trimmedMotivation,
      statusReason: null,
      createdAt: new Date(),
    };
    try {
      // The partial unique index decides between racing applications; the loser's request rolls back.
      await manager.insert(ApplicationEntity, application);
    } catch (error: unknown) {
      if (isUniqueViolation(error))
        throw new ConflictError('You already have a live application to this opportunity.');
      throw error;
    }
    const notices: NewNotification[] = [
      {
        organizationId,
        recipientId: opportunity.sponsorId,
        kind: NotificationKind.APPLICATION_RECEIVED,
        title: `${candidate.name} applied to “${opportunity.title}”`,
        body: needsConsent
          ? `${candidate.name} applied. Their manager has been asked to consent to ${opportunity.hoursPerWeek} hours a week.`
          : `${candidate.name} applied and is ready for your review.`,
        link: `/opportunities/${opportunityId}/applicants`,
      },
    ];
    if (candidate.managerId) {
      const request = await this.requestConsent(
        manager,
        organizationId,
        application.id as string,
        candidate.managerId,
        0,
      );
      notices.push(
        this.consentRequestedNotice(
          organizationId,
          candidate.managerId,
          candidate,
          opportunity,
          request.dueAt,
        ),
      );
    }
    await this.notifications.notify(notices, manager);
    return manager.findOneByOrFail(ApplicationEntity, { organizationId, id: application.id });
  }

  async withdraw(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const application = await this.own(actor, applicationId);
    const updated = await this.transition(actor.organizationId, application, 'withdraw', null);
    await this.cancelPendingConsent(actor.organizationId, applicationId);
    const opportunity = await this.opportunityOf(application);
    const candidate = await this.person(actor.organizationId, application.candidateId);
    await this.notifications.notify([
      {
        organizationId: actor.organizationId,
        recipientId: opportunity.sponsorId,
        kind: NotificationKind.APPLICATION_WITHDRAWN,
        title: `${candidate.name} withdrew from “${opportunity.title}”`,
        body: `${candidate.name} withdrew their application.`,
        link: `/opportunities/${opportunity.id}/applicants`,
      },
    ]);
    return updated;
  }

  async decideConsent(
    actor: Actor,
    applicationId: string,
    approve: boolean,
    reason: string | null | undefined,
  ): Promise<ApplicationEntity> {
    const manager = this.db.manager();
    const organizationId = actor.organizationId;
    const application = await manager.findOneBy(ApplicationEntity, { organizationId, id: applicationId });
    if (!application) throw new NotFoundError('application', applicationId);
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
      const wasAsked = await manager.existsBy(ConsentRequestEntity, {
        organizationId,
        applicationId,
        approverId: actor.personId,
      });
      if (wasAsked)
        throw new ConflictError('This consent request has already been answered or has moved on.');
      throw new ForbiddenError(decision.reason);
    }
    const trimmedReason = reason?.trim() || null;
    if (!approve && !trimmedReason)
      throw new BadUserInputError(
        'reason',
        'reason is required when declining: the candidate deserves to know why',
      );
    const updated = await this.transition(
      organizationId,
      application,
      approve ? 'consentApproved' : 'consentDeclined',
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
    const opportunity = await this.opportunityOf(application);
    const approver = await this.person(organizationId, actor.personId);
    const candidate = await this.person(organizationId, application.candidateId);
    const notices: NewNotification[] = [
      {
        organizationId,
        recipientId: application.candidateId,
        kind: NotificationKind.CONSENT_DECIDED,
        title: approve
          ? `${approver.name} agreed to your time on “${opportunity.title}”`
          : `${approver.name} declined your time on “${opportunity.title}”`,
        body: approve
          ? `Your application is now with the sponsor.${trimmedReason ? ` ${approver.name} said: ${trimmedReason}` : ''}`
          : `Reason: ${trimmedReason}`,
        link: '/marketplace/applications',
      },
    ];
    if (approve)
      notices.push({
        organizationId,
        recipientId: opportunity.sponsorId,
        kind: NotificationKind.CONSENT_DECIDED,
        title: `${candidate.name}'s manager consented for “${opportunity.title}”`,
        body: `${candidate.name}'s application is ready for your review.`,
        link: `/opportunities/${opportunity.id}/applicants`,
      });
    await this.notifications.notify(notices, manager);
    return updated;
  }

  async shortlist(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const { application, opportunity } = await this.managedApplication(actor, applicationId);
    const updated = await this.transition(actor.organizationId, application, 'shortlist', null);
    await this.notifications.notify([
      this.candidateNotice(
        actor,
        application,
        NotificationKind.APPLICATION_SHORTLISTED,
        `You are shortlisted for “${opportunity.title}”`,
        'The sponsor shortlisted your application.',
      ),
    ]);
    return updated;
  }

  async reject(actor: Actor, applicationId: string, reason: string): Promise<ApplicationEntity> {
    const { application, opportunity } = await this.managedApplication(actor, applicationId);
    const trimmed = reason.trim();
    if (!trimmed)
      throw new BadUserInputError('reason', 'reason is required: the candidate deserves to know why');
    const updated = await this.transition(actor.organizationId, application, 'reject', trimmed);
    await this.cancelPendingConsent(actor.organizationId, applicationId);
    await this.notifications.notify([
      this.candidateNotice(
        actor,
        application,
        NotificationKind.APPLICATION_REJECTED,
        `Not selected for “${opportunity.title}”`,
        `The sponsor's reason: ${trimmed}`,
      ),
    ]);
    return updated;
  }

  async offer(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const { application, opportunity } = await this.managedApplication(actor, applicationId);
    if (opportunity.status !== OpportunityStatus.OPEN)
      throw new ConflictError(
        `“${opportunity.title}” is ${opportunity.status}; only an open opportunity can make offers.`,
      );
    if (opportunity.seatsFilled >= opportunity.seats)
      throw new ConflictError(`All ${opportunity.seats} seats of “${opportunity.title}” are filled.`);
    const updated = await this.transition(actor.organizationId, application, 'offer', null);
    await this.notifications.notify([
      this.candidateNotice(
        actor,
        application,
        NotificationKind.APPLICATION_OFFERED,
        `You have an offer for “${opportunity.title}”`,
        `Accept or decline it in My applications. ${opportunity.hoursPerWeek} hours a week.`,
      ),
    ]);
    return updated;
  }

  /**
   * The candidate answers an offer. Accepting moves the application to PLACED, takes a seat and adds
   * the load to the candidate's profile, each a conditional UPDATE that only succeeds while the rule
   * holds; if any fails the whole request is rolled back and the candidate gets CONFLICT.
   */
  async respondToOffer(
    actor: Actor,
    applicationId: string,
    accept: boolean,
    reason: string | null | undefined,
  ): Promise<ApplicationEntity> {
    const manager = this.db.manager();
    const organizationId = actor.organizationId;
    const application = await this.own(actor, applicationId);
    const opportunity = await this.opportunityOf(application);
    const candidate = await this.person(organizationId, actor.personId);
    if (!accept) {
      const updated = await this.transition(
        organizationId,
        application,
        'declineOffer',
        reason?.trim() || null,
      );
      await this.notifications.notify([
        {
          organizationId,
          recipientId: opportunity.sponsorId,
          kind: NotificationKind.OFFER_DECLINED,
          title: `${candidate.name} declined your offer for “${opportunity.title}”`,
          body: reason?.trim() ? `Their reason: ${reason.trim()}` : `${candidate.name} declined the offer.`,
          link: `/opportunities/${opportunity.id}/applicants`,
        },
      ]);
      return updated;
    }
    const updated = await this.transition(organizationId, application, 'accept', null);
    const [, seatTaken] = await manager.query(
      `UPDATE opportunity SET seats_filled = seats_filled + 1, updated_at = now()
       WHERE organization_id = $1 AND id = $2 AND seats_filled < seats RETURNING id`,
      [organizationId, opportunity.id],
    );
    if (!seatTaken)
      throw new ConflictError(`All ${opportunity.seats} seats of “${opportunity.title}” are already taken.`);
    const load = placementLoad(opportunity.kind, opportunity.hoursPerWeek);
    const [, loadAdded] = await manager.query(
      `UPDATE candidate_profile SET committed_hours = committed_hours + $3,
         active_projects = active_projects + $4, active_mentees = active_mentees + $5, updated_at = now()
       WHERE organization_id = $1 AND person_id = $2
         AND committed_hours + $3 <= hours_per_week
         AND active_projects + $4 <= max_projects AND active_mentees + $5 <= max_mentees
       RETURNING person_id`,
      [organizationId, actor.personId, load.hours, load.projects, load.mentees],
    );
    if (!loadAdded)
      throw new ConflictError(
        load.mentees
          ? 'Accepting would take you past your mentee limit or the hours a week in your profile.'
          : 'Accepting would take you past your limit of concurrent projects or the hours a week in your profile.',
      );
    await manager.insert(PlacementEntity, {
      organizationId,
      id: randomUUID(),
      applicationId,
      opportunityId: opportunity.id,
      candidateId: actor.personId,
      kind: opportunity.kind,
      hoursPerWeek: opportunity.hoursPerWeek,
      status: PlacementStatus.ACTIVE,
      startedAt: new Date(),
    });
    const notices: NewNotification[] = [
      {
        organizationId,
        recipientId: opportunity.sponsorId,
        kind: NotificationKind.OFFER_ACCEPTED,
        title: `${candidate.name} accepted “${opportunity.title}”`,
        body: `${candidate.name} is placed on “${opportunity.title}” for ${opportunity.hoursPerWeek} hours a week.`,
        link: `/opportunities/${opportunity.id}/applicants`,
      },
      {
        organizationId,
        recipientId: actor.personId,
        kind: NotificationKind.PLACEMENT_STARTED,
        title: `Your placement on “${opportunity.title}” has started`,
        body: `You are placed for ${opportunity.hoursPerWeek} hours a week. Good luck!`,
        link: '/marketplace/applications',
      },
    ];
    if (candidate.managerId)
      notices.push({
        organizationId,
        recipientId: candidate.managerId,
        kind: NotificationKind.PLACEMENT_STARTED,
        title: `${candidate.name} started on “${opportunity.title}”`,
        body: `${candidate.name} is placed for ${opportunity.hoursPerWeek} hours a week.`,
      });
    await this.notifications.notify(notices, manager);
    return updated;
  }

  /** The sponsor ends a placement: completed, or ended early with a reason. Frees the seat and the candidate's time. */
  async endPlacement(
    actor: Actor,
    placementId: string,
    completed: boolean,
    reason: string | null | undefined,
  ): Promise<PlacementEntity> {
    const manager = this.db.manager();
    const organizationId = actor.organizationId;
    const placement = await manager.findOne(PlacementEntity, {
      where: { organizationId, id: placementId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!placement) throw new NotFoundError('placement', placementId);
    const opportunity = await this.opportunities.managed(actor, placement.opportunityId, manager);
    if (placement.status !== PlacementStatus.ACTIVE)
      throw new ConflictError('This placement has already ended.');
    const trimmed = reason?.trim() || null;
    if (!completed && !trimmed)
      throw new BadUserInputError('reason', 'reason is required when a placement ends early');
    const load = placementLoad(placement.kind, placement.hoursPerWeek);
    await manager.update(
      PlacementEntity,
      { organizationId, id: placementId },
      {
        status: completed ? PlacementStatus.COMPLETED : PlacementStatus.ENDED_EARLY,
        endReason: trimmed,
        endedAt: new Date(),
      },
    );
    await manager.query(
      `UPDATE opportunity SET seats_filled = seats_filled - 1, updated_at = now() WHERE organization_id = $1 AND id = $2`,
      [organizationId, opportunity.id],
    );
    await manager.query(
      `UPDATE candidate_profile SET committed_hours = committed_hours - $3,
         active_projects = active_projects - $4, active_mentees = active_mentees - $5, updated_at = now()
       WHERE organization_id = $1 AND person_id = $2`,
      [organizationId, placement.candidateId, load.hours, load.projects, load.mentees],
    );
    await this.notifications.notify(
      [
        {
          organizationId,
          recipientId: placement.candidateId,
          kind: NotificationKind.PLACEMENT_ENDED,
          title: completed
            ? `“${opportunity.title}” is complete`
            : `Your placement on “${opportunity.title}” ended early`,
          body: completed
            ? 'The sponsor marked your placement completed. Well done.'
            : `The sponsor's reason: ${trimmed}`,
          link: '/marketplace/applications',
        },
      ],
      manager,
    );
    return manager.findOneByOrFail(PlacementEntity, { organizationId, id: placementId });
  }

  /** Every application the candidate made, newest first. */
  mine(actor: Actor): Promise<ApplicationEntity[]> {
    return this.db.manager().find(ApplicationEntity, {
      where: { organizationId: actor.organizationId, candidateId: actor.personId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** An opportunity's applications, for its sponsor and HR; oldest first, as they arrived. */
  async forOpportunity(actor: Actor, opportunityId: string): Promise<ApplicationEntity[]> {
    const opportunity = await this.opportunities.visible(actor, opportunityId);
    if (!this.opportunities.mayManage(actor, opportunity))
      throw new ForbiddenError('Only the sponsor of this opportunity (or HR) can see its applicants.');
    return this.db.manager().find(ApplicationEntity, {
      where: { organizationId: actor.organizationId, opportunityId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** One application, for the candidate, the opportunity's sponsor, HR, or anyone asked for consent. */
  async visible(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const manager = this.db.manager();
    const application = await manager.findOneBy(ApplicationEntity, {
      organizationId: actor.organizationId,
      id: applicationId,
    });
    if (!application) throw new NotFoundError('application', applicationId);
    if (application.candidateId === actor.personId) return application;
    if (this.opportunities.mayManage(actor, await this.opportunityOf(application))) return application;
    if (
      await manager.existsBy(ConsentRequestEntity, {
        organizationId: actor.organizationId,
        applicationId,
        approverId: actor.personId,
      })
    )
      return application;
    throw new NotFoundError('application', applicationId);
  }

  /** Consent requests addressed to the actor: pending first (soonest due), then answered ones. */
  consentRequestsFor(actor: Actor, pendingOnly: boolean): Promise<ConsentRequestEntity[]> {
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

  /** Per approver: how they answered consent requests. Talent hoarding shows as refusals and lapses. */
  async consentStatistics(organizationId: string): Promise<ManagerConsentStatistics[]> {
    const rows: Omit<ManagerConsentStatistics, 'approvalRate' | 'refusalRate'>[] = await this.db
      .manager()
      .query(
        `SELECT approver_id AS "managerId",
              count(*) FILTER (WHERE status <> 'CANCELLED')::int AS requested,
              count(*) FILTER (WHERE status = 'APPROVED')::int AS approved,
              count(*) FILTER (WHERE status = 'DECLINED')::int AS declined,
              count(*) FILTER (WHERE status = 'ESCALATED')::int AS escalated,
              count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - requested_at) / 3600)
                FILTER (WHERE status IN ('APPROVED', 'DECLINED')) AS "medianHoursToDecide"
       FROM consent_request WHERE organization_id = $1
       GROUP BY approver_id
       HAVING count(*) FILTER (WHERE status <> 'CANCELLED') > 0
       ORDER BY count(*) FILTER (WHERE status IN ('DECLINED', 'ESCALATED')) DESC, approver_id`,
        [organizationId],
      );
    return rows.map((row) => {
      const closed = row.approved + row.declined + row.escalated;
      return {
        ...row,
        approvalRate: closed ? row.approved / closed : null,
        refusalRate: closed ? (row.declined + row.escalated) / closed : null,
      };
    });
  }

  /**
   * Consent requests past their deadline go to the approver's own manager; a request is never
   * approved by silence. At the top of the reporting line there is no one to escalate to, so HR is
   * told instead and the request waits. Runs for every organization with overdue requests.
   */
  async escalateOverdueConsents(now: Date = new Date()): Promise<number> {
    const organizations: { id: string }[] = await this.db.unscopedQuery(
      'SELECT bridge_organizations_with_overdue_consent($1) AS id',
      [now],
    );
    let escalated = 0;
    for (const { id: organizationId } of organizations) {
      escalated += await this.db.run(organizationId, (manager) =>
        this.escalateIn(manager, organizationId, now),
      );
    }
    return escalated;
  }

  private async escalateIn(manager: EntityManager, organizationId: string, now: Date): Promise<number> {
    const overdue: ConsentRequestEntity[] = await manager
      .getRepository(ConsentRequestEntity)
      .createQueryBuilder('request')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(
        'request.organizationId = :organizationId AND request.status = :pending AND request.dueAt <= :now',
        {
          organizationId,
          pending: ConsentStatus.PENDING,
          now,
        },
      )
      .getMany();
    if (overdue.length === 0) return 0;
    const organization = await manager.findOneByOrFail(OrganizationEntity, { id: organizationId });
    // Everything the overdue requests refer to, in one query per kind rather than per request.
    const applications = byId(
      await manager.findBy(ApplicationEntity, {
        organizationId,
        id: In(overdue.map((request) => request.applicationId)),
      }),
    );
    const opportunities = byId(
      await manager.findBy(OpportunityEntity, {
        organizationId,
        id: In([...applications.values()].map((application) => application.opportunityId)),
      }),
    );
    const people = byId(
      await manager.findBy(PersonEntity, {
        organizationId,
        id: In([
          ...overdue.map((request) => request.approverId),
          ...[...applications.values()].map((application) => application.candidateId),
        ]),
      }),
    );
    const hrPeople: { id: string }[] = await manager.query(
      `SELECT id FROM person WHERE organization_id = $1 AND active AND 'HR' = ANY(roles)`,
      [organizationId],
    );
    const notices: NewNotification[] = [];
    for (const request of overdue) {
      const application = found(applications, request.applicationId);
      const opportunity = found(opportunities, application.opportunityId);
      const approver = found(people, request.approverId);
      const candidate = found(people, application.candidateId);
      const dueAt = addWorkingDays(now, organization.consentWorkingDays);
      if (!approver.managerId) {
        await manager.update(ConsentRequestEntity, { organizationId, id: request.id }, { dueAt });
        for (const person of hrPeople)
          notices.push({
            organizationId,
            recipientId: person.id,
            kind: NotificationKind.CONSENT_ESCALATED,
            title: `Consent for ${candidate.name} is overdue`,
            body: `${approver.name} has not answered the consent request for “${opportunity.title}” and has no manager to escalate to.`,
            link: '/consent-statistics',
          });
        continue;
      }
      await manager.update(
        ConsentRequestEntity,
        { organizationId, id: request.id },
        { status: ConsentStatus.ESCALATED, decidedAt: now },
      );
      const next = await this.requestConsent(
        manager,
        organizationId,
        application.id,
        approver.managerId,
        request.escalationLevel + 1,
        now,
        organization.consentWorkingDays,
      );
      notices.push(
        {
          ...this.consentRequestedNotice(
            organizationId,
            approver.managerId,
            candidate,
            opportunity,
            next.dueAt,
          ),
          kind: NotificationKind.CONSENT_ESCALATED,
          title: `Escalated to you: consent for ${candidate.name}`,
        },
        {
          organizationId,
          recipientId: approver.id,
          kind: NotificationKind.CONSENT_ESCALATED,
          title: `Consent for ${candidate.name} went to your manager`,
          body: `You did not answer within ${organization.consentWorkingDays} working days, so the request for “${opportunity.title}” went up a level.`,
        },
        {
          organizationId,
          recipientId: candidate.id,
          kind: NotificationKind.CONSENT_ESCALATED,
          title: `Your consent request for “${opportunity.title}” was escalated`,
          body: `${approver.name} did not answer in time, so the request went to their manager.`,
          link: '/marketplace/applications',
        },
      );
    }
    await this.notifications.notify(notices, manager);
    this.logger.log({ organizationId, escalated: overdue.length }, 'Escalated overdue consent requests');
    return overdue.length;
  }

  private async requestConsent(
    manager: EntityManager,
    organizationId: string,
    applicationId: string,
    approverId: string,
    escalationLevel: number,
    now: Date = new Date(),
    workingDays?: number,
  ): Promise<ConsentRequestEntity> {
    const days =
      workingDays ??
      (await manager.findOneByOrFail(OrganizationEntity, { id: organizationId })).consentWorkingDays;
    const request = {
      organizationId,
      id: randomUUID(),
      applicationId,
      approverId,
      status: ConsentStatus.PENDING,
      escalationLevel,
      dueAt: addWorkingDays(now, days),
      reason: null,
      decidedAt: null,
      requestedAt: now,
    };
    await manager.insert(ConsentRequestEntity, request);
    return request;
  }

  private consentRequestedNotice(
    organizationId: string,
    approverId: string,
    candidate: PersonEntity,
    opportunity: OpportunityEntity,
    dueAt: Date,
  ): NewNotification {
    const dates = opportunity.startsOn
      ? ` from ${opportunity.startsOn}${opportunity.endsOn ? ` to ${opportunity.endsOn}` : ''}`
      : '';
    return {
      organizationId,
      recipientId: approverId,
      kind: NotificationKind.CONSENT_REQUESTED,
      title: `${candidate.name} asks for time on “${opportunity.title}”`,
      body: `${opportunity.hoursPerWeek} hours a week${dates}. Please approve or decline by ${dueAt.toISOString().slice(0, 10)}.`,
      link: '/consent-requests',
    };
  }

  private candidateNotice(
    actor: Actor,
    application: ApplicationEntity,
    kind: NotificationKind,
    title: string,
    body: string,
  ): NewNotification {
    return {
      organizationId: actor.organizationId,
      recipientId: application.candidateId,
      kind,
      title,
      body,
      link: '/marketplace/applications',
    };
  }

  /**
   * Moves the application along the state machine with a conditional UPDATE on the state it was read
   * in, so of two racing requests only one wins; the other gets CONFLICT.
   */
  private async transition(
    organizationId: string,
    application: ApplicationEntity,
    action: ApplicationAction,
    reason: string | null,
  ): Promise<ApplicationEntity> {
    const to = nextApplicationStatus(application.status, action);
    if (!to)
      throw new ConflictError(
        `Cannot ${describe(action)}: the application is ${application.status}, and this needs ${APPLICATION_TRANSITIONS[action].from.join(' or ')}.`,
      );
    const [rows] = await this.db.manager().query(
      `UPDATE application SET status = $3, status_reason = COALESCE($4, status_reason), updated_at = now()
       WHERE organization_id = $1 AND id = $2 AND status = $5 RETURNING id`,
      [organizationId, application.id, to, reason, application.status],
    );
    if (rows.length === 0)
      throw new ConflictError(`Cannot ${describe(action)}: the application changed meanwhile.`);
    return this.db.manager().findOneByOrFail(ApplicationEntity, { organizationId, id: application.id });
  }

  private async cancelPendingConsent(organizationId: string, applicationId: string): Promise<void> {
    await this.db
      .manager()
      .update(
        ConsentRequestEntity,
        { organizationId, applicationId, status: ConsentStatus.PENDING },
        { status: ConsentStatus.CANCELLED, decidedAt: new Date() },
      );
  }

  private async own(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const application = await this.db
      .manager()
      .findOneBy(ApplicationEntity, { organizationId: actor.organizationId, id: applicationId });
    if (!application) throw new NotFoundError('application', applicationId);
    if (application.candidateId !== actor.personId) {
      // Someone who can see it (sponsor, HR) is told why; anyone else learns nothing.
      await this.visible(actor, applicationId);
      throw new ForbiddenError('Only the candidate can do this with their application.');
    }
    return application;
  }

  private async managedApplication(
    actor: Actor,
    applicationId: string,
  ): Promise<{ application: ApplicationEntity; opportunity: OpportunityEntity }> {
    const application = await this.db
      .manager()
      .findOneBy(ApplicationEntity, { organizationId: actor.organizationId, id: applicationId });
    if (!application) throw new NotFoundError('application', applicationId);
    // An application on a draft the actor cannot see is as absent as the draft itself.
    const opportunity = await this.opportunities
      .visible(actor, application.opportunityId)
      .catch((error: unknown) => {
        throw error instanceof NotFoundError ? new NotFoundError('application', applicationId) : error;
      });
    const decision = decide(actor, Permission.ManageOpportunity, {
      kind: 'opportunity',
      sponsorId: opportunity.sponsorId,
    });
    if (!decision.allowed) {
      await this.visible(actor, applicationId);
      throw new ForbiddenError(decision.reason);
    }
    return { application, opportunity };
  }

  /** Cross-functional work is for people outside the host function; no one mentors someone in their own reporting line. */
  private async assertEligible(
    organizationId: string,
    opportunity: OpportunityEntity,
    candidate: PersonEntity,
  ): Promise<void> {
    if (opportunity.crossFunctional && opportunity.hostUnitId) {
      const unitIds = [opportunity.hostUnitId, ...(candidate.unitId ? [candidate.unitId] : [])];
      const functions = await this.units.functionsOf(organizationId, unitIds);
      const hostFunction = functions.get(opportunity.hostUnitId);
      if (candidate.unitId && hostFunction && functions.get(candidate.unitId) === hostFunction)
        throw new ForbiddenError(
          'This cross-functional opportunity is for people from other functions than the one hosting it.',
        );
    }
    if (opportunity.kind === OpportunityKind.MENTORSHIP && opportunity.menteeId) {
      const [{ related }] = await this.db.manager().query(
        `WITH RECURSIVE chain(id, manager_id, root) AS (
           SELECT id, manager_id, id FROM person WHERE organization_id = $1 AND id = ANY($2::uuid[])
           UNION ALL
           SELECT p.id, p.manager_id, chain.root FROM person p JOIN chain ON p.organization_id = $1 AND p.id = chain.manager_id
         )
         SELECT EXISTS (SELECT 1 FROM chain WHERE (root = $3 AND id = $4) OR (root = $4 AND id = $3)) AS related`,
        [organizationId, [candidate.id, opportunity.menteeId], candidate.id, opportunity.menteeId],
      );
      if (related) throw new ForbiddenError('You cannot mentor someone in your own reporting line.');
    }
  }

  private async opportunityOf(application: ApplicationEntity): Promise<OpportunityEntity> {
    return this.db.manager().findOneByOrFail(OpportunityEntity, {
      organizationId: application.organizationId,
      id: application.opportunityId,
    });
  }

  private person(organizationId: string, id: string): Promise<PersonEntity> {
    return this.db.manager().findOneByOrFail(PersonEntity, { organizationId, id });
  }

  consentsFor(organizationId: string, applicationIds: readonly string[]): Promise<ConsentRequestEntity[]> {
    return this.db.manager().find(ConsentRequestEntity, {
      where: { organizationId, applicationId: In([...applicationIds]) },
      order: { requestedAt: 'ASC' },
    });
  }

  placementsFor(organizationId: string, applicationIds: readonly string[]): Promise<PlacementEntity[]> {
    return this.db
      .manager()
      .findBy(PlacementEntity, { organizationId, applicationId: In([...applicationIds]) });
  }

  placementsOfOpportunities(
    organizationId: string,
    opportunityIds: readonly string[],
  ): Promise<PlacementEntity[]> {
    return this.db.manager().find(PlacementEntity, {
      where: { organizationId, opportunityId: In([...opportunityIds]) },
      order: { startedAt: 'ASC' },
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

  async setConsentWorkingDays(actor: Actor, workingDays: number): Promise<OrganizationEntity> {
    const manager = this.db.manager();
    await manager.update(
      OrganizationEntity,
      { id: actor.organizationId },
      { consentWorkingDays: workingDays },
    );
    return manager.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
  }

  applicationsByIds(organizationId: string, ids: readonly string[]): Promise<ApplicationEntity[]> {
    return this.db.manager().findBy(ApplicationEntity, { organizationId, id: In([...ids]) });
  }
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** A row the foreign keys guarantee exists. */
function found<T>(rows: Map<string, T>, id: string): T {
  const row = rows.get(id);
  if (!row) throw new Error(`Row ${id} is missing despite its foreign key`);
  return row;
}

/** What one placement adds to a candidate's load while it is active. */
function placementLoad(
  kind: OpportunityKind,
  hours: number,
): { hours: number; projects: number; mentees: number } {
  const isMentorship = kind === OpportunityKind.MENTORSHIP;
  return { hours, projects: isMentorship ? 0 : 1, mentees: isMentorship ? 1 : 0 };
}

function describe(action: ApplicationAction): string {
  const verbs: Record<ApplicationAction, string> = {
    consentApproved: 'approve consent',
    consentDeclined: 'decline consent',
    shortlist: 'shortlist',
    offer: 'offer a placement',
    reject: 'reject',
    accept: 'accept the offer',
    declineOffer: 'decline the offer',
    withdraw: 'withdraw',
  };
  return verbs[action];
}
