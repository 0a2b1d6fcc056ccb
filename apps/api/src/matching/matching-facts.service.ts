import { Injectable } from '@nestjs/common';
import { OpportunityStatus } from '@bridge/domain';
import {
  CapabilityEvidence,
  FitWeights,
  MatchCandidate,
  MatchFacts,
  MatchOpportunity,
} from '@bridge/matching';
import { todayUtc } from '../common/calendar-date';
import { ConsentRequests } from '../consent/consent-requests.service';
import { TenantDatabase } from '../database/tenant-database';
import { EligibilityFactsReader, OpportunityFacts } from '../eligibility/eligibility-facts.reader';
import { FrameworkService } from '../framework/framework.service';
import { OrganizationSettings } from '../organizations/organization-settings.service';

interface CandidateRow {
  id: string;
  skills: string[];
  targetTransition: string;
  interestedOpportunityIds: string[];
  observerIds: string[];
  pastPlacements: number;
}

interface EvidenceRow {
  candidateId: string;
  capabilityKey: string;
  observations: number;
  distinctObservers: number;
}

interface OpportunityRow extends OpportunityFacts {
  capabilityKeys: string[];
  skills: string[];
}

/**
 * Reads the matching engine's plain inputs from the database, in a constant number of set-based
 * statements however many candidates or opportunities (a whole organization of 10,000 candidates
 * included). What the rule core reads comes from the EligibilityFactsReader, as for the marketplace,
 * so a recommendation and an application are judged on the same facts.
 */
@Injectable()
export class MatchingFactsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly eligibilityFacts: EligibilityFactsReader,
    private readonly framework: FrameworkService,
    private readonly consent: ConsentRequests,
    private readonly settings: OrganizationSettings,
  ) {}

  /**
   * Active people with a candidate profile: those of `ids` (others are left out), or all of them.
   * Ordered by id, so the same data gives the same input.
   */
  async candidates(organizationId: string, ids?: readonly string[]): Promise<MatchCandidate[]> {
    if (ids !== undefined && ids.length === 0) return [];
    const manager = this.db.manager();
    // The evidence is counted per capability of the organization's own framework copy.
    await this.framework.ensureCopy(manager, organizationId);
    const rows: CandidateRow[] = await manager.query(
      `WITH chosen AS (${CHOSEN_CANDIDATES}),
       interest AS (
         SELECT a.candidate_id AS person_id, a.opportunity_id FROM application a
         WHERE a.organization_id = $1 AND a.status <> 'WITHDRAWN' AND a.candidate_id IN (SELECT id FROM chosen)
         UNION
         SELECT s.person_id, s.opportunity_id FROM saved_opportunity s
         WHERE s.organization_id = $1 AND s.person_id IN (SELECT id FROM chosen)
       ),
       interests AS (
         SELECT person_id, array_agg(opportunity_id ORDER BY opportunity_id) AS ids FROM interest GROUP BY person_id
       ),
       observers AS (
         SELECT o.candidate_id, array_agg(DISTINCT o.observer_id) AS ids FROM observation o
         WHERE o.organization_id = $1 AND o.candidate_id IN (SELECT id FROM chosen)
         GROUP BY o.candidate_id
       ),
       placements AS (
         SELECT pl.candidate_id, count(*)::int AS count FROM placement pl
         WHERE pl.organization_id = $1 AND pl.candidate_id IN (SELECT id FROM chosen)
         GROUP BY pl.candidate_id
       )
       SELECT chosen.id, chosen.skills, chosen.target_transition AS "targetTransition",
         COALESCE(interests.ids, '{}') AS "interestedOpportunityIds",
         COALESCE(observers.ids, '{}') AS "observerIds",
         COALESCE(placements.count, 0) AS "pastPlacements"
       FROM chosen
       LEFT JOIN interests ON interests.person_id = chosen.id
       LEFT JOIN observers ON observers.candidate_id = chosen.id
       LEFT JOIN placements ON placements.candidate_id = chosen.id
       ORDER BY chosen.id`,
      [organizationId, ids ?? null],
    );
    if (rows.length === 0) return [];
    const candidateIds = rows.map((row) => row.id);
    const evidenceOf = await this.evidence(organizationId, ids);
    const facts = await this.eligibilityFacts.read(organizationId, candidateIds, []);
    const rounds = await this.roundsWithoutProposal(organizationId, candidateIds);
    return rows.flatMap((row) => {
      const eligibility = facts.candidates.get(row.id);
      if (!eligibility) return [];
      return [
        {
          id: row.id,
          eligibility,
          skills: row.skills,
          evidence: evidenceOf(row),
          interestedOpportunityIds: row.interestedOpportunityIds,
          observerIds: row.observerIds,
          pastPlacements: row.pastPlacements,
          roundsWithoutProposal: rounds.get(row.id) ?? 0,
        },
      ];
    });
  }

  /** The opportunities of `ids` (others are left out), or all OPEN ones. Ordered by id. */
  async opportunities(organizationId: string, ids?: readonly string[]): Promise<MatchOpportunity[]> {
    if (ids !== undefined && ids.length === 0) return [];
    const rows: OpportunityRow[] = await this.db.manager().query(
      `SELECT o.id, o.kind, o.status, o.title, o.sponsor_id AS "sponsorId", o.mentee_id AS "menteeId",
         o.host_unit_id AS "hostUnitId", o.cross_functional AS "crossFunctional", o.seats,
         o.seats_filled AS "seatsFilled", o.hours_per_week AS "hoursPerWeek", o.ends_on::text AS "endsOn",
         o.capability_keys AS "capabilityKeys", o.skills
       FROM opportunity o
       WHERE o.organization_id = $1
         AND CASE WHEN $2::uuid[] IS NULL THEN o.status = '${OpportunityStatus.OPEN}' ELSE o.id = ANY($2::uuid[]) END
       ORDER BY o.id`,
      [organizationId, ids ?? null],
    );
    const facts = await this.eligibilityFacts.read(organizationId, [], rows);
    return rows.flatMap((row) => {
      const opportunity = facts.opportunities.get(row.id);
      if (!opportunity) return [];
      return [
        {
          id: row.id,
          eligibility: opportunity.eligibility,
          capabilityKeys: row.capabilityKeys,
          skills: row.skills,
          menteeManagerChain: opportunity.menteeManagerChain,
        },
      ];
    });
  }

  /** Today, and the pairs whose manager's latest answer was a refusal. */
  async facts(
    organizationId: string,
    candidateIds: readonly string[],
    opportunityIds: readonly string[] | 'ALL',
  ): Promise<MatchFacts> {
    const refusals = await this.consent.refusals(organizationId, candidateIds, opportunityIds);
    return { today: todayUtc(), managerRefusals: [...refusals].sort() };
  }

  /** The organization's factor weights: the defaults until it sets its own. */
  weights(organizationId: string): Promise<FitWeights> {
    return this.settings.matchingWeights(organizationId);
  }

  /**
   * Matching rounds in a row, up to now, in which each candidate took part and got no proposal: the
   * fair-access factor grows with it. The one place that reads it; absent candidates count 0.
   */
  async roundsWithoutProposal(
    organizationId: string,
    candidateIds: readonly string[] | undefined,
  ): Promise<Map<string, number>> {
    const rows: { candidateId: string; rounds: number }[] = await this.db.manager().query(
      `SELECT candidate_id AS "candidateId", rounds_without_proposal AS rounds FROM candidate_round_streak
       WHERE organization_id = $1 AND rounds_without_proposal > 0
         AND ($2::uuid[] IS NULL OR candidate_id = ANY($2::uuid[]))`,
      [organizationId, candidateIds ? [...candidateIds] : null],
    );
    return new Map(rows.map((row) => [row.candidateId, row.rounds]));
  }

  /**
   * Per candidate, per capability their target transition needs (in the framework's order), the
   * observations recorded and the distinct observers, counted as readiness counts them. The counts
   * are grouped rows joined here to each transition's capabilities: joining them in SQL, one row per
   * candidate and capability, costs twice as much on a large organization.
   */
  private async evidence(
    organizationId: string,
    ids: readonly string[] | undefined,
  ): Promise<(candidate: { id: string; targetTransition: string }) => CapabilityEvidence[]> {
    const manager = this.db.manager();
    const needed: { transition: string; capabilityKey: string; capabilityName: string }[] =
      await manager.query(
        `SELECT t.key AS transition, k.key AS "capabilityKey", capability.name AS "capabilityName"
       FROM framework_transition t
       CROSS JOIN LATERAL unnest(t.capability_keys) WITH ORDINALITY AS k(key, position)
       JOIN framework_capability capability ON capability.organization_id = t.organization_id AND capability.key = k.key
       WHERE t.organization_id = $1
       ORDER BY t.key, k.position`,
        [organizationId],
      );
    const counts: EvidenceRow[] = await manager.query(
      `SELECT candidate_id AS "candidateId", capability_key AS "capabilityKey", count(*)::int AS observations,
         count(DISTINCT observer_id)::int AS "distinctObservers"
       FROM observation
       WHERE organization_id = $1 AND ($2::uuid[] IS NULL OR candidate_id = ANY($2::uuid[]))
       GROUP BY candidate_id, capability_key`,
      [organizationId, ids ?? null],
    );
    const byTransition = new Map<string, { capabilityKey: string; capabilityName: string }[]>();
    for (const { transition, ...capability } of needed)
      byTransition.set(transition, [...(byTransition.get(transition) ?? []), capability]);
    const countsOf = new Map<string, Map<string, EvidenceRow>>();
    for (const row of counts) {
      const ofCandidate = countsOf.get(row.candidateId) ?? new Map<string, EvidenceRow>();
      ofCandidate.set(row.capabilityKey, row);
      countsOf.set(row.candidateId, ofCandidate);
    }
    return (candidate) =>
      (byTransition.get(candidate.targetTransition) ?? []).map(({ capabilityKey, capabilityName }) => {
        const counted = countsOf.get(candidate.id)?.get(capabilityKey);
        return {
          capabilityKey,
          capabilityName,
          observations: counted?.observations ?? 0,
          distinctObservers: counted?.distinctObservers ?? 0,
        };
      });
  }
}

/** Active people with a candidate profile, of the ids in $2 or all when $2 is null. */
const CHOSEN_CANDIDATES = `
  SELECT p.id, cp.skills, cp.target_transition
  FROM candidate_profile cp
  JOIN person p ON p.organization_id = cp.organization_id AND p.id = cp.person_id
  WHERE cp.organization_id = $1 AND p.active AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))`;
