import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  can,
  capacityAmount,
  CapacityReason,
  DEFAULT_CANDIDATE_CAPACITY,
  ErrorReason,
  limitsBelowLoad,
  normalizeSkills,
  Permission,
} from '@bridge/domain';
import type { Actor } from '../access/actor';
import { ConflictError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { FrameworkService } from '../framework/framework.service';
import { PersonEntity } from '../people/person.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import type { CandidateProfileInput } from './dto/candidate-profile.args';

/** The input field that sets each limit, for the error that names it. */
const FIELD_OF: Record<CapacityReason, string> = {
  [ErrorReason.CAPACITY_HOURS]: 'input.hoursPerWeek',
  [ErrorReason.CAPACITY_PROJECTS]: 'input.maxProjects',
  [ErrorReason.CAPACITY_MENTEES]: 'input.maxMentees',
};

@Injectable()
export class CandidateProfilesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly framework: FrameworkService,
  ) {}

  mine(actor: Actor): Promise<CandidateProfileEntity | null> {
    return this.db.manager().findOneBy(CandidateProfileEntity, {
      organizationId: actor.organizationId,
      personId: actor.personId,
    });
  }

  byPersonIds(organizationId: string, personIds: readonly string[]): Promise<CandidateProfileEntity[]> {
    return this.db.manager().findBy(CandidateProfileEntity, { organizationId, personId: In([...personIds]) });
  }

  /**
   * A candidate's profile, for the candidate, their manager, HR and sponsors (who read it when
   * choosing applicants). Anyone else gets NOT_FOUND, as for an id that does not exist.
   */
  async forViewer(actor: Actor, personId: string): Promise<CandidateProfileEntity | null> {
    const manager = this.db.manager();
    const person = await manager.findOneBy(PersonEntity, {
      organizationId: actor.organizationId,
      id: personId,
    });
    if (!person) throw new NotFoundError('person', personId);
    const mayRead = can(actor, Permission.ReadCandidateProfile, {
      kind: 'candidateProfile',
      personId,
      managerId: person.managerId,
    });
    if (!mayRead) throw new NotFoundError('candidate profile', personId);
    return manager.findOneBy(CandidateProfileEntity, { organizationId: actor.organizationId, personId });
  }

  async update(actor: Actor, input: CandidateProfileInput): Promise<CandidateProfileEntity> {
    const manager = this.db.manager();
    await this.framework.assertCapabilityKeys(
      actor.organizationId,
      input.capabilityKeys,
      'input.capabilityKeys',
    );
    const key = { organizationId: actor.organizationId, personId: actor.personId };
    // Locked so a placement accepted at the same moment cannot slip under a lowered capacity.
    const current = await manager.findOne(CandidateProfileEntity, {
      where: key,
      lock: { mode: 'pessimistic_write' },
    });
    const next = {
      targetTransition: input.targetTransition,
      headline: input.headline?.trim() ?? current?.headline ?? '',
      capabilityKeys: [...new Set(input.capabilityKeys)],
      skills: normalizeSkills(input.skills),
      hoursPerWeek: input.hoursPerWeek,
      maxProjects: input.maxProjects ?? current?.maxProjects ?? DEFAULT_CANDIDATE_CAPACITY.projects,
      maxMentees: input.maxMentees ?? current?.maxMentees ?? DEFAULT_CANDIDATE_CAPACITY.mentees,
    };
    if (current) {
      const [below] = limitsBelowLoad(next, current);
      if (below)
        throw new ConflictError(
          ErrorReason.CAPACITY_BELOW_LOAD,
          `You hold ${capacityAmount(below.reason, below.inUse)} in placements now; ${FIELD_OF[below.reason]} cannot be lower (${below.limit}) until one ends.`,
          { field: FIELD_OF[below.reason], limit: below.limit, inUse: below.inUse },
        );
      await manager.update(CandidateProfileEntity, key, next);
    } else {
      await manager.insert(CandidateProfileEntity, { ...key, ...next });
    }
    return manager.findOneByOrFail(CandidateProfileEntity, key);
  }
}
