import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  can,
  decide,
  ErrorReason,
  normalizeSkills,
  OPPORTUNITY_LIMITS,
  OpportunityStatus,
  Permission,
} from '@bridge/domain';
import type { Actor } from '../access/actor';
import { ApplicationRecords } from '../applications/application-records.service';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { todayUtc } from '../common/calendar-date';
import { ConsentRequests } from '../consent/consent-requests.service';
import { TenantDatabase } from '../database/tenant-database';
import { FrameworkService } from '../framework/framework.service';
import { opportunityClosed } from '../notices/application-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { OrgUnitsService } from '../org-units/org-units.service';
import { PeopleService } from '../people/people.service';
import type { CreateOpportunityInput, UpdateOpportunityInput } from './dto/opportunity.args';
import { OpportunityEntity, SavedOpportunityEntity } from './opportunity.entity';

/**
 * Opportunities from draft to closed, as their sponsor (or HR) manages them, and what anyone may see
 * of them: drafts only their sponsor (or the mentee they are for) and HR.
 */
@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly framework: FrameworkService,
    private readonly people: PeopleService,
    private readonly units: OrgUnitsService,
    private readonly applicationRecords: ApplicationRecords,
    private readonly consent: ConsentRequests,
    private readonly notifications: NotificationsService,
  ) {}

  /** An opportunity the actor may see: drafts only for their sponsor, the mentee they are for, and HR. */
  async visible(actor: Actor, id: string): Promise<OpportunityEntity> {
    const opportunity = await this.db
      .manager()
      .findOneBy(OpportunityEntity, { organizationId: actor.organizationId, id });
    if (!opportunity || !this.canSee(actor, opportunity)) throw new NotFoundError('opportunity', id);
    return opportunity;
  }

  /** The opportunity, row-locked, if the actor may manage it (its sponsor, or HR). */
  async managed(
    actor: Actor,
    id: string,
    manager: EntityManager = this.db.manager(),
  ): Promise<OpportunityEntity> {
    const opportunity = await manager.findOne(OpportunityEntity, {
      where: { organizationId: actor.organizationId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!opportunity || !this.canSee(actor, opportunity)) throw new NotFoundError('opportunity', id);
    const decision = decide(actor, Permission.ManageOpportunity, {
      kind: 'opportunity',
      sponsorId: opportunity.sponsorId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    return opportunity;
  }

  /** The open opportunities the person sponsors (a mentee's requests included), newest first. */
  openSponsoredBy(organizationId: string, personId: string): Promise<OpportunityEntity[]> {
    return this.db.manager().find(OpportunityEntity, {
      where: { organizationId, sponsorId: personId, status: OpportunityStatus.OPEN },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  byIds(organizationId: string, ids: readonly string[]): Promise<OpportunityEntity[]> {
    return this.db.manager().findBy(OpportunityEntity, { organizationId, id: In([...ids]) });
  }

  async create(actor: Actor, input: CreateOpportunityInput): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    await this.framework.assertCapabilityKeys(
      actor.organizationId,
      input.capabilityKeys,
      'input.capabilityKeys',
    );
    assertDates(input.startsOn, input.endsOn);
    const hostUnitId =
      input.hostUnitId ?? (await this.people.byId(actor.organizationId, actor.personId)).unitId;
    await this.assertHostUnit(actor.organizationId, hostUnitId, input.crossFunctional);
    const opportunity: Partial<OpportunityEntity> = {
      organizationId: actor.organizationId,
      id: randomUUID(),
      kind: input.kind,
      status: OpportunityStatus.DRAFT,
      title: titleOf(input.title),
      description: input.description.trim(),
      sponsorId: actor.personId,
      menteeId: null,
      hostUnitId,
      seats: input.seats,
      seatsFilled: 0,
      hoursPerWeek: input.hoursPerWeek,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      capabilityKeys: [...new Set(input.capabilityKeys)],
      skills: normalizeSkills(input.skills),
      crossFunctional: input.crossFunctional,
      createdAt: new Date(),
    };
    await manager.insert(OpportunityEntity, opportunity);
    return manager.findOneByOrFail(OpportunityEntity, {
      organizationId: actor.organizationId,
      id: opportunity.id,
    });
  }

  async update(actor: Actor, input: UpdateOpportunityInput): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    const current = await this.managed(actor, input.id, manager);
    if (current.status === OpportunityStatus.CLOSED)
      throw new ConflictError(ErrorReason.OPPORTUNITY_CLOSED, 'A closed opportunity cannot be edited.');
    if (input.capabilityKeys)
      await this.framework.assertCapabilityKeys(
        actor.organizationId,
        input.capabilityKeys,
        'input.capabilityKeys',
      );
    const startsOn = input.startsOn === undefined ? current.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? current.endsOn : input.endsOn;
    assertDates(startsOn, endsOn);
    const hostUnitId = input.hostUnitId ?? current.hostUnitId;
    const crossFunctional = input.crossFunctional ?? current.crossFunctional;
    if (input.hostUnitId !== undefined || input.crossFunctional !== undefined)
      await this.assertHostUnit(actor.organizationId, hostUnitId, crossFunctional);
    const seats = input.seats ?? current.seats;
    if (seats < current.seatsFilled)
      throw new ConflictError(
        ErrorReason.SEATS_BELOW_FILLED,
        `input.seats cannot be below the ${current.seatsFilled} seats already filled.`,
      );
    await manager.update(
      OpportunityEntity,
      { organizationId: actor.organizationId, id: current.id },
      {
        title: input.title === undefined ? current.title : titleOf(input.title),
        description: input.description?.trim() ?? current.description,
        hostUnitId,
        seats,
        hoursPerWeek: input.hoursPerWeek ?? current.hoursPerWeek,
        startsOn,
        endsOn,
        capabilityKeys: input.capabilityKeys ? [...new Set(input.capabilityKeys)] : current.capabilityKeys,
        skills: input.skills ? normalizeSkills(input.skills) : current.skills,
        crossFunctional,
      },
    );
    return manager.findOneByOrFail(OpportunityEntity, {
      organizationId: actor.organizationId,
      id: current.id,
    });
  }

  /** DRAFT → OPEN, unless its end date has passed. */
  async publish(actor: Actor, id: string): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    const current = await this.managed(actor, id, manager);
    if (current.status !== OpportunityStatus.DRAFT)
      throw new ConflictError(
        ErrorReason.NOT_A_DRAFT,
        `Only a draft can be published; this opportunity is ${current.status.toLowerCase()}.`,
      );
    if (current.endsOn && current.endsOn < todayUtc())
      throw new ConflictError(
        ErrorReason.OPPORTUNITY_ENDED,
        `This opportunity ended on ${current.endsOn}. Change its dates before publishing it.`,
      );
    await manager.update(
      OpportunityEntity,
      { organizationId: actor.organizationId, id },
      { status: OpportunityStatus.OPEN, publishedAt: new Date() },
    );
    return manager.findOneByOrFail(OpportunityEntity, { organizationId: actor.organizationId, id });
  }

  /** Deletes a draft: nobody else has seen it, so nothing refers to it. */
  async deleteDraft(actor: Actor, id: string): Promise<string> {
    const current = await this.managed(actor, id);
    if (current.status !== OpportunityStatus.DRAFT)
      throw new ConflictError(
        ErrorReason.NOT_A_DRAFT,
        `Only a draft can be deleted; this opportunity is ${current.status.toLowerCase()}. Close it instead.`,
      );
    await this.db.manager().delete(OpportunityEntity, { organizationId: actor.organizationId, id });
    return id;
  }

  /**
   * Closes the opportunity to new applications. Applications still open are rejected (their
   * candidates told why) and unanswered consent requests withdrawn; placements carry on.
   */
  async close(actor: Actor, id: string): Promise<OpportunityEntity> {
    const current = await this.managed(actor, id);
    if (current.status === OpportunityStatus.CLOSED)
      throw new ConflictError(ErrorReason.OPPORTUNITY_CLOSED, 'This opportunity is already closed.');
    return this.closeLocked(current, false);
  }

  /** Closes the open opportunities whose end date has passed (the daily job, per organization). */
  async closeEnded(organizationId: string, today: string = todayUtc()): Promise<number> {
    const ended = await this.db
      .manager()
      .getRepository(OpportunityEntity)
      .createQueryBuilder('opportunity')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(
        'opportunity.organizationId = :organizationId AND opportunity.status = :open AND opportunity.endsOn < :today',
        {
          organizationId,
          open: OpportunityStatus.OPEN,
          today,
        },
      )
      .getMany();
    for (const opportunity of ended) await this.closeLocked(opportunity, true);
    return ended.length;
  }

  /** Closes an opportunity whose row the caller has locked. */
  private async closeLocked(opportunity: OpportunityEntity, ended: boolean): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    const { organizationId, id } = opportunity;
    await manager.update(
      OpportunityEntity,
      { organizationId, id },
      { status: OpportunityStatus.CLOSED, closedAt: new Date() },
    );
    const rejected = await this.applicationRecords.rejectOpenOf(
      organizationId,
      id,
      ended ? `The opportunity ended on ${opportunity.endsOn}.` : 'The opportunity was closed.',
    );
    await this.consent.cancelPending(
      organizationId,
      rejected.map((application) => application.id),
    );
    await this.notifications.notify(
      rejected.map((application) =>
        opportunityClosed(organizationId, application.candidateId, opportunity, ended),
      ),
      manager,
    );
    return manager.findOneByOrFail(OpportunityEntity, { organizationId, id });
  }

  async setSaved(actor: Actor, id: string, saved: boolean): Promise<OpportunityEntity> {
    const opportunity = await this.visible(actor, id);
    const manager = this.db.manager();
    const key = { organizationId: actor.organizationId, personId: actor.personId, opportunityId: id };
    if (saved)
      await manager
        .createQueryBuilder()
        .insert()
        .into(SavedOpportunityEntity)
        .values(key)
        .orIgnore()
        .execute();
    else await manager.delete(SavedOpportunityEntity, key);
    return opportunity;
  }

  async savedAmong(organizationId: string, personId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.manager().find(SavedOpportunityEntity, {
      select: { opportunityId: true },
      where: { organizationId, personId, opportunityId: In([...ids]) },
    });
    return new Set(rows.map((row) => row.opportunityId));
  }

  /** Open and closed opportunities are for everyone; a draft only for those who may manage it. */
  private canSee(actor: Actor, opportunity: OpportunityEntity): boolean {
    return (
      opportunity.status !== OpportunityStatus.DRAFT ||
      can(actor, Permission.ManageOpportunity, { kind: 'opportunity', sponsorId: opportunity.sponsorId })
    );
  }

  /** Whether the actor may act on this opportunity and see its applicants and placements. */
  mayManage(actor: Actor, opportunity: Pick<OpportunityEntity, 'sponsorId'>): boolean {
    return can(actor, Permission.ManageOpportunity, {
      kind: 'opportunity',
      sponsorId: opportunity.sponsorId,
    });
  }

  private async assertHostUnit(organizationId: string, hostUnitId: string | null, crossFunctional: boolean) {
    if (!hostUnitId) {
      if (crossFunctional)
        throw new BadUserInputError(
          'input.hostUnitId',
          'input.hostUnitId is required for a cross-functional opportunity',
        );
      return;
    }
    const [unit] = await this.units.byIds(organizationId, [hostUnitId]);
    if (!unit)
      throw new BadUserInputError(
        'input.hostUnitId',
        `input.hostUnitId ${hostUnitId} is not a unit of this organization`,
      );
  }
}

/** Validation counts the spaces; a title must still say something once they are trimmed. */
function titleOf(raw: string): string {
  const title = raw.trim();
  if (title.length < OPPORTUNITY_LIMITS.minTitleLength)
    throw new BadUserInputError(
      'input.title',
      `input.title must be at least ${OPPORTUNITY_LIMITS.minTitleLength} characters besides spaces`,
    );
  return title;
}

export function assertDates(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn)
    throw new BadUserInputError(
      'input.endsOn',
      `input.endsOn (${endsOn}) is before input.startsOn (${startsOn})`,
    );
}
