import { Injectable } from '@nestjs/common';
import { can, OpportunityStatus, Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { Connection, decodeCursor, toConnection } from '../common/connection';
import { TenantDatabase } from '../database/tenant-database';
import { OrgUnitsService } from '../org-units/org-units.service';
import type { OpportunityFilterInput } from './dto/opportunity.args';
import { OpportunityEntity } from './opportunity.entity';

/** The marketplace's search: filters, full text and keyset paging, newest first. */
@Injectable()
export class OpportunitySearch {
  constructor(
    private readonly db: TenantDatabase,
    private readonly units: OrgUnitsService,
  ) {}

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
    // Drafts are seen by whoever may manage them: everyone's to HR, one's own to anyone else.
    if (!can(actor, Permission.ManageOpportunity))
      query.andWhere(
        "(opportunity.status <> 'DRAFT' OR opportunity.sponsorId = :me OR opportunity.menteeId = :me)",
        me,
      );
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
    if (filter?.unitId)
      query.andWhere('opportunity.hostUnitId IN (:...unitIds)', {
        unitIds: await this.units.subtree(actor.organizationId, filter.unitId),
      });
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
}
