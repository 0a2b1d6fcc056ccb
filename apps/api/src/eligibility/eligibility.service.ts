import { Injectable } from '@nestjs/common';
import { blockingProblems, eligibility, Eligibility, EligibilityStage, ErrorReason } from '@bridge/domain';
import { CandidateProfilesService } from '../candidate-profiles/candidate-profiles.service';
import { ConflictError, ForbiddenError } from '../common/bridge-errors';
import { todayUtc } from '../common/calendar-date';
import { ConsentRequests } from '../consent/consent-requests.service';
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

/** One question for the rule core: may this candidate take this opportunity? */
export interface EligibilityQuestion {
  candidateId: string;
  opportunity: OpportunityFacts;
}

/**
 * Reads the facts the rule core needs (candidates, their profiles and functions, reporting lines,
 * managers' refusals) for any number of questions in a constant number of queries, and asks
 * `eligibility` from @bridge/domain. Only it decides; this only gathers.
 */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly people: PeopleService,
    private readonly candidateProfiles: CandidateProfilesService,
    private readonly units: OrgUnitsService,
    private readonly consent: ConsentRequests,
  ) {}

  async evaluate(
    organizationId: string,
    questions: readonly EligibilityQuestion[],
    stage: EligibilityStage,
  ): Promise<Eligibility[]> {
    return (await this.judges(organizationId, questions)).map((judge) => judge(stage));
  }

  /** For each question, the rule core's answer at any stage, from facts read once for them all. */
  private async judges(
    organizationId: string,
    questions: readonly EligibilityQuestion[],
  ): Promise<((stage: EligibilityStage) => Eligibility)[]> {
    if (questions.length === 0) return [];
    const candidateIds = [...new Set(questions.map((question) => question.candidateId))];
    const opportunities = questions.map((question) => question.opportunity);
    const menteeIds = opportunities.flatMap((opportunity) =>
      opportunity.menteeId ? [opportunity.menteeId] : [],
    );
    // One after another: they share the request's transaction, a single connection.
    const candidates = await this.people.byIds(organizationId, candidateIds);
    const profiles = await this.candidateProfiles.byPersonIds(organizationId, candidateIds);
    const chains = await this.people.managerChains(organizationId, [...candidateIds, ...menteeIds]);
    const refusals = await this.consent.refusals(
      organizationId,
      candidateIds,
      opportunities.map((opportunity) => opportunity.id),
    );
    const functions = await this.units.functionsOf(organizationId, [
      ...candidates.flatMap((candidate) => (candidate.unitId ? [candidate.unitId] : [])),
      ...opportunities.flatMap((opportunity) => (opportunity.hostUnitId ? [opportunity.hostUnitId] : [])),
    ]);
    const personById = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const profileById = new Map(profiles.map((profile) => [profile.personId, profile]));
    const functionOf = (unitId: string | null) => (unitId ? (functions.get(unitId) ?? unitId) : null);
    const today = todayUtc();
    return questions.map(({ candidateId, opportunity }) => {
      const person = personById.get(candidateId);
      if (!person) throw new Error(`Candidate ${candidateId} is missing`);
      return (stage) =>
        eligibility(
          {
            personId: person.id,
            name: person.name,
            managerChain: chains.get(person.id) ?? [],
            functionId: functionOf(person.unitId),
            capacity: profileById.get(person.id) ?? null,
          },
          {
            ...opportunity,
            hostFunctionId: functionOf(opportunity.hostUnitId),
          },
          {
            today,
            menteeManagerChain: opportunity.menteeId ? (chains.get(opportunity.menteeId) ?? []) : [],
            managerRefused: refusals.has(`${candidateId}:${opportunity.id}`),
          },
          stage,
        );
    });
  }

  /** Refuses with the first blocking reason, the message naming every one and the numbers of the first. */
  async assert(
    organizationId: string,
    question: EligibilityQuestion,
    stage: EligibilityStage,
  ): Promise<Eligibility> {
    return this.assertAndForesee(organizationId, question, stage, stage);
  }

  /**
   * Refuses what stops this stage and answers for a later one, from the same facts: an offer may be
   * made while the candidate could not yet accept it, and the offer says what accepting needs.
   */
  async assertAndForesee(
    organizationId: string,
    question: EligibilityQuestion,
    stage: EligibilityStage,
    later: EligibilityStage,
  ): Promise<Eligibility> {
    const [judge] = await this.judges(organizationId, [question]);
    throwIfIneligible(judge(stage));
    return judge(later);
  }
}

/** The error a person sees when the rule core says no: every blocking reason, the first as `reason`. */
export function throwIfIneligible(result: Eligibility): void {
  const blocking = blockingProblems(result);
  if (blocking.length === 0) return;
  const [first] = blocking;
  const message = blocking.map((problem) => problem.message).join(' ');
  const extensions = {
    ...(first.limit !== undefined ? { limit: first.limit, inUse: first.inUse, needed: first.needed } : {}),
    problems: blocking.map((problem) => ({ reason: problem.reason, message: problem.message })),
  };
  if (first.code === 'FORBIDDEN') throw new ForbiddenError(first.reason, message, extensions);
  throw new ConflictError(first.reason as ErrorReason, message, extensions);
}
