import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
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

  /** Hand-written SQL, as the hot reads are: it backs the person loader of every page that names people. */
  byIds(organizationId: string, ids: readonly string[]): Promise<PersonEntity[]> {
    return this.db
      .manager()
      .query(
        `SELECT ${this.db.columns(PersonEntity, 'person')} FROM person WHERE person.organization_id = $1 AND person.id = ANY($2::uuid[])`,
        [organizationId, [...ids]],
      );
  }

  /**
   * Directory search with keyset pagination on (name, id): stable pages however large the
   * organization. Hand-written SQL: the query builder and its hydration cost more than the query.
   */
  async search(
    organizationId: string,
    filter: PeopleFilterInput | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<PersonEntity>> {
    const parameters: unknown[] = [];
    const value = (parameter: unknown): string => `$${parameters.push(parameter)}`;
    const where = [`person.organization_id = ${value(organizationId)}`];
    if (!filter?.includeInactive) where.push('person.active');
    const search = filter?.search?.trim();
    if (search) {
      const pattern = value(likePattern(search));
      where.push(
        `(person.name ILIKE ${pattern} OR person.email ILIKE ${pattern} OR person.title ILIKE ${pattern} OR person.employee_id = ${value(search)})`,
      );
    }
    if (filter?.managerId) where.push(`person.manager_id = ${value(filter.managerId)}`);
    if (filter?.role) where.push(`${value(filter.role)} = ANY(person.roles)`);
    if (filter?.unitId)
      where.push(
        `person.unit_id = ANY(${value(await this.units.subtree(organizationId, filter.unitId))}::uuid[])`,
      );
    const manager = this.db.manager();
    const matches = { where: where.join(' AND '), parameters: [...parameters] };
    if (after) {
      const [name, id] = decodeCursor(after, ['text', 'uuid']);
      where.push(`(person.name, person.id) > (${value(name)}, ${value(id)})`);
    }
    const rows: PersonEntity[] = await manager.query(
      `SELECT ${this.db.columns(PersonEntity, 'person')} FROM person
       WHERE ${where.join(' AND ')} ORDER BY person.name, person.id LIMIT ${value(first + 1)}`,
      parameters,
    );
    const count = async (): Promise<number> => {
      const [{ count }] = await manager.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM person WHERE ${matches.where}`,
        matches.parameters,
      );
      return count;
    };
    return toConnection(rows, first, count, (person) => [person.name, person.id]);
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
