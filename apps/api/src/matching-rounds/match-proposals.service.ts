import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  ApplicationOrigin,
  ApplicationStatus,
  can,
  ErrorReason,
  firstApplicationStatus,
  LIVE_APPLICATION_STATUSES,
  Permission,
  Role,
} from '@bridge/domain';
import type { Actor } from '../access/actor';
import { ApplicationRecords } from '../applications/application-records.service';
import { BridgeError, ConflictError, NotFoundError } from '../common/bridge-errors';
import { ConsentRequests } from '../consent/consent-requests.service';
import { TenantDatabase } from '../database/tenant-database';
import { EligibilityService } from '../eligibility/eligibility.service';
import { applicationOffered } from '../notices/application-notices';
import { matchProposed } from '../notices/match-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { PeopleService } from '../people/people.service';
import { MatchProposalEntity, MatchProposalStatus } from './match-proposal.entity';

export interface ProposalFilter {
  opportunityId?: string | null;
  candidateId?: string | null;
  status?: MatchProposalStatus | null;
}

/** One proposal's answer in a bulk accept: accepted, or why not, nothing of it changed. */
export interface ProposalAcceptance {
  proposalId: string;
  proposal: MatchProposalEntity | null;
  accepted: boolean;
  reason: string | null;
  message: string | null;
}

/** At most this many proposals per bulk accept: one request, one transaction. */
export const MAX_BULK_ACCEPT = 200;

/**
 * Proposals of matching rounds: read (HR every one; a sponsor those of their own opportunities) and
 * accepted. Accepting re-asks the rule core with today's facts, then makes the proposal an offer that
 * still goes through the manager's consent, in the request's transaction: all of it, or nothing.
 */
@Injectable()
export class MatchProposalsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly opportunities: OpportunitiesService,
    private readonly eligibility: EligibilityService,
    private readonly applicationRecords: ApplicationRecords,
    private readonly consent: ConsentRequests,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The accepted proposals the applications came from (an application comes from at most one). */
  byApplicationIds(
    organizationId: string,
    applicationIds: readonly string[],
  ): Promise<MatchProposalEntity[]> {
    return this.db.manager().find(MatchProposalEntity, {
      where: { organizationId, applicationId: In([...applicationIds]) },
    });
  }

  /** A round's proposals, best first; a sponsor sees only those for opportunities they sponsor. */
  ofRound(actor: Actor, roundId: string, filter: ProposalFilter): Promise<MatchProposalEntity[]> {
    const query = this.db
      .manager()
      .getRepository(MatchProposalEntity)
      .createQueryBuilder('proposal')
      .where('proposal.organizationId = :organizationId AND proposal.roundId = :roundId', {
        organizationId: actor.organizationId,
        roundId,
      });
    if (filter.opportunityId)
      query.andWhere('proposal.opportunityId = :opportunityId', { opportunityId: filter.opportunityId });
    if (filter.candidateId)
      query.andWhere('proposal.candidateId = :candidateId', { candidateId: filter.candidateId });
    if (filter.status) query.andWhere('proposal.status = :status', { status: filter.status });
    if (!can(actor, Permission.RunMatchingRounds))
      query.andWhere(
        'proposal.opportunityId IN (SELECT o.id FROM opportunity o WHERE o.organization_id = proposal.organization_id AND o.sponsor_id = :me)',
        { me: actor.personId },
      );
    return query
      .orderBy('proposal.points', 'DESC')
      .addOrderBy('proposal.candidateId')
      .addOrderBy('proposal.opportunityId')
      .getMany();
  }

  /** The open proposals for the opportunities the actor sponsors (or for one of them), best first. */
  forSponsor(actor: Actor, opportunityId: string | null): Promise<MatchProposalEntity[]> {
    return this.db
      .manager()
      .getRepository(MatchProposalEntity)
      .createQueryBuilder('proposal')
      .innerJoin(
        'opportunity',
        'o',
        'o.organization_id = proposal.organization_id AND o.id = proposal.opportunity_id',
      )
      .where('proposal.organizationId = :organizationId AND o.sponsor_id = :me', {
        organizationId: actor.organizationId,
        me: actor.personId,
      })
      .andWhere("proposal.status = 'PROPOSED'")
      .andWhere('(CAST(:opportunityId AS uuid) IS NULL OR proposal.opportunityId = :opportunityId)', {
        opportunityId,
      })
      .orderBy('proposal.points', 'DESC')
      .addOrderBy('proposal.candidateId')
      .take(200)
      .getMany();
  }

  async accept(actor: Actor, proposalId: string): Promise<MatchProposalEntity> {
    const manager = this.db.manager();
    const organizationId = actor.organizationId;
    const proposal = await manager.findOne(MatchProposalEntity, {
      where: { organizationId, id: proposalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal) throw new NotFoundError('match proposal', proposalId);
    const [opportunity] = await this.opportunities.byIds(organizationId, [proposal.opportunityId]);
    // Someone who could not read it learns nothing of it.
    if (!actor.roles.includes(Role.HR) && opportunity.sponsorId !== actor.personId)
      throw new NotFoundError('match proposal', proposalId);
    if (proposal.status === 'ACCEPTED')
      throw new ConflictError(ErrorReason.ALREADY_DECIDED, 'This proposal has already been accepted.');
    if (proposal.status === 'STALE')
      throw new ConflictError(
        ErrorReason.PROPOSAL_STALE,
        "A later matching round replaced this proposal. Accept that round's proposals instead.",
      );
    const candidate = await this.people.byId(organizationId, proposal.candidateId);
    await this.eligibility.assert(organizationId, { candidateId: candidate.id, opportunity }, 'PROPOSE');
    const [live]: { status: string }[] = await manager.query(
      `SELECT status FROM application WHERE organization_id = $1 AND candidate_id = $2 AND opportunity_id = $3
         AND status = ANY($4::text[]) LIMIT 1`,
      [organizationId, candidate.id, opportunity.id, LIVE_APPLICATION_STATUSES],
    );
    if (live)
      throw new ConflictError(
        ErrorReason.ALREADY_APPLIED,
        `${candidate.name} already has a live application to “${opportunity.title}”: follow it in its applicants' list.`,
      );
    const hasManager = candidate.managerId !== null;
    const now = new Date();
    const status = firstApplicationStatus(hasManager, ApplicationOrigin.MATCH_PROPOSAL);
    const application = await this.applicationRecords.insert({
      organizationId,
      id: randomUUID(),
      opportunityId: opportunity.id,
      candidateId: candidate.id,
      status,
      motivation: '',
      origin: ApplicationOrigin.MATCH_PROPOSAL,
      statusReason: null,
      submittedAt: status === ApplicationStatus.AWAITING_CONSENT ? null : now,
      createdAt: now,
      updatedAt: now,
    });
    await manager.update(
      MatchProposalEntity,
      { organizationId, id: proposal.id },
      { status: 'ACCEPTED', acceptedById: actor.personId, acceptedAt: now, applicationId: application.id },
    );
    const notices = candidate.managerId
      ? [
          (
            await this.consent.request(application, candidate.managerId, 0, {
              candidateName: candidate.name,
              opportunity,
            })
          ).notice,
          matchProposed(organizationId, candidate.id, opportunity),
        ]
      : [applicationOffered(organizationId, candidate.id, opportunity, null)];
    await this.notifications.notify(notices);
    return manager.findOneByOrFail(MatchProposalEntity, { organizationId, id: proposal.id });
  }

  /**
   * Accepts each proposal on its own (a savepoint each): one refused changes nothing of itself and
   * nothing of the others. Answers in the order asked.
   */
  async acceptMany(actor: Actor, proposalIds: readonly string[]): Promise<ProposalAcceptance[]> {
    const manager = this.db.manager();
    const results: ProposalAcceptance[] = [];
    for (const proposalId of [...new Set(proposalIds)]) {
      await manager.query('SAVEPOINT accept_proposal');
      try {
        const proposal = await this.accept(actor, proposalId);
        await manager.query('RELEASE SAVEPOINT accept_proposal');
        results.push({ proposalId, proposal, accepted: true, reason: null, message: null });
      } catch (error: unknown) {
        await manager.query('ROLLBACK TO SAVEPOINT accept_proposal');
        if (!(error instanceof BridgeError)) throw error;
        const extensions = error.extensions as { code?: string; reason?: string };
        results.push({
          proposalId,
          proposal: null,
          accepted: false,
          reason: extensions.reason ?? extensions.code ?? null,
          message: error.message,
        });
      }
    }
    return results;
  }
}
