import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ErrorReason, PlacementStatus } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { placementEnded } from '../notices/placement-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { ObservationRequestsService } from '../observations/observation-requests.service';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { PlacementEntity } from './placement.entity';
import { PlacementLedger } from './placement-ledger.service';

/** Placements as their sponsor, HR and the candidate see them; the sponsor ends them. */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly ledger: PlacementLedger,
    private readonly opportunities: OpportunitiesService,
    private readonly notifications: NotificationsService,
    private readonly observationRequests: ObservationRequestsService,
  ) {}

  /** The sponsor (or HR) ends a placement: completed, or ended early with a reason. */
  async end(
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
    const opportunity = await this.opportunities.managed(actor, placement.opportunityId);
    if (placement.status !== PlacementStatus.ACTIVE)
      throw new ConflictError(ErrorReason.ALREADY_DECIDED, 'This placement has already ended.');
    const trimmed = reason?.trim() || null;
    if (!completed && !trimmed)
      throw new BadUserInputError('reason', 'reason is required when a placement ends early');
    await this.ledger.release(placement, completed, trimmed);
    await this.notifications.notify(
      [placementEnded(organizationId, placement.candidateId, opportunity, completed, trimmed)],
      manager,
    );
    if (completed) await this.observationRequests.askAfterCompletion(placement, opportunity);
    return manager.findOneByOrFail(PlacementEntity, { organizationId, id: placementId });
  }

  byIds(organizationId: string, ids: readonly string[]): Promise<PlacementEntity[]> {
    return this.db.manager().findBy(PlacementEntity, { organizationId, id: In([...ids]) });
  }

  ofApplications(organizationId: string, applicationIds: readonly string[]): Promise<PlacementEntity[]> {
    return this.db
      .manager()
      .findBy(PlacementEntity, { organizationId, applicationId: In([...applicationIds]) });
  }

  ofOpportunities(organizationId: string, opportunityIds: readonly string[]): Promise<PlacementEntity[]> {
    return this.db.manager().find(PlacementEntity, {
      where: { organizationId, opportunityId: In([...opportunityIds]) },
      order: { startedAt: 'ASC' },
    });
  }

  /** The candidate's placements that have not ended, soonest start first. */
  activeOf(organizationId: string, candidateId: string): Promise<PlacementEntity[]> {
    return this.db.manager().find(PlacementEntity, {
      where: { organizationId, candidateId, status: PlacementStatus.ACTIVE },
      order: { startsOn: 'ASC' },
    });
  }
}
