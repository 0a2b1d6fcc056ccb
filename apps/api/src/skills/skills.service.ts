import { Injectable } from '@nestjs/common';
import { OpportunityStatus } from '@bridge/domain';
import { TenantDatabase } from '../database/tenant-database';

/** Escapes the characters that mean something in a PostgreSQL regular expression. */
function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

@Injectable()
export class SkillsService {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * Skills in use on opportunities others can see (not drafts) and on active people's candidate
   * profiles, matching `search` at the start of the skill or of one of its words. Each skill comes
   * once, in its most used spelling; the most used come first.
   */
  async suggestions(organizationId: string, search: string | null, first: number): Promise<string[]> {
    const typed = search?.trim().replace(/\s+/g, ' ') ?? '';
    const pattern = typed ? `(^|[^[:alnum:]])${escapeRegex(typed)}` : null;
    const rows: { skill: string }[] = await this.db.manager().query(
      `WITH used AS (
         SELECT skill FROM opportunity, unnest(opportunity.skills) AS skill
         WHERE opportunity.organization_id = $1 AND opportunity.status <> $2
         UNION ALL
         SELECT skill FROM candidate_profile profile
         JOIN person ON person.organization_id = profile.organization_id AND person.id = profile.person_id
         CROSS JOIN unnest(profile.skills) AS skill
         WHERE profile.organization_id = $1 AND person.active
       )
       SELECT mode() WITHIN GROUP (ORDER BY skill) AS skill
       FROM used
       WHERE $3::text IS NULL OR skill ~* $3
       GROUP BY lower(skill)
       ORDER BY count(*) DESC, lower(skill)
       LIMIT $4`,
      [organizationId, OpportunityStatus.DRAFT, pattern, first],
    );
    return rows.map((row) => row.skill);
  }
}
