import { Injectable } from '@nestjs/common';
import { Repository } from 'typeorm';
import { TenantDatabase } from '../database/tenant-database';
import { PersonEntity } from '../people/person.entity';
import { OrgUnitEntity } from './org-unit.entity';

@Injectable()
export class OrgUnitsService {
  constructor(private readonly db: TenantDatabase) {}

  private get units(): Repository<OrgUnitEntity> {
    return this.db.manager().getRepository(OrgUnitEntity);
  }

  private get people(): Repository<PersonEntity> {
    return this.db.manager().getRepository(PersonEntity);
  }

  list(organizationId: string): Promise<OrgUnitEntity[]> {
    return this.units.find({ where: { organizationId }, order: { name: 'ASC' } });
  }

  /** Hand-written SQL, as the hot reads are: it backs the unit loader of every page that names units. */
  byIds(organizationId: string, ids: readonly string[]): Promise<OrgUnitEntity[]> {
    return this.db
      .manager()
      .query(
        `SELECT ${this.db.columns(OrgUnitEntity, 'unit')} FROM org_unit unit WHERE unit.organization_id = $1 AND unit.id = ANY($2::uuid[])`,
        [organizationId, [...ids]],
      );
  }

  /** The unit and every unit under it, in one recursive query: the one place "which units are under this one" is read. */
  async subtree(organizationId: string, unitId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.units.manager.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM org_unit WHERE organization_id = $1 AND id = $2
         UNION ALL
         SELECT child.id FROM org_unit child JOIN subtree ON child.parent_id = subtree.id
         WHERE child.organization_id = $1
       ) SELECT id FROM subtree`,
      [organizationId, unitId],
    );
    // An unknown unit has nothing under it; the id itself keeps the filter's IN list non-empty.
    return rows.length ? rows.map((row) => row.id) : [unitId];
  }

  /** The function (top-level unit) each unit belongs to; a function is its own. One query for a batch. */
  async functionsOf(organizationId: string, unitIds: readonly string[]): Promise<Map<string, string>> {
    if (unitIds.length === 0) return new Map();
    const rows: { unitId: string; functionId: string }[] = await this.units.manager.query(
      `WITH RECURSIVE up AS (
         SELECT id AS unit_id, id, parent_id FROM org_unit WHERE organization_id = $1 AND id = ANY($2::uuid[])
         UNION ALL
         SELECT up.unit_id, parent.id, parent.parent_id FROM up
         JOIN org_unit parent ON parent.organization_id = $1 AND parent.id = up.parent_id
       )
       SELECT unit_id AS "unitId", id AS "functionId" FROM up WHERE parent_id IS NULL`,
      [organizationId, [...unitIds]],
    );
    return new Map(rows.map((row) => [row.unitId, row.functionId]));
  }

  /** Active people directly in each unit (not its sub-units), one query for a batch of units. */
  async memberCounts(organizationId: string, unitIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.people
      .createQueryBuilder('person')
      .select('person.unitId', 'unitId')
      .addSelect('COUNT(*)::int', 'count')
      .where('person.organizationId = :organizationId', { organizationId })
      .andWhere('person.unitId IN (:...unitIds)', { unitIds })
      .andWhere('person.active')
      .groupBy('person.unitId')
      .getRawMany<{ unitId: string; count: number }>();
    return new Map(rows.map((row) => [row.unitId, row.count]));
  }
}
