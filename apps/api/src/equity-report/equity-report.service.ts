import { Injectable } from '@nestjs/common';
import {
  ApplicationStatus,
  ConsentStatus,
  EQUITY_DIMENSIONS,
  EQUITY_NOT_RECORDED,
  EQUITY_POPULATIONS,
  EquityCounts,
  EquityDimension,
  EquityGroupCounts,
  EquityPeriod,
  equityTable,
  EquityTable,
  OFFERED_APPLICATION_STATUSES,
  OpportunityKind,
} from '@bridge/domain';
import { TenantDatabase } from '../database/tenant-database';

export interface EquityDimensionReport extends EquityTable {
  dimension: EquityDimension;
  population: string;
}

interface CountRow extends EquityCounts {
  /** A dimension, or OVERALL (function, location, level) or SPONSOR_OVERALL (everyone who applied). */
  dimension: EquityDimension | 'OVERALL' | 'SPONSOR_OVERALL';
  key: string | null;
  label: string | null;
}

/**
 * Counts, in one statement, the people of the eligible population (EQUITY_POPULATIONS) of each group
 * and those of them who applied in the period, reached an offer and were placed. Applications count
 * by the day they were made; their outcome is what they came to, whenever that was.
 */
const COUNTS = `
WITH RECURSIVE unit_function AS (
  SELECT id, id AS function_id, name AS function_name
  FROM org_unit WHERE organization_id = $1 AND parent_id IS NULL
  UNION ALL
  SELECT unit.id, parent.function_id, parent.function_name
  FROM org_unit unit JOIN unit_function parent ON unit.parent_id = parent.id
  WHERE unit.organization_id = $1
),
application_in_period AS (
  SELECT application.candidate_id, opportunity.sponsor_id,
         EXISTS (SELECT 1 FROM placement
                 WHERE placement.organization_id = $1 AND placement.application_id = application.id) AS placed,
         application.status = ANY($4::text[])
           OR (application.status = '${ApplicationStatus.DECLINED}' AND NOT EXISTS (
                 SELECT 1 FROM consent_request
                 WHERE consent_request.organization_id = $1 AND consent_request.application_id = application.id
                   AND consent_request.status = '${ConsentStatus.DECLINED}')) AS offered
  FROM application
  JOIN opportunity ON opportunity.organization_id = $1 AND opportunity.id = application.opportunity_id
  WHERE application.organization_id = $1
    AND application.created_at >= $2::date::timestamp AT TIME ZONE 'UTC'
    AND application.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
    AND ($5::text IS NULL OR opportunity.kind = $5::text)
),
outcome AS (
  SELECT candidate_id, bool_or(offered OR placed) AS offered, bool_or(placed) AS placed
  FROM application_in_period GROUP BY candidate_id
),
population AS (
  SELECT person.id, unit_function.function_id, unit_function.function_name, person.location, person.level,
         outcome.candidate_id IS NOT NULL AS applied,
         coalesce(outcome.offered, false) AS offered,
         coalesce(outcome.placed, false) AS placed
  FROM person
  LEFT JOIN unit_function ON unit_function.id = person.unit_id
  LEFT JOIN outcome ON outcome.candidate_id = person.id
  WHERE person.organization_id = $1
    AND (outcome.candidate_id IS NOT NULL
         OR (person.active AND EXISTS (SELECT 1 FROM candidate_profile
                                       WHERE candidate_profile.organization_id = $1
                                         AND candidate_profile.person_id = person.id)))
),
sponsor_outcome AS (
  SELECT sponsor_id, candidate_id, bool_or(offered OR placed) AS offered, bool_or(placed) AS placed
  FROM application_in_period GROUP BY sponsor_id, candidate_id
)
SELECT CASE WHEN grouping(function_id) = 0 THEN '${EquityDimension.FUNCTION}'
            WHEN grouping(location) = 0 THEN '${EquityDimension.LOCATION}'
            WHEN grouping(level) = 0 THEN '${EquityDimension.LEVEL}'
            ELSE 'OVERALL' END AS dimension,
       CASE WHEN grouping(function_id) = 0 THEN function_id::text
            WHEN grouping(location) = 0 THEN location
            WHEN grouping(level) = 0 THEN level END AS key,
       CASE WHEN grouping(function_id) = 0 THEN function_name
            WHEN grouping(location) = 0 THEN location
            WHEN grouping(level) = 0 THEN level END AS label,
       count(*)::int AS eligible,
       count(*) FILTER (WHERE applied)::int AS applied,
       count(*) FILTER (WHERE offered)::int AS offered,
       count(*) FILTER (WHERE placed)::int AS placed
FROM population
GROUP BY GROUPING SETS ((function_id, function_name), (location), (level), ())
UNION ALL
SELECT '${EquityDimension.SPONSOR}', sponsor.id::text, sponsor.name,
       count(*)::int, count(*)::int,
       count(*) FILTER (WHERE sponsor_outcome.offered)::int,
       count(*) FILTER (WHERE sponsor_outcome.placed)::int
FROM sponsor_outcome
JOIN person sponsor ON sponsor.organization_id = $1 AND sponsor.id = sponsor_outcome.sponsor_id
GROUP BY sponsor.id, sponsor.name
UNION ALL
SELECT 'SPONSOR_OVERALL', NULL, NULL,
       count(*)::int, count(*)::int,
       count(*) FILTER (WHERE offered)::int,
       count(*) FILTER (WHERE placed)::int
FROM outcome`;

/** The equity of access report: one statement of counts, then the rule core's suppression and flags. */
@Injectable()
export class EquityReportService {
  constructor(private readonly db: TenantDatabase) {}

  async report(
    organizationId: string,
    period: EquityPeriod,
    kind: OpportunityKind | null,
  ): Promise<EquityDimensionReport[]> {
    const rows: CountRow[] = await this.db
      .manager()
      .query(COUNTS, [organizationId, period.from, period.to, OFFERED_APPLICATION_STATUSES, kind]);
    const counts = (row: CountRow): EquityCounts => ({
      eligible: row.eligible,
      applied: row.applied,
      offered: row.offered,
      placed: row.placed,
    });
    const none: EquityCounts = { eligible: 0, applied: 0, offered: 0, placed: 0 };
    const overallOf = (dimension: EquityDimension): EquityCounts => {
      const name = dimension === EquityDimension.SPONSOR ? 'SPONSOR_OVERALL' : 'OVERALL';
      const row = rows.find((candidate) => candidate.dimension === name);
      return row ? counts(row) : none;
    };
    return EQUITY_DIMENSIONS.map((dimension) => {
      const groups: EquityGroupCounts[] = rows
        .filter((row) => row.dimension === dimension)
        .map((row) => ({ ...counts(row), key: row.key, label: row.label ?? EQUITY_NOT_RECORDED }));
      return {
        dimension,
        population: EQUITY_POPULATIONS[dimension],
        ...equityTable(groups, overallOf(dimension)),
      };
    });
  }
}
