import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { can, decide, Permission, reflectionProblems } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { FrameworkService } from '../framework/framework.service';
import { PeopleService } from '../people/people.service';
import { PlacementEntity } from '../placements/placement.entity';
import { AddReflectionInput } from './dto/reflection.args';
import { ReflectionEntity } from './reflection.entity';

/** A candidate's own reflections: written by them, read by them, and by HR only when they share one. */
@Injectable()
export class ReflectionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly framework: FrameworkService,
    private readonly people: PeopleService,
  ) {}

  async add(actor: Actor, input: AddReflectionInput): Promise<ReflectionEntity> {
    const decision = decide(actor, Permission.WriteReflection);
    if (!decision.allowed) throw ForbiddenError.from(decision);
    const organizationId = actor.organizationId;
    const { capabilities } = await this.framework.forOrganization(organizationId);
    const draft = { text: input.text.trim(), capabilityKey: input.capabilityKey ?? null };
    const [problem] = reflectionProblems(draft, capabilities);
    if (problem) throw new BadUserInputError(`input.${problem.field}`, problem.message);
    const manager = this.db.manager();
    if (input.placementId) {
      const placement = await manager.findOneBy(PlacementEntity, {
        organizationId,
        id: input.placementId,
        candidateId: actor.personId,
      });
      if (!placement) throw new NotFoundError('placement of yours', input.placementId);
    }
    const reflection: ReflectionEntity = {
      ...draft,
      organizationId,
      id: randomUUID(),
      authorId: actor.personId,
      placementId: input.placementId ?? null,
      sharedWithHr: input.sharedWithHr ?? false,
      writtenAt: new Date(),
    };
    await manager.insert(ReflectionEntity, reflection);
    return reflection;
  }

  /** Its author shares a reflection with HR, or makes it private again. */
  async share(actor: Actor, reflectionId: string, shared: boolean): Promise<ReflectionEntity> {
    const organizationId = actor.organizationId;
    const manager = this.db.manager();
    const reflection = await manager.findOne(ReflectionEntity, {
      where: { organizationId, id: reflectionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!reflection || !this.mayRead(actor, reflection)) throw new NotFoundError('reflection', reflectionId);
    const decision = decide(actor, Permission.WriteReflection, this.subject(reflection));
    if (!decision.allowed) throw ForbiddenError.from(decision);
    await manager.update(ReflectionEntity, { organizationId, id: reflectionId }, { sharedWithHr: shared });
    return { ...reflection, sharedWithHr: shared };
  }

  /** The candidate's reflections the actor may read, newest first (at most 200). */
  async ofCandidate(actor: Actor, candidateId: string): Promise<ReflectionEntity[]> {
    const organizationId = actor.organizationId;
    const [candidate] = await this.people.byIds(organizationId, [candidateId]);
    if (!candidate) throw new NotFoundError('person', candidateId);
    const decision = decide(actor, Permission.ReadReflections, {
      kind: 'candidateProfile',
      personId: candidate.id,
      managerId: candidate.managerId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    const own = candidate.id === actor.personId;
    const rows = await this.db.manager().find(ReflectionEntity, {
      where: { organizationId, authorId: candidateId, ...(own ? {} : { sharedWithHr: true }) },
      order: { writtenAt: 'DESC', id: 'ASC' },
      take: 200,
    });
    return rows.filter((reflection) => this.mayRead(actor, reflection));
  }

  private mayRead(actor: Actor, reflection: ReflectionEntity): boolean {
    return can(actor, Permission.ReadReflection, this.subject(reflection));
  }

  private subject(reflection: ReflectionEntity) {
    return {
      kind: 'reflection' as const,
      authorId: reflection.authorId,
      sharedWithHr: reflection.sharedWithHr,
    };
  }
}
