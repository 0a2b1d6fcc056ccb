import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorReason, placementLoad, PlacementStatus } from '@bridge/domain';
import type { ApplicationEntity } from '../applications/application.entity';
import { CandidateProfileEntity } from '../candidate-profiles/candidate-profile.entity';
import { ConflictError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { PlacementEntity } from './placement.entity';

/**
 * The one owner of seats and candidates' load. Placing someone takes a seat and adds the placement's
 * load (from the rule core's `placementLoad`) to their profile; ending a placement gives both back.
 * The caller locks the rows first (`lockForPlacement`) and asks the rule core whether the placement
 * fits; the conditional UPDATEs below, backed by CHECK constraints, are the last line under races.
 */
@Injectable()
export class PlacementLedger {
  constructor(private readonly db: TenantDatabase) {}

  /** Locks the opportunity, then the candidate's profile (always in this order: no deadlock). */
  async lockForPlacement(
    organizationId: string,
    opportunityId: string,
    candidateId: string,
  ): Promise<{ opportunity: OpportunityEntity; profile: CandidateProfileEntity | null }> {
    const manager = this.db.manager();
    const opportunity = await manager.findOneOrFail(OpportunityEntity, {
      where: { organizationId, id: opportunityId },
      lock: { mode: 'pessimistic_write' },
    });
    const profile = await manager.findOne(CandidateProfileEntity, {
      where: { organizationId, personId: candidateId },
      lock: { mode: 'pessimistic_write' },
    });
    return { opportunity, profile };
  }

  /** Places the candidate of an accepted application: a seat, their load, the placement row. */
  async place(
    application: ApplicationEntity,
    opportunity: OpportunityEntity,
    startsOn: string,
  ): Promise<PlacementEntity> {
    const manager = this.db.manager();
    const { organizationId } = application;
    const [, seatTaken] = await manager.query(
      `UPDATE opportunity SET seats_filled = seats_filled + 1, updated_at = now()
       WHERE organization_id = $1 AND id = $2 AND seats_filled < seats RETURNING id`,
      [organizationId, opportunity.id],
    );
    if (!seatTaken)
      throw new ConflictError(
        ErrorReason.SEATS_FULL,
        `All seats of “${opportunity.title}” are already taken.`,
      );
    const load = placementLoad(opportunity.kind, opportunity.hoursPerWeek);
    const [, loadAdded] = await manager.query(
      `UPDATE candidate_profile SET committed_hours = committed_hours + $3,
         active_projects = active_projects + $4, active_mentees = active_mentees + $5, updated_at = now()
       WHERE organization_id = $1 AND person_id = $2
         AND committed_hours + $3 <= hours_per_week
         AND active_projects + $4 <= max_projects AND active_mentees + $5 <= max_mentees
       RETURNING person_id`,
      [organizationId, application.candidateId, load.hours, load.projects, load.mentees],
    );
    if (!loadAdded)
      throw new ConflictError(
        ErrorReason.ALREADY_DECIDED,
        'Your capacity changed while accepting; reload and try again.',
      );
    const placement: PlacementEntity = {
      organizationId,
      id: randomUUID(),
      applicationId: application.id,
      opportunityId: opportunity.id,
      candidateId: application.candidateId,
      kind: opportunity.kind,
      hoursPerWeek: opportunity.hoursPerWeek,
      status: PlacementStatus.ACTIVE,
      endReason: null,
      startedAt: new Date(),
      startsOn,
      endedAt: null,
    };
    await manager.insert(PlacementEntity, placement);
    return placement;
  }

  /** Ends an active placement (the caller holds its row lock): frees the seat and the candidate's time. */
  async release(placement: PlacementEntity, completed: boolean, reason: string | null): Promise<void> {
    const manager = this.db.manager();
    const { organizationId } = placement;
    await manager.update(
      PlacementEntity,
      { organizationId, id: placement.id },
      {
        status: completed ? PlacementStatus.COMPLETED : PlacementStatus.ENDED_EARLY,
        endReason: reason,
        endedAt: new Date(),
      },
    );
    await manager.query(
      `UPDATE opportunity SET seats_filled = seats_filled - 1, updated_at = now() WHERE organization_id = $1 AND id = $2`,
      [organizationId, placement.opportunityId],
    );
    const load = placementLoad(placement.kind, placement.hoursPerWeek);
    await manager.query(
      `UPDATE candidate_profile SET committed_hours = committed_hours - $3,
         active_projects = active_projects - $4, active_mentees = active_mentees - $5, updated_at = now()
       WHERE organization_id = $1 AND person_id = $2`,
      [organizationId, placement.candidateId, load.hours, load.projects, load.mentees],
    );
  }
}
