/**
 * Rater calibration: how much of a rating says something about the observer rather than the candidate.
 *
 * Who rates explains more of the variance in performance ratings than who is rated (Scullen, Mount &
 * Goff 2000: 53–62% idiosyncratic rater effects against 21–25% for the ratee). A lenient observer's
 * "4" and a harsh observer's "3" may describe the same behaviour, so HR sees each observer's level and
 * spread against the organization's, and readiness shows a rater-adjusted mean beside the raw one.
 *
 * Method: every rating in the organization is modelled as
 *   rating = organization mean + candidate effect + observer effect + noise,
 * fitted by alternating ridge-penalised least squares (backfitting): each observer's effect is the mean
 * of their residuals after the candidates' effects, shrunk toward zero as if it also held
 * `observerPrior` ratings of zero; the same for each candidate, shrunk less (`candidatePrior`). Shrinkage keeps an observer with two
 * ratings from being called lenient on the strength of one generous one; estimating both effects
 * together keeps an observer who happened to rate only strong candidates from being called lenient
 * for that. A rater-adjusted rating is the rating minus its observer's effect.
 *
 * The variance shares are the variance of the fitted observer effects and of the fitted candidate
 * effects across all ratings, as shares of the ratings' variance. Shrinkage makes both conservative.
 */

/** One rating as calibration sees it: who gave it, about whom. */
export interface CalibrationRating {
  observerId: string;
  candidateId: string;
  rating: number;
}

export interface ObserverCalibration {
  observerId: string;
  ratings: number;
  mean: number;
  /** Standard deviation of the observer's ratings: a small spread rates everyone alike. */
  spread: number;
  /** Rating points this observer gives above (positive) or below what the same candidates get from others, shrunk. */
  leniency: number;
}

export interface RaterCalibration {
  ratings: number;
  organizationMean: number;
  organizationSpread: number;
  /** Sorted by observer id. */
  observers: ObserverCalibration[];
  /** Shares (0–1) of the ratings' variance explained by who rated, by who was rated, and neither. */
  varianceShares: { raters: number; ratees: number; residual: number };
}

export const CALIBRATION_RULES = {
  /** An observer's effect is shrunk as if it also rested on this many ratings of zero effect. */
  observerPrior: 3,
  /** A candidate's effect is shrunk less: candidates differ for real, and that is what ratings are for. */
  candidatePrior: 1,
  /** Backfitting stops when no effect moves more than this, or after `maxIterations`. */
  tolerance: 1e-9,
  maxIterations: 500,
  /**
   * An observer whose (already shrunk) leniency is at least this far from zero is shown to HR as lenient
   * or harsh: a third of a point on the 1–4 scale moves a mean across most of the way between anchors.
   */
  notableLeniency: 0.3,
} as const;

export type RaterTendency = 'LENIENT' | 'HARSH';

/** Whether an observer rates notably above or below what the same candidates get from others. */
export function raterTendency(leniency: number): RaterTendency | null {
  if (leniency >= CALIBRATION_RULES.notableLeniency) return 'LENIENT';
  if (leniency <= -CALIBRATION_RULES.notableLeniency) return 'HARSH';
  return null;
}

const mean = (values: number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

function spreadOf(values: number[]): number {
  const centre = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - centre) ** 2)));
}

/** Indexes of the ratings grouped by a key, in key order (so the result never depends on input order). */
function groupBy(
  ratings: CalibrationRating[],
  key: (rating: CalibrationRating) => string,
): [string, number[]][] {
  const groups = new Map<string, number[]>();
  ratings.forEach((rating, index) => {
    const id = key(rating);
    const members = groups.get(id);
    if (members) members.push(index);
    else groups.set(id, [index]);
  });
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function canonicalOrder(a: CalibrationRating, b: CalibrationRating): number {
  if (a.observerId !== b.observerId) return a.observerId < b.observerId ? -1 : 1;
  if (a.candidateId !== b.candidateId) return a.candidateId < b.candidateId ? -1 : 1;
  return a.rating - b.rating;
}

/** Calibrates every observer of an organization from all the ratings they gave. */
export function calibrateRaters(input: readonly CalibrationRating[]): RaterCalibration {
  const ratings = [...input].sort(canonicalOrder);
  const values = ratings.map((rating) => rating.rating);
  const organizationMean = mean(values);
  const byObserver = groupBy(ratings, (rating) => rating.observerId);
  const byCandidate = groupBy(ratings, (rating) => rating.candidateId);
  const { observerPrior, candidatePrior, tolerance, maxIterations } = CALIBRATION_RULES;

  // Each rating's observer and candidate as a group number, the effects in typed arrays: the fit runs
  // up to maxIterations over every rating of the organization, on every readiness read.
  const groupOf = (groups: [string, number[]][]): Int32Array => {
    const of = new Int32Array(ratings.length);
    groups.forEach(([, members], group) => members.forEach((index) => (of[index] = group)));
    return of;
  };
  const observerOf = groupOf(byObserver);
  const candidateOf = groupOf(byCandidate);
  const observerEffects = new Float64Array(byObserver.length);
  const candidateEffects = new Float64Array(byCandidate.length);

  /** Each group's effect: the mean of its residuals given the other side's effects, shrunk by the prior. */
  const refit = (
    groups: [string, number[]][],
    effects: Float64Array,
    prior: number,
    otherEffects: Float64Array,
    otherOf: Int32Array,
  ): number => {
    let moved = 0;
    groups.forEach(([, members], group) => {
      let sum = 0;
      for (const index of members) sum += values[index] - organizationMean - otherEffects[otherOf[index]];
      const next = sum / (members.length + prior);
      moved = Math.max(moved, Math.abs(next - effects[group]));
      effects[group] = next;
    });
    return moved;
  };
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const movedObservers = refit(byObserver, observerEffects, observerPrior, candidateEffects, candidateOf);
    const movedCandidates = refit(byCandidate, candidateEffects, candidatePrior, observerEffects, observerOf);
    if (Math.max(movedObservers, movedCandidates) < tolerance) break;
  }
  const observerEffect = new Map(byObserver.map(([id], group) => [id, observerEffects[group]]));
  const candidateEffect = new Map(byCandidate.map(([id], group) => [id, candidateEffects[group]]));

  const totalVariance = spreadOf(values) ** 2;
  const shareOf = (effectOf: (rating: CalibrationRating) => number): number =>
    totalVariance === 0 ? 0 : Math.min(1, spreadOf(ratings.map(effectOf)) ** 2 / totalVariance);
  const raters = shareOf((rating) => observerEffect.get(rating.observerId) ?? 0);
  const ratees = shareOf((rating) => candidateEffect.get(rating.candidateId) ?? 0);

  return {
    ratings: ratings.length,
    organizationMean,
    organizationSpread: Math.sqrt(totalVariance),
    observers: byObserver.map(([observerId, members]) => {
      const own = members.map((index) => values[index]);
      return {
        observerId,
        ratings: own.length,
        mean: mean(own),
        spread: spreadOf(own),
        leniency: observerEffect.get(observerId) ?? 0,
      };
    }),
    varianceShares: {
      raters,
      ratees,
      residual: totalVariance === 0 ? 0 : Math.max(0, 1 - raters - ratees),
    },
  };
}

/** Each calibrated observer's leniency, for `readiness`; an observer missing from it counts as zero. */
export function leniencies(calibration: RaterCalibration): ReadonlyMap<string, number> {
  return new Map(calibration.observers.map((observer) => [observer.observerId, observer.leniency]));
}
