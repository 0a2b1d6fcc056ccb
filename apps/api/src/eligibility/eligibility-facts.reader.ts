import { Injectable } from '@nestjs/common';
import type { EligibilityCandidate, EligibilityOpportunity } from '@bridge/domain';
import { ConsentRequests } from '../consent/consent-requests.service';
import { TenantDatabase } from '../database/tenant-database';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrgUnitsService } from '../org-units/org-units.service';
import { PeopleService } from '../people/people.service';

/** What the rule core reads of an opportunity. */
export type OpportunityFacts = Pick<
  OpportunityEntity,
  | 'id'
  | 'kind'
  | 'status'
  | 'title'
  | 'sponsorId'
  | 'menteeId'
  | 'hostUnitId'
  | 'crossFunctional'
  | 'seats'
  | 'seatsFilled'
  | 'hoursPerWeek'
  | 'endsOn'
>;

/** An opportunity as the rule core reads it, with the mentee's reporting line for a mentor request. */
export interface OpportunityEligibilityFacts {
  eligibility: EligibilityOpportunity;
  menteeManagerChain: string[];
}

/** Everything the rule core reads about some candidates and some opportunities. */
export interface EligibilityFactSet {
  candidates: Map<string, EligibilityCandidate>;
  opportunities: Map<string, OpportunityEligibilityFacts>;
  /** `${candidateId}:${opportunityId}` for each pair whose manager's latest answer was a refusal. */
  refusals: Set<string>;
}

/**
 * The one reader of the rule core's inputs, shared by the marketplace's eligibility checks and the
 * matching engine's inputs, so both judge from the same facts. A constant number of statements for
 * any number of candidates and opportunities.
 */
@Injectable()
export class EligibilityFactsReader {
  constructor(
    private readonly db: TenantDatabase,
    private readonly people: PeopleService,
    private readonly units: OrgUnitsService,
    private readonly consent: ConsentRequests,
  ) {}

  /** Candidates missing from the organization are missing from the answer; the caller decides. */
  async read(
    organizationId: string,
    candidateIds: readonly string[],
    opportunities: readonly OpportunityFacts[],
  ): Promise<EligibilityFactSet> {
    const uniqueCandidateIds = [...new Set(candidateIds)];
    const menteeIds = opportunities.flatMap((opportunity) =>
      opportunity.menteeId ? [opportunity.menteeId] : [],
    );
    // One after another: they share the request's transaction, a single connection.
    const candidates = await this.candidateRows(organizationId, uniqueCandidateIds);
    const chains = await this.people.managerChains(organizationId, [...uniqueCandidateIds, ...menteeIds]);
    const refusals = await this.consent.refusals(
      organizationId,
      uniqueCandidateIds,
      opportunities.map((opportunity) => opportunity.id),
    );
    const functions = await this.units.functionsOf(organizationId, [
      ...new Set([
        ...candidates.flatMap((candidate) => (candidate.unitId ? [candidate.unitId] : [])),
        ...opportunities.flatMap((opportunity) => (opportunity.hostUnitId ? [opportunity.hostUnitId] : [])),
      ]),
    ]);
    const functionOf = (unitId: string | null) => (unitId ? (functions.get(unitId) ?? unitId) : null);
    return {
      candidates: new Map(
        candidates.map((row) => [
          row.id,
          {
            personId: row.id,
            name: row.name,
            managerChain: chains.get(row.id) ?? [],
            functionId: functionOf(row.unitId),
            capacity:
              row.hoursPerWeek === null
                ? null
                : {
                    hoursPerWeek: row.hoursPerWeek,
                    maxProjects: row.maxProjects as number,
                    maxMentees: row.maxMentees as number,
                    committedHours: row.committedHours as number,
                    activeProjects: row.activeProjects as number,
                    activeMentees: row.activeMentees as number,
                  },
          },
        ]),
      ),
      opportunities: new Map(
        opportunities.map((opportunity) => [
          opportunity.id,
          {
            eligibility: {
              kind: opportunity.kind,
              status: opportunity.status,
              title: opportunity.title,
              sponsorId: opportunity.sponsorId,
              menteeId: opportunity.menteeId,
              hostFunctionId: functionOf(opportunity.hostUnitId),
              crossFunctional: opportunity.crossFunctional,
              seats: opportunity.seats,
              seatsFilled: opportunity.seatsFilled,
              hoursPerWeek: opportunity.hoursPerWeek,
              endsOn: opportunity.endsOn,
            },
            menteeManagerChain: opportunity.menteeId ? (chains.get(opportunity.menteeId) ?? []) : [],
          },
        ]),
      ),
      refusals,
    };
  }

  /** Each candidate's name, unit and capacity (null without a profile), in one statement. */
  private async candidateRows(organizationId: string, ids: readonly string[]): Promise<CandidateRow[]> {
    if (ids.length === 0) return [];
    return this.db.manager().query(
      `SELECT p.id, p.name, p.unit_id AS "unitId",
         cp.hours_per_week AS "hoursPerWeek", cp.max_projects AS "maxProjects", cp.max_mentees AS "maxMentees",
         cp.committed_hours AS "committedHours", cp.active_projects AS "activeProjects",
         cp.active_mentees AS "activeMentees"
       FROM person p
       LEFT JOIN candidate_profile cp ON cp.organization_id = p.organization_id AND cp.person_id = p.id
       WHERE p.organization_id = $1 AND p.id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
  }
}

interface CandidateRow {
  id: string;
  name: string;
  unitId: string | null;
  hoursPerWeek: number | null;
  maxProjects: number | null;
  maxMentees: number | null;
  committedHours: number | null;
  activeProjects: number | null;
  activeMentees: number | null;
}
