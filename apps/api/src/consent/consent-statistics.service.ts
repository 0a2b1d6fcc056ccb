import { Injectable } from '@nestjs/common';
import { ConsentStatus } from '@bridge/domain';
import { TenantDatabase } from '../database/tenant-database';

export interface ManagerConsentStatistics {
  managerId: string;
  requested: number;
  approved: number;
  declined: number;
  escalated: number;
  pending: number;
  /** Approved over requests answered or let lapse, 0–1; null before any. */
  approvalRate: number | null;
  /** Declined or let lapse over the same, 0–1. */
  refusalRate: number | null;
  /** Median hours from request to answer, over answered requests. */
  medianHoursToDecide: number | null;
}

/** Per approver: how they answered consent requests. Talent hoarding shows as refusals and lapses. */
@Injectable()
export class ConsentStatistics {
  constructor(private readonly db: TenantDatabase) {}

  async perManager(organizationId: string): Promise<ManagerConsentStatistics[]> {
    const rows: Omit<ManagerConsentStatistics, 'approvalRate' | 'refusalRate'>[] = await this.db
      .manager()
      .query(
        `SELECT approver_id AS "managerId",
              count(*) FILTER (WHERE status <> '${ConsentStatus.CANCELLED}')::int AS requested,
              count(*) FILTER (WHERE status = '${ConsentStatus.APPROVED}')::int AS approved,
              count(*) FILTER (WHERE status = '${ConsentStatus.DECLINED}')::int AS declined,
              count(*) FILTER (WHERE status = '${ConsentStatus.ESCALATED}')::int AS escalated,
              count(*) FILTER (WHERE status = '${ConsentStatus.PENDING}')::int AS pending,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - requested_at) / 3600)
                FILTER (WHERE status IN ('${ConsentStatus.APPROVED}', '${ConsentStatus.DECLINED}')) AS "medianHoursToDecide"
       FROM consent_request WHERE organization_id = $1
       GROUP BY approver_id
       HAVING count(*) FILTER (WHERE status <> '${ConsentStatus.CANCELLED}') > 0
       ORDER BY count(*) FILTER (WHERE status IN ('${ConsentStatus.DECLINED}', '${ConsentStatus.ESCALATED}')) DESC, approver_id`,
        [organizationId],
      );
    return rows.map((row) => ({ ...row, ...consentRates(row) }));
  }
}

/** Approval and refusal rates over the requests answered or let lapse; null before any. */
export function consentRates(counts: { approved: number; declined: number; escalated: number }): {
  approvalRate: number | null;
  refusalRate: number | null;
} {
  const closed = counts.approved + counts.declined + counts.escalated;
  return {
    approvalRate: closed ? counts.approved / closed : null,
    refusalRate: closed ? (counts.declined + counts.escalated) / closed : null,
  };
}
