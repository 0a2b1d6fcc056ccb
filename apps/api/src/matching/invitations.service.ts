import { Injectable } from '@nestjs/common';
import { decide, ErrorReason, LIVE_APPLICATION_STATUSES, Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { AuditLogService } from '../audit/audit-log.service';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { EligibilityService } from '../eligibility/eligibility.service';
import { invitedToApply } from '../notices/matching-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';
import { PeopleService } from '../people/people.service';
import { InvitationEntity } from './invitation.entity';

/**
 * A sponsor (or HR) invites a candidate who fits to apply. The invitation only tells the candidate:
 * they apply themselves, and the application follows the marketplace's consent flow.
 */
@Injectable()
export class Invitations {
  constructor(
    private readonly db: TenantDatabase,
    private readonly opportunities: OpportunitiesService,
    private readonly people: PeopleService,
    private readonly eligibility: EligibilityService,
    private readonly notifications: NotificationsService,
    private readonly auditLog: AuditLogService,
  ) {}

  /**
   * Refuses a candidate the rule core would not let anyone propose (with its reason), one who has
   * applied already, and a second invitation (ALREADY_INVITED): a candidate is told once.
   */
  async invite(actor: Actor, opportunityId: string, candidateId: string): Promise<InvitationEntity> {
    const organizationId = actor.organizationId;
    const opportunity = await this.opportunities.visible(actor, opportunityId);
    const decision = decide(actor, Permission.RecommendCandidates, {
      kind: 'opportunity',
      sponsorId: opportunity.sponsorId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    const [candidate] = await this.people.byIds(organizationId, [candidateId]);
    if (!candidate) throw new NotFoundError('person', candidateId);
    await this.eligibility.assert(organizationId, { candidateId, opportunity }, 'PROPOSE');
    await this.refuseLiveApplication(opportunity, candidate);
    const manager = this.db.manager();
    const inserted: InvitationEntity[] = await manager.query(
      `INSERT INTO invitation (organization_id, opportunity_id, candidate_id, invited_by_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING
       RETURNING organization_id AS "organizationId", opportunity_id AS "opportunityId",
         candidate_id AS "candidateId", invited_by_id AS "invitedById", invited_at AS "invitedAt"`,
      [organizationId, opportunityId, candidateId, actor.personId],
    );
    const [invitation] = inserted;
    if (!invitation)
      throw new ConflictError(
        ErrorReason.ALREADY_INVITED,
        `${candidate.name} was already invited to apply to “${opportunity.title}”; they were told then.`,
      );
    const inviter = await this.people.byId(organizationId, actor.personId);
    await this.notifications.notify(
      [invitedToApply(organizationId, candidateId, opportunity, inviter.name)],
      manager,
    );
    await this.auditLog.record(
      {
        organizationId,
        actorId: actor.personId,
        action: 'invitation.sent',
        subjectPersonId: candidateId,
        details: {
          candidateName: candidate.name,
          opportunityId,
          opportunityTitle: opportunity.title,
        },
      },
      manager,
    );
    return invitation;
  }

  /** When each of the candidates was invited to apply to the opportunity, for those who were. */
  async invitedAt(
    organizationId: string,
    opportunityId: string,
    candidateIds: readonly string[],
  ): Promise<Map<string, Date>> {
    if (candidateIds.length === 0) return new Map();
    const rows: { candidateId: string; invitedAt: Date }[] = await this.db.manager().query(
      `SELECT candidate_id AS "candidateId", invited_at AS "invitedAt" FROM invitation
       WHERE organization_id = $1 AND opportunity_id = $2 AND candidate_id = ANY($3::uuid[])`,
      [organizationId, opportunityId, [...candidateIds]],
    );
    return new Map(rows.map((row) => [row.candidateId, row.invitedAt]));
  }

  /**
   * Only an application that has reached the sponsor counts: one still waiting for the manager's
   * consent is not the sponsor's to know of, and a second notice about it does no harm.
   */
  private async refuseLiveApplication(
    opportunity: OpportunityEntity,
    candidate: { id: string; name: string },
  ): Promise<void> {
    const [live]: unknown[] = await this.db.manager().query(
      `SELECT 1 FROM application WHERE organization_id = $1 AND opportunity_id = $2 AND candidate_id = $3
         AND status = ANY($4::text[]) AND submitted_at IS NOT NULL`,
      [opportunity.organizationId, opportunity.id, candidate.id, LIVE_APPLICATION_STATUSES],
    );
    if (live)
      throw new ConflictError(
        ErrorReason.ALREADY_APPLIED,
        `${candidate.name} has already applied to “${opportunity.title}”: their application is among the applicants.`,
      );
  }
}
