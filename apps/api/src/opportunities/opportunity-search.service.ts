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

  /**
   * Hand-written SQL rather than the query builder: this is the marketplace's hottest read, and
   * building and hydrating through TypeORM cost more than the query.
   */
  async search(
    actor: Actor,
    filter: OpportunityFilterInput | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<OpportunityEntity>> {
    const parameters: unknown[] = [];
    const value = (parameter: unknown): string => `$${parameters.push(parameter)}`;
    const where = [`opportunity.organization_id = ${value(actor.organizationId)}`];
    const me =
      filter?.sponsoredByMe || !can(actor, Permission.ManageOpportunity) ? value(actor.personId) : '';
    if (filter?.sponsoredByMe)
      where.push(`(opportunity.sponsor_id = ${me} OR opportunity.mentee_id = ${me})`);
    const status = filter?.status ?? (filter?.sponsoredByMe ? undefined : OpportunityStatus.OPEN);
    if (status) where.push(`opportunity.status = ${value(status)}`);
    // Drafts are seen by whoever may manage them: everyone's to HR, one's own to anyone else.
    if (!can(actor, Permission.ManageOpportunity))
      where.push(
        `(opportunity.status <> 'DRAFT' OR opportunity.sponsor_id = ${me} OR opportunity.mentee_id = ${me})`,
      );
    if (filter?.kind) where.push(`opportunity.kind = ${value(filter.kind)}`);
    if (filter?.capabilityKey)
      where.push(`${value(filter.capabilityKey)} = ANY(opportunity.capability_keys)`);
    if (filter?.skill?.trim())
      where.push(
        `EXISTS (SELECT 1 FROM unnest(opportunity.skills) AS skill WHERE lower(skill) = lower(${value(filter.skill.trim())}))`,
      );
    if (filter?.maxHoursPerWeek) where.push(`opportunity.hours_per_week <= ${value(filter.maxHoursPerWeek)}`);
    if (filter?.unitId)
      where.push(
        `opportunity.host_unit_id = ANY(${value(await this.units.subtree(actor.organizationId, filter.unitId))}::uuid[])`,
      );
    // The same expression as the ix_opportunity_search index, so PostgreSQL can use it.
    if (filter?.search?.trim())
      where.push(
        `to_tsvector('english', opportunity.title || ' ' || opportunity.description) @@ websearch_to_tsquery('english', ${value(filter.search.trim())})`,
      );
    if (filter?.savedByMe)
      where.push(
        `EXISTS (SELECT 1 FROM saved_opportunity saved WHERE saved.organization_id = opportunity.organization_id
           AND saved.opportunity_id = opportunity.id AND saved.person_id = ${value(actor.personId)})`,
      );
    const manager = this.db.manager();
    const matches = { where: where.join(' AND '), parameters: [...parameters] };
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      where.push(`(opportunity.created_at, opportunity.id) < (${value(createdAt)}, ${value(id)})`);
    }
    const rows: OpportunityEntity[] = await manager.query(
      `SELECT ${this.db.columns(OpportunityEntity, 'opportunity')} FROM opportunity
       WHERE ${where.join(' AND ')} ORDER BY opportunity.created_at DESC, opportunity.id DESC LIMIT ${value(first + 1)}`,
      parameters,
    );
    const count = async (): Promise<number> => {
      const [{ count }] = await manager.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM opportunity WHERE ${matches.where}`,
        matches.parameters,
      );
      return count;
    };
    return toConnection(rows, first, count, (row) => [row.createdAt.toISOString(), row.id]);
  }
}
