import { Injectable } from '@nestjs/common';
import type { MatchCandidate } from '@bridge/matching';
import { TenantDatabase } from '../database/tenant-database';
import { MatchingFactsService } from './matching-facts.service';

/** Organizations whose pools are kept; the least recently asked is dropped first. */
const POOLS_KEPT = 16;

interface Pool {
  version: bigint;
  candidates: MatchCandidate[];
}

/**
 * Every candidate of an organization as the matching engine reads them, kept in memory between
 * requests: ranking one opportunity's candidates scores the whole organization, and reading 10,000
 * candidates' facts costs far more than scoring them. A pool is used only while the organization's
 * `matching_version`, read first by the request, is the one it was read at: every committed change to
 * a candidate's inputs moves it (migration 1796380000001), and the pool's facts were read after their
 * version, so an answer is never older than what the request itself would read. Per process.
 */
@Injectable()
export class MatchingPool {
  private readonly pools = new Map<string, Pool>();

  constructor(
    private readonly db: TenantDatabase,
    private readonly facts: MatchingFactsService,
  ) {}

  async candidates(organizationId: string): Promise<MatchCandidate[]> {
    const [row] = await this.db
      .manager()
      .query<
        { version: string }[]
      >('SELECT matching_version::text AS version FROM organization WHERE id = $1', [organizationId]);
    const version = BigInt(row?.version ?? 0);
    const kept = this.pools.get(organizationId);
    if (kept?.version === version) {
      // Most recently asked last, so the first is the one to drop.
      this.pools.delete(organizationId);
      this.pools.set(organizationId, kept);
      return kept.candidates;
    }
    const candidates = await this.facts.candidates(organizationId);
    // A slower request that read an older version never replaces a newer pool.
    const now = this.pools.get(organizationId);
    if (!now || now.version < version) {
      this.pools.delete(organizationId);
      this.pools.set(organizationId, { version, candidates });
      while (this.pools.size > POOLS_KEPT) this.pools.delete(this.pools.keys().next().value as string);
    }
    return candidates;
  }
}
