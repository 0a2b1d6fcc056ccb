import { Injectable } from '@nestjs/common';
import { blockingProblems, eligibility, Eligibility, EligibilityStage, ErrorReason } from '@bridge/domain';
import { ConflictError, ForbiddenError } from '../common/bridge-errors';
import { todayUtc } from '../common/calendar-date';
import { EligibilityFactsReader, OpportunityFacts } from './eligibility-facts.reader';

/** One question for the rule core: may this candidate take this opportunity? */
export interface EligibilityQuestion {
  candidateId: string;
  opportunity: OpportunityFacts;
}

/**
 * Asks `eligibility` from @bridge/domain about any number of questions, from facts read once for
 * them all by the EligibilityFactsReader. Only the rule core decides; this only orchestrates.
 */
@Injectable()
export class EligibilityService {
  constructor(private readonly facts: EligibilityFactsReader) {}

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
    const facts = await this.facts.read(
      organizationId,
      questions.map((question) => question.candidateId),
      questions.map((question) => question.opportunity),
    );
    const today = todayUtc();
    return questions.map(({ candidateId, opportunity }) => {
      const candidate = facts.candidates.get(candidateId);
      if (!candidate) throw new Error(`Candidate ${candidateId} is missing`);
      const opportunityFacts = facts.opportunities.get(opportunity.id);
      if (!opportunityFacts) throw new Error(`Opportunity ${opportunity.id} is missing`);
      return (stage) =>
        eligibility(
          candidate,
          opportunityFacts.eligibility,
          {
            today,
            menteeManagerChain: opportunityFacts.menteeManagerChain,
            managerRefused: facts.refusals.has(`${candidateId}:${opportunity.id}`),
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
