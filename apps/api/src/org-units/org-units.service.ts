import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
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

  byIds(organizationId: string, ids: readonly string[]): Promise<OrgUnitEntity[]> {
    return this.units.findBy({ organizationId, id: In([...ids]) });
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
