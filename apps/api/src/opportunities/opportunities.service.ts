import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  ApplicationStatus,
  can,
  ConsentStatus,
  decide,
  normalizeSkills,
  OPPORTUNITY_LIMITS,
  NotificationKind,
  OpportunityKind,
  OpportunityStatus,
  Permission,
  Role,
} from '@bridge/domain';
import type { Actor } from '../auth/actor';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { Connection, decodeCursor, toConnection } from '../common/connection';
import { TenantDatabase } from '../database/tenant-database';
import { FrameworkService } from '../framework/framework.service';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { PersonEntity } from '../people/person.entity';
import type {
  CreateOpportunityInput,
  OpportunityFilterInput,
  RequestMentorInput,
  UpdateOpportunityInput,
} from './dto/opportunity.models';
import { OpportunityEntity, SavedOpportunityEntity } from './opportunity.entity';

/** Application states that end when their opportunity closes. */
const OPEN_APPLICATION_STATES = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.AWAITING_CONSENT,
  ApplicationStatus.SHORTLISTED,
  ApplicationStatus.OFFERED,
];

@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly framework: FrameworkService,
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
    if (!decision.allowed) throw new ForbiddenError(decision.reason);
    return opportunity;
  }

  byIds(organizationId: string, ids: readonly string[]): Promise<OpportunityEntity[]> {
    return this.db.manager().findBy(OpportunityEntity, { organizationId, id: In([...ids]) });
  }

  async search(
    actor: Actor,
    filter: OpportunityFilterInput | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<OpportunityEntity>> {
    const query = this.db
      .manager()
      .getRepository(OpportunityEntity)
      .createQueryBuilder('opportunity')
      .where('opportunity.organizationId = :organizationId', { organizationId: actor.organizationId });
    const me = { me: actor.personId };
    if (filter?.sponsoredByMe)
      query.andWhere('(opportunity.sponsorId = :me OR opportunity.menteeId = :me)', me);
    const status = filter?.status ?? (filter?.sponsoredByMe ? undefined : OpportunityStatus.OPEN);
    if (status) query.andWhere('opportunity.status = :status', { status });
    if (!actor.roles.includes(Role.HR)) {
      query.andWhere(
        "(opportunity.status <> 'DRAFT' OR opportunity.sponsorId = :me OR opportunity.menteeId = :me)",
        me,
      );
    }
    if (filter?.kind) query.andWhere('opportunity.kind = :kind', { kind: filter.kind });
    if (filter?.capabilityKey)
      query.andWhere(':capabilityKey = ANY(opportunity.capabilityKeys)', {
        capabilityKey: filter.capabilityKey,
      });
    if (filter?.skill?.trim())
      query.andWhere(
        'EXISTS (SELECT 1 FROM unnest(opportunity.skills) AS skill WHERE lower(skill) = lower(:skill))',
        {
          skill: filter.skill.trim(),
        },
      );
    if (filter?.maxHoursPerWeek)
      query.andWhere('opportunity.hoursPerWeek <= :maxHours', { maxHours: filter.maxHoursPerWeek });
    if (filter?.unitId) {
      query.andWhere(
        `opportunity.hostUnitId IN (
          WITH RECURSIVE subtree AS (
            SELECT id FROM org_unit WHERE organization_id = :organizationId AND id = :unitId
            UNION ALL
            SELECT child.id FROM org_unit child JOIN subtree ON child.parent_id = subtree.id
            WHERE child.organization_id = :organizationId
          ) SELECT id FROM subtree)`,
        { unitId: filter.unitId },
      );
    }
    if (filter?.search?.trim()) {
      // The same expression as the ix_opportunity_search index, so PostgreSQL can use it.
      query.andWhere(
        `to_tsvector('english', opportunity.title || ' ' || opportunity.description) @@ websearch_to_tsquery('english', :search)`,
        { search: filter.search.trim() },
      );
    }
    if (filter?.savedByMe)
      query.andWhere(
        'EXISTS (SELECT 1 FROM saved_opportunity saved WHERE saved.organization_id = opportunity.organization_id AND saved.opportunity_id = opportunity.id AND saved.person_id = :me)',
        me,
      );
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(opportunity.createdAt, opportunity.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('opportunity.createdAt', 'DESC')
      .addOrderBy('opportunity.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => [row.createdAt.toISOString(), row.id]);
  }

  async create(actor: Actor, input: CreateOpportunityInput): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    await this.framework.assertCapabilityKeys(
      actor.organizationId,
      input.capabilityKeys,
      'input.capabilityKeys',
    );
    assertDates(input.startsOn, input.endsOn);
    const hostUnitId = input.hostUnitId ?? (await this.person(actor.organizationId, actor.personId)).unitId;
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
      throw new ConflictError('A closed opportunity cannot be edited.');
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
      throw new ConflictError(`input.seats cannot be below the ${current.seatsFilled} seats already filled.`);
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

  async publish(actor: Actor, id: string): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    const current = await this.managed(actor, id, manager);
    if (current.status !== OpportunityStatus.DRAFT)
      throw new ConflictError(`Only a draft can be published; this opportunity is ${current.status}.`);
    await manager.update(
      OpportunityEntity,
      { organizationId: actor.organizationId, id },
      { status: OpportunityStatus.OPEN, publishedAt: new Date() },
    );
    return manager.findOneByOrFail(OpportunityEntity, { organizationId: actor.organizationId, id });
  }

  /**
   * Closes the opportunity to new applications. Applications still open are rejected (their
   * candidates told why) and unanswered consent requests withdrawn; placements carry on.
   */
  async close(actor: Actor, id: string): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    const current = await this.managed(actor, id, manager);
    if (current.status === OpportunityStatus.CLOSED)
      throw new ConflictError('This opportunity is already closed.');
    await manager.update(
      OpportunityEntity,
      { organizationId: actor.organizationId, id },
      { status: OpportunityStatus.CLOSED, closedAt: new Date() },
    );
    const [ended]: [{ id: string; candidate_id: string }[], number] = await manager.query(
      `UPDATE application SET status = $3, status_reason = 'The opportunity was closed.', updated_at = now()
       WHERE organization_id = $1 AND opportunity_id = $2 AND status = ANY($4::text[])
       RETURNING id, candidate_id`,
      [actor.organizationId, id, ApplicationStatus.REJECTED, OPEN_APPLICATION_STATES],
    );
    if (ended.length) {
      await manager.query(
        `UPDATE consent_request SET status = $3, decided_at = now()
         WHERE organization_id = $1 AND application_id = ANY($2::uuid[]) AND status = $4`,
        [actor.organizationId, ended.map((row) => row.id), ConsentStatus.CANCELLED, ConsentStatus.PENDING],
      );
      await this.notifications.notify(
        ended.map(
          (row): NewNotification => ({
            organizationId: actor.organizationId,
            recipientId: row.candidate_id,
            kind: NotificationKind.APPLICATION_REJECTED,
            title: `“${current.title}” has closed`,
            body: `The sponsor closed “${current.title}”, so your application ends here.`,
            link: '/marketplace/applications',
          }),
        ),
        manager,
      );
    }
    return manager.findOneByOrFail(OpportunityEntity, { organizationId: actor.organizationId, id });
  }

  /**
   * A mentee's request for a mentor becomes an open MENTORSHIP opportunity with one seat that the
   * mentee sponsors: candidates apply to it and the mentee chooses among them.
   */
  async requestMentor(actor: Actor, input: RequestMentorInput): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    assertDates(input.startsOn, input.endsOn);
    const mentee = await this.person(actor.organizationId, actor.personId);
    const skills = normalizeSkills(input.skills);
    const open = await manager.countBy(OpportunityEntity, {
      organizationId: actor.organizationId,
      menteeId: actor.personId,
      status: OpportunityStatus.OPEN,
    });
    if (open >= 3) throw new ConflictError('You already have 3 open mentor requests; close one first.');
    const now = new Date();
    const id = randomUUID();
    await manager.insert(OpportunityEntity, {
      organizationId: actor.organizationId,
      id,
      kind: OpportunityKind.MENTORSHIP,
      status: OpportunityStatus.OPEN,
      title: skills.length
        ? `Mentor ${mentee.name} in ${skills.slice(0, 3).join(', ')}`
        : `Mentor ${mentee.name}`,
      description: input.goals.trim(),
      sponsorId: actor.personId,
      menteeId: actor.personId,
      hostUnitId: mentee.unitId,
      seats: 1,
      seatsFilled: 0,
      hoursPerWeek: input.hoursPerWeek,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      capabilityKeys: ['coaching', 'lifting-others-up'],
      skills,
      crossFunctional: false,
      publishedAt: now,
      createdAt: now,
    });
    return manager.findOneByOrFail(OpportunityEntity, { organizationId: actor.organizationId, id });
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

  /** Live applications per opportunity (one grouped query for a page). */
  async applicantCounts(organizationId: string, ids: readonly string[]): Promise<Map<string, number>> {
    const rows: { opportunity_id: string; count: number }[] = await this.db.manager().query(
      `SELECT opportunity_id, count(*)::int AS count FROM application
       WHERE organization_id = $1 AND opportunity_id = ANY($2::uuid[]) AND status = ANY($3::text[])
       GROUP BY opportunity_id`,
      [organizationId, [...ids], [...OPEN_APPLICATION_STATES, ApplicationStatus.PLACED]],
    );
    return new Map(rows.map((row) => [row.opportunity_id, row.count]));
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

  private async person(organizationId: string, id: string): Promise<PersonEntity> {
    const person = await this.db.manager().findOneBy(PersonEntity, { organizationId, id });
    if (!person) throw new NotFoundError('person', id);
    return person;
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
    const unit = await this.db.manager().findOneBy(OrgUnitEntity, { organizationId, id: hostUnitId });
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

function assertDates(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn)
    throw new BadUserInputError(
      'input.endsOn',
      `input.endsOn (${endsOn}) is before input.startsOn (${startsOn})`,
    );
}
