import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorReason, normalizeSkills, OpportunityKind, OpportunityStatus } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { ConflictError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { PeopleService } from '../people/people.service';
import type { RequestMentorInput } from './dto/opportunity.args';
import { assertDates } from './opportunities.service';
import { OpportunityEntity } from './opportunity.entity';

/** A mentee may have this many mentor requests open at once. */
const MAX_OPEN_MENTOR_REQUESTS = 3;

@Injectable()
export class MentorRequests {
  constructor(
    private readonly db: TenantDatabase,
    private readonly people: PeopleService,
  ) {}

  /**
   * A mentee's request for a mentor becomes an open MENTORSHIP opportunity with one seat that the
   * mentee sponsors: candidates apply to it and the mentee chooses among them.
   */
  async requestMentor(actor: Actor, input: RequestMentorInput): Promise<OpportunityEntity> {
    const manager = this.db.manager();
    assertDates(input.startsOn, input.endsOn);
    const mentee = await this.people.byId(actor.organizationId, actor.personId);
    const skills = normalizeSkills(input.skills);
    const open = await manager.countBy(OpportunityEntity, {
      organizationId: actor.organizationId,
      menteeId: actor.personId,
      status: OpportunityStatus.OPEN,
    });
    if (open >= MAX_OPEN_MENTOR_REQUESTS)
      throw new ConflictError(
        ErrorReason.MENTOR_REQUEST_LIMIT,
        `You already have ${MAX_OPEN_MENTOR_REQUESTS} open mentor requests; cancel one first.`,
      );
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
}
