import { Injectable } from '@nestjs/common';
import { decide, Eligibility, LIVE_APPLICATION_STATUSES, Permission } from '@bridge/domain';
import { Fit, fitOf, recommendCandidates, recommendOpportunities } from '@bridge/matching';
import type { Actor } from '../access/actor';
import { ForbiddenError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { EligibilityService } from '../eligibility/eligibility.service';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';
import { PeopleService } from '../people/people.service';
import { Invitations } from './invitations.service';
import { MatchingFactsService } from './matching-facts.service';
import { MatchingPool } from './matching-pool.service';

/** The fits of an opportunity's recommended candidates, with when each was invited to apply. */
export interface CandidateRecommendations {
  fits: Fit[];
  invitedAt: Map<string, Date>;
}

/** Why a named candidate is or is not recommended for an opportunity. */
export interface MatchExplanation {
  eligibility: Eligibility;
  fit: Fit | null;
  invitedAt: Date | null;
}

/**
 * Recommendations for one candidate or one opportunity: reads the engine's inputs, lets the engine
 * (@bridge/matching) apply the rule core and score, and leaves out what the reader already has in
 * hand (the candidate's own live applications; applicants who already reached the sponsor).
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly facts: MatchingFactsService,
    private readonly people: PeopleService,
    private readonly opportunities: OpportunitiesService,
    private readonly eligibility: EligibilityService,
    private readonly invitations: Invitations,
    private readonly pool: MatchingPool,
  ) {}

  /** The open opportunities that fit the candidate best; none until they set up a candidate profile. */
  async forCandidate(actor: Actor, candidateId: string, first: number): Promise<Fit[]> {
    const organizationId = actor.organizationId;
    const [person] = await this.people.byIds(organizationId, [candidateId]);
    if (!person) throw new NotFoundError('person', candidateId);
    const decision = decide(actor, Permission.ReadRecommendedOpportunities, {
      kind: 'candidateProfile',
      personId: person.id,
      managerId: person.managerId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    const [candidate] = await this.facts.candidates(organizationId, [candidateId]);
    if (!candidate) return [];
    const applied = await this.liveApplicationsOf(organizationId, candidateId);
    const opportunities = (await this.facts.opportunities(organizationId)).filter(
      (opportunity) => !applied.has(opportunity.id),
    );
    const facts = await this.facts.facts(organizationId, [candidateId], 'ALL');
    const weights = await this.facts.weights(organizationId);
    return recommendOpportunities(candidate, opportunities, facts, weights, first);
  }

  /** The candidates who fit the opportunity best, for its sponsor (the mentee of a mentor request) and HR. */
  async forOpportunity(
    actor: Actor,
    opportunityId: string,
    first: number,
  ): Promise<CandidateRecommendations> {
    const organizationId = actor.organizationId;
    await this.recommendable(actor, opportunityId);
    const [opportunity] = await this.facts.opportunities(organizationId, [opportunityId]);
    const applicants = await this.applicantsShownToSponsor(organizationId, opportunityId);
    const candidates = (await this.pool.candidates(organizationId)).filter(
      (candidate) => !applicants.has(candidate.id),
    );
    const facts = await this.facts.facts(
      organizationId,
      candidates.map((candidate) => candidate.id),
      [opportunityId],
    );
    const weights = await this.facts.weights(organizationId);
    const fits = recommendCandidates(opportunity, candidates, facts, weights, first);
    const invitedAt = await this.invitations.invitedAt(
      organizationId,
      opportunityId,
      fits.map((fit) => fit.candidateId),
    );
    return { fits, invitedAt };
  }

  /**
   * For a colleague the sponsor names: the rule core's answer at the PROPOSE stage (every blocking
   * reason) and, when nothing blocks, how well they fit.
   */
  async explain(actor: Actor, opportunityId: string, candidateId: string): Promise<MatchExplanation> {
    const organizationId = actor.organizationId;
    const opportunity = await this.recommendable(actor, opportunityId);
    const [person] = await this.people.byIds(organizationId, [candidateId]);
    if (!person) throw new NotFoundError('person', candidateId);
    const [eligibility] = await this.eligibility.evaluate(
      organizationId,
      [{ candidateId, opportunity }],
      'PROPOSE',
    );
    const invitedAt = (await this.invitations.invitedAt(organizationId, opportunityId, [candidateId])).get(
      candidateId,
    );
    if (!eligibility.eligible) return { eligibility, fit: null, invitedAt: invitedAt ?? null };
    const [candidate] = await this.facts.candidates(organizationId, [candidateId]);
    const [match] = await this.facts.opportunities(organizationId, [opportunityId]);
    const fit = candidate && match ? fitOf(candidate, match, await this.facts.weights(organizationId)) : null;
    return { eligibility, fit, invitedAt: invitedAt ?? null };
  }

  /** The opportunity, if the actor may see who fits it; NOT_FOUND as for any opportunity they cannot see. */
  private async recommendable(actor: Actor, opportunityId: string): Promise<OpportunityEntity> {
    const opportunity = await this.opportunities.visible(actor, opportunityId);
    const decision = decide(actor, Permission.RecommendCandidates, {
      kind: 'opportunity',
      sponsorId: opportunity.sponsorId,
    });
    if (!decision.allowed) throw ForbiddenError.from(decision);
    return opportunity;
  }

  private async liveApplicationsOf(organizationId: string, candidateId: string): Promise<Set<string>> {
    const rows: { opportunityId: string }[] = await this.db.manager().query(
      `SELECT opportunity_id AS "opportunityId" FROM application
       WHERE organization_id = $1 AND candidate_id = $2 AND status = ANY($3::text[])`,
      [organizationId, candidateId, LIVE_APPLICATION_STATUSES],
    );
    return new Set(rows.map((row) => row.opportunityId));
  }

  /** Live applicants the sponsor already sees: one still waiting for consent is not theirs to know of. */
  private async applicantsShownToSponsor(
    organizationId: string,
    opportunityId: string,
  ): Promise<Set<string>> {
    const rows: { candidateId: string }[] = await this.db.manager().query(
      `SELECT candidate_id AS "candidateId" FROM application
       WHERE organization_id = $1 AND opportunity_id = $2 AND status = ANY($3::text[])
         AND submitted_at IS NOT NULL`,
      [organizationId, opportunityId, LIVE_APPLICATION_STATUSES],
    );
    return new Set(rows.map((row) => row.candidateId));
  }
}
