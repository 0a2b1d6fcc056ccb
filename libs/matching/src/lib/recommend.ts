import { eligibilityWith, refusalKey } from './constraints';
import { explainedFit, fitPoints, scoringCandidate, scoringOpportunity } from './scoring';
import type { Fit, FitWeights, MatchCandidate, MatchFacts, MatchOpportunity } from './types';
import { assertWeights, weightTotal } from './weights';

/**
 * Recommendations for one person or one opportunity: every pair through the rule core, scored as
 * points first, and only the `first` best explained (reasons cost far more than a score).
 * Ties go to the smaller id, compared by code units so the order does not depend on a locale.
 */

/** The opportunities the candidate may be proposed for, best fit first (deterministic ties), at most `first`. */
export function recommendOpportunities(
  candidate: MatchCandidate,
  opportunities: readonly MatchOpportunity[],
  facts: MatchFacts,
  weights: FitWeights,
  first: number,
): Fit[] {
  assertWeights(weights);
  const refusals = new Set(facts.managerRefusals);
  const c = scoringCandidate(candidate);
  const total = weightTotal(weights);
  const ranked = opportunities
    .filter(
      (opportunity) =>
        eligibilityWith(candidate, opportunity, facts, refusals.has(refusalKey(candidate.id, opportunity.id)))
          .eligible,
    )
    .map((opportunity) => {
      const o = scoringOpportunity(opportunity);
      return { o, id: opportunity.id, points: fitPoints(c, o, weights, total) };
    });
  return best(ranked, first).map(({ o }) => explainedFit(c, o, weights));
}

/** The candidates who may be proposed for the opportunity, best fit first (deterministic ties), at most `first`. */
export function recommendCandidates(
  opportunity: MatchOpportunity,
  candidates: readonly MatchCandidate[],
  facts: MatchFacts,
  weights: FitWeights,
  first: number,
): Fit[] {
  assertWeights(weights);
  const refusals = new Set(facts.managerRefusals);
  const o = scoringOpportunity(opportunity);
  const total = weightTotal(weights);
  const ranked = candidates
    .filter(
      (candidate) =>
        eligibilityWith(candidate, opportunity, facts, refusals.has(refusalKey(candidate.id, opportunity.id)))
          .eligible,
    )
    .map((candidate) => {
      const c = scoringCandidate(candidate);
      return { c, id: candidate.id, points: fitPoints(c, o, weights, total) };
    });
  return best(ranked, first).map(({ c }) => explainedFit(c, o, weights));
}

function best<T extends { id: string; points: number }>(ranked: T[], first: number): T[] {
  const count = Math.max(0, Math.floor(first));
  return ranked.sort((a, b) => b.points - a.points || compareIds(a.id, b.id)).slice(0, count);
}

/** Code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
