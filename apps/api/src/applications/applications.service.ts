import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ApplicationOrigin,
  can,
  decide,
  ErrorReason,
  firstApplicationStatus,
  Permission,
} from '@bridge/domain';
import type { Actor } from '../access/actor';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { todayUtc } from '../common/calendar-date';
import { ConsentRequests } from '../consent/consent-requests.service';
import { TenantDatabase } from '../database/tenant-database';
import { EligibilityService } from '../eligibility/eligibility.service';
import {
  applicationOffered,
  applicationReceived,
  applicationRejected,
  applicationShortlisted,
  applicationWithdrawn,
  offerDeclined,
} from '../notices/application-notices';
import { placementAccepted } from '../notices/placement-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';
import { PeopleService } from '../people/people.service';
import { PlacementLedger } from '../placements/placement-ledger.service';
import type { ApplicationEntity } from './application.entity';
import { ApplicationRecords } from './application-records.service';

/**
 * An application's life: the candidate applies (the rule core decides whether they may, the manager
 * is asked for consent), the sponsor shortlists, rejects or offers, the candidate accepts (the
 * ledger places them) or declines, or withdraws. Every step moves the state machine through
 * ApplicationRecords, so a racing request gets CONFLICT.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly applicationRecords: ApplicationRecords,
    private readonly opportunities: OpportunitiesService,
    private readonly consent: ConsentRequests,
    private readonly eligibility: EligibilityService,
    private readonly ledger: PlacementLedger,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
  ) {}

  async apply(actor: Actor, opportunityId: string, motivation: string): Promise<ApplicationEntity> {
    const organizationId = actor.organizationId;
    const trimmedMotivation = motivation.trim();
    if (!trimmedMotivation)
      throw new BadUserInputError('motivation', 'motivation is required: tell the sponsor why you want this');
    const opportunity = await this.opportunities.visible(actor, opportunityId);
    await this.eligibility.assert(organizationId, { candidateId: actor.personId, opportunity }, 'APPLY');
    const candidate = await this.people.byId(organizationId, actor.personId);
    const needsConsent = candidate.managerId !== null;
    const now = new Date();
    const application = await this.applicationRecords.insert({
      organizationId,
      id: randomUUID(),
      opportunityId,
      candidateId: actor.personId,
      status: firstApplicationStatus(needsConsent, ApplicationOrigin.APPLIED),
      motivation: trimmedMotivation,
      origin: ApplicationOrigin.APPLIED,
      statusReason: null,
      // The sponsor sees it once it reaches them: now, or when the manager consents.
      submittedAt: needsConsent ? null : now,
      createdAt: now,
      updatedAt: now,
    });
    const notice = candidate.managerId
      ? (
          await this.consent.request(application, candidate.managerId, 0, {
            candidateName: candidate.name,
            opportunity,
          })
        ).notice
      : applicationReceived(organizationId, opportunity, candidate.name, false);
    await this.notifications.notify([notice]);
    return application;
  }

  async withdraw(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const application = await this.own(actor, applicationId);
    const updated = await this.applicationRecords.transition(application, 'withdraw', null);
    await this.consent.cancelPending(actor.organizationId, [applicationId]);
    if (application.submittedAt) {
      const opportunity = await this.opportunityOf(application);
      const candidate = await this.people.byId(actor.organizationId, application.candidateId);
      await this.notifications.notify([
        applicationWithdrawn(actor.organizationId, opportunity, candidate.name),
      ]);
    }
    return updated;
  }

  async shortlist(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const { application, opportunity } = await this.managed(actor, applicationId);
    const updated = await this.applicationRecords.transition(application, 'shortlist', null);
    await this.notifications.notify([
      applicationShortlisted(actor.organizationId, application.candidateId, opportunity),
    ]);
    return updated;
  }

  async reject(actor: Actor, applicationId: string, reason: string): Promise<ApplicationEntity> {
    const { application, opportunity } = await this.managed(actor, applicationId);
    const trimmed = reason.trim();
    if (!trimmed)
      throw new BadUserInputError('reason', 'reason is required: the candidate deserves to know why');
    const updated = await this.applicationRecords.transition(application, 'reject', trimmed);
    await this.consent.cancelPending(actor.organizationId, [applicationId]);
    await this.notifications.notify([
      applicationRejected(actor.organizationId, application.candidateId, opportunity, trimmed),
    ]);
    return updated;
  }

  /**
   * The sponsor offers a seat. What would stop the candidate accepting today (their time is full)
   * does not stop the offer, which may wait for a placement to end: the offer says what it needs.
   */
  async offer(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const { application, opportunity } = await this.managed(actor, applicationId);
    const question = { candidateId: application.candidateId, opportunity };
    const onAccepting = await this.eligibility.assertAndForesee(
      actor.organizationId,
      question,
      'APPLY',
      'ACCEPT',
    );
    const updated = await this.applicationRecords.transition(application, 'offer', null);
    const warning = onAccepting.problems.find((problem) => problem.blocking)?.message ?? null;
    await this.notifications.notify([
      applicationOffered(actor.organizationId, application.candidateId, opportunity, warning),
    ]);
    return updated;
  }

  /**
   * The candidate answers an offer. Accepting locks the opportunity and the candidate's profile, asks
   * the rule core whether the placement fits (which limit, by how much, if not), then moves the
   * application to PLACED and lets the ledger take the seat and the time; anything that fails rolls
   * the whole request back.
   */
  async respondToOffer(
    actor: Actor,
    applicationId: string,
    accept: boolean,
    reason: string | null | undefined,
  ): Promise<ApplicationEntity> {
    const organizationId = actor.organizationId;
    const application = await this.own(actor, applicationId);
    const candidate = await this.people.byId(organizationId, actor.personId);
    if (!accept) {
      const trimmed = reason?.trim() || null;
      const updated = await this.applicationRecords.transition(application, 'declineOffer', trimmed);
      const opportunity = await this.opportunityOf(application);
      await this.notifications.notify([offerDeclined(organizationId, opportunity, candidate.name, trimmed)]);
      return updated;
    }
    const { opportunity } = await this.ledger.lockForPlacement(
      organizationId,
      application.opportunityId,
      actor.personId,
    );
    await this.eligibility.assert(organizationId, { candidateId: actor.personId, opportunity }, 'ACCEPT');
    const updated = await this.applicationRecords.transition(application, 'accept', null);
    const today = todayUtc();
    const startsOn = opportunity.startsOn && opportunity.startsOn > today ? opportunity.startsOn : today;
    await this.ledger.place(application, opportunity, startsOn);
    await this.notifications.notify(
      placementAccepted(
        organizationId,
        {
          candidateId: candidate.id,
          candidateName: candidate.name,
          managerId: candidate.managerId,
          startsOn,
          today,
        },
        opportunity,
      ),
    );
    return updated;
  }

  /** Every application the candidate made, newest first. */
  mine(actor: Actor): Promise<ApplicationEntity[]> {
    return this.applicationRecords.ofCandidate(actor.organizationId, actor.personId);
  }

  /** An opportunity's applicants, for its sponsor and HR: those that reached them, as they arrived. */
  async forOpportunity(actor: Actor, opportunityId: string): Promise<ApplicationEntity[]> {
    const opportunity = await this.opportunities.visible(actor, opportunityId);
    const decision = decide(actor, Permission.ManageOpportunity, {
      kind: 'opportunity',
      sponsorId: opportunity.sponsorId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    return this.applicationRecords.reachedSponsor(actor.organizationId, opportunityId);
  }

  /** One application, for whoever may read it (see Permission.ReadApplication); NOT_FOUND for anyone else. */
  async visible(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const application = await this.applicationRecords.get(actor.organizationId, applicationId);
    if (!(await this.mayRead(actor, application))) throw new NotFoundError('application', applicationId);
    return application;
  }

  private async mayRead(actor: Actor, application: ApplicationEntity): Promise<boolean> {
    const opportunity = await this.opportunityOf(application);
    const subject = {
      kind: 'application' as const,
      candidateId: application.candidateId,
      sponsorId: opportunity.sponsorId,
      reachedSponsor: application.submittedAt !== null,
      askedForConsent: false,
    };
    if (can(actor, Permission.ReadApplication, subject)) return true;
    const asked = await this.consent.wasAsked(actor.organizationId, application.id, actor.personId);
    return can(actor, Permission.ReadApplication, { ...subject, askedForConsent: asked });
  }

  private async own(actor: Actor, applicationId: string): Promise<ApplicationEntity> {
    const application = await this.visible(actor, applicationId);
    if (application.candidateId !== actor.personId)
      throw new ForbiddenError(
        ErrorReason.NOT_CANDIDATE,
        'Only the candidate can do this with their application.',
      );
    return application;
  }

  /** An application its opportunity's sponsor (or HR) acts on; one that has not reached them is not there. */
  private async managed(
    actor: Actor,
    applicationId: string,
  ): Promise<{ application: ApplicationEntity; opportunity: OpportunityEntity }> {
    const application = await this.visible(actor, applicationId);
    const opportunity = await this.opportunityOf(application);
    const decision = decide(actor, Permission.ManageOpportunity, {
      kind: 'opportunity',
      sponsorId: opportunity.sponsorId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    if (!application.submittedAt) throw new NotFoundError('application', applicationId);
    return { application, opportunity };
  }

  private async opportunityOf(application: ApplicationEntity): Promise<OpportunityEntity> {
    const [opportunity] = await this.opportunities.byIds(application.organizationId, [
      application.opportunityId,
    ]);
    return opportunity;
  }
}
