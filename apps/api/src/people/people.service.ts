import { Injectable } from '@nestjs/common';
import { Brackets, In, Repository } from 'typeorm';
import { decide, Permission, Role } from '@bridge/domain';
import { AuditLogService } from '../audit/audit-log.service';
import type { Actor } from '../access/actor';
import { Connection, decodeCursor, toConnection } from '../common/connection';
import { ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { OrgUnitsService } from '../org-units/org-units.service';
import { PersonEntity } from './person.entity';
import type { PeopleFilterInput } from './dto/people.args';

function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

@Injectable()
export class PeopleService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly units: OrgUnitsService,
    private readonly auditLog: AuditLogService,
  ) {}

  private get people(): Repository<PersonEntity> {
    return this.db.manager().getRepository(PersonEntity);
  }

  async byId(organizationId: string, id: string): Promise<PersonEntity> {
    const person = await this.people.findOneBy({ organizationId, id });
    if (!person) throw new NotFoundError('person', id);
    return person;
  }

  byIds(organizationId: string, ids: readonly string[]): Promise<PersonEntity[]> {
    return this.people.findBy({ organizationId, id: In([...ids]) });
  }

  /** Directory search with keyset pagination on (name, id): stable pages however large the organization. */
  async search(
    organizationId: string,
    filter: PeopleFilterInput | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<PersonEntity>> {
    const query = this.people
      .createQueryBuilder('person')
      .where('person.organizationId = :organizationId', { organizationId });
    if (!filter?.includeInactive) query.andWhere('person.active');
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere(
        new Brackets((matches) =>
          matches
            .where('person.name ILIKE :pattern')
            .orWhere('person.email ILIKE :pattern')
            .orWhere('person.title ILIKE :pattern')
            .orWhere('person.employeeId = :exact'),
        ),
        { pattern: likePattern(search), exact: search },
      );
    }
    if (filter?.managerId) query.andWhere('person.managerId = :managerId', { managerId: filter.managerId });
    if (filter?.role) query.andWhere(':role = ANY(person.roles)', { role: filter.role });
    if (filter?.unitId)
      query.andWhere('person.unitId IN (:...unitIds)', {
        unitIds: await this.units.subtree(organizationId, filter.unitId),
      });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, ['text', 'uuid']);
      query.andWhere('(person.name, person.id) > (:afterName, :afterId)', { afterName: name, afterId: id });
    }
    const rows = await query
      .orderBy('person.name', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (person) => [person.name, person.id]);
  }

  /**
   * Each person's managers, nearest first, in one recursive query: the facts behind "who stands in
   * whose reporting line", which `inReportingLine` in @bridge/domain decides. The depth bound keeps a
   * cycle (which imports refuse) from running forever.
   */
  async managerChains(organizationId: string, personIds: readonly string[]): Promise<Map<string, string[]>> {
    const chains = new Map<string, string[]>(personIds.map((id) => [id, []]));
    if (personIds.length === 0) return chains;
    const rows: { person_id: string; manager_id: string }[] = await this.db.manager().query(
      `WITH RECURSIVE chain(person_id, manager_id, depth) AS (
         SELECT id, manager_id, 1 FROM person
         WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND manager_id IS NOT NULL
         UNION ALL
         SELECT chain.person_id, p.manager_id, chain.depth + 1 FROM chain
         JOIN person p ON p.organization_id = $1 AND p.id = chain.manager_id
         WHERE p.manager_id IS NOT NULL AND chain.depth < 64
       )
       SELECT person_id, manager_id FROM chain ORDER BY person_id, depth`,
      [organizationId, [...new Set(personIds)]],
    );
    for (const row of rows) chains.get(row.person_id)?.push(row.manager_id);
    return chains;
  }

  /** Direct reports of each manager, one query for a batch of managers. */
  async reportsOf(
    organizationId: string,
    managerIds: readonly string[],
  ): Promise<Map<string, PersonEntity[]>> {
    const reports = await this.people.find({
      where: { organizationId, managerId: In([...managerIds]), active: true },
      order: { name: 'ASC' },
    });
    const byManager = new Map<string, PersonEntity[]>();
    for (const report of reports) {
      const list = byManager.get(report.managerId as string) ?? [];
      list.push(report);
      byManager.set(report.managerId as string, list);
    }
    return byManager;
  }

  /**
   * Replaces a person's roles, in the request's transaction. The person's row is locked so two admins
   * editing at once land in the audit log in order; the log entry commits with the change or not at all.
   */
  async setRoles(actor: Actor, personId: string, roles: readonly Role[]): Promise<PersonEntity> {
    const after = [...new Set(roles)].sort();
    const manager = this.db.manager();
    const person = await manager.findOne(PersonEntity, {
      where: { organizationId: actor.organizationId, id: personId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!person) throw new NotFoundError('person', personId);
    const decision = decide(actor, Permission.ChangeRoles, {
      kind: 'person',
      personId,
      roles: person.roles,
      newRoles: after,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    const before = [...person.roles].sort();
    if (before.join() === after.join()) return person;
    await manager.update(
      PersonEntity,
      { organizationId: actor.organizationId, id: personId },
      { roles: after },
    );
    await this.auditLog.record(
      {
        organizationId: actor.organizationId,
        actorId: actor.personId,
        action: 'roles.changed',
        subjectPersonId: personId,
        details: { subjectName: person.name, before, after },
      },
      manager,
    );
    return { ...person, roles: after };
  }

  /** Active people holding a role (HR, to tell of something no one else can act on). */
  activeWithRole(organizationId: string, role: Role): Promise<PersonEntity[]> {
    return this.people
      .createQueryBuilder('person')
      .where('person.organizationId = :organizationId', { organizationId })
      .andWhere('person.active')
      .andWhere(':role = ANY(person.roles)', { role })
      .getMany();
  }

  /** The top of the reporting lines: active people with no manager. */
  roots(organizationId: string): Promise<PersonEntity[]> {
    return this.people
      .createQueryBuilder('person')
      .where('person.organizationId = :organizationId', { organizationId })
      .andWhere('person.active')
      .andWhere('person.managerId IS NULL')
      .orderBy('person.name')
      .getMany();
  }
}
