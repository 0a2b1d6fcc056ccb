import { eligibilityWith, pairKey } from './constraints';
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
  const inverseTotal = 1 / weightTotal(weights);
  const ranked = opportunities
    .filter(
      (opportunity) =>
        eligibilityWith(candidate, opportunity, facts, refusals.has(pairKey(candidate.id, opportunity.id)))
          .eligible,
    )
    .map((opportunity) => {
      const o = scoringOpportunity(opportunity);
      return { o, id: opportunity.id, points: fitPoints(candidate, o, weights, inverseTotal) };
    });
  const c = scoringCandidate(candidate);
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
  const inverseTotal = 1 / weightTotal(weights);
  const ranked = candidates
    .filter(
      (candidate) =>
        eligibilityWith(candidate, opportunity, facts, refusals.has(pairKey(candidate.id, opportunity.id)))
          .eligible,
    )
    .map((candidate) => ({
      candidate,
      id: candidate.id,
      points: fitPoints(candidate, o, weights, inverseTotal),
    }));
  return best(ranked, first).map(({ candidate }) => explainedFit(scoringCandidate(candidate), o, weights));
}

/** The `first` best by points, ties by id: a bounded insertion, as `first` is small and the list long. */
function best<T extends { id: string; points: number }>(ranked: readonly T[], first: number): T[] {
  const count = Math.max(0, Math.floor(first));
  const before = (a: T, b: T) => a.points > b.points || (a.points === b.points && a.id < b.id);
  const kept: T[] = [];
  for (const item of ranked) {
    if (kept.length === count && (count === 0 || !before(item, kept[count - 1]))) continue;
    let at = kept.length;
    while (at > 0 && before(item, kept[at - 1])) at--;
    kept.splice(at, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** Code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
