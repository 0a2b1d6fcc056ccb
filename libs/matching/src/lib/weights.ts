import type { FitFactor, FitWeights } from './types';

/** Fit.points = Math.round(score × FIT_SCALE): integers, so the solver's optimum is exact. */
export const FIT_SCALE = 10_000;

/** Each candidate's and each opportunity's best K edges are kept for a round. */
export const DEFAULT_TOP_K = 50;

/** The factors in the order they are summed and shown. */
export const FIT_FACTORS: readonly FitFactor[] = [
  'DEVELOPMENT',
  'SKILL',
  'INTEREST',
  'NEW_OBSERVER',
  'FAIR_ACCESS',
];

export const DEFAULT_FIT_WEIGHTS: FitWeights = {
  DEVELOPMENT: 0.35,
  SKILL: 0.25,
  INTEREST: 0.1,
  NEW_OBSERVER: 0.1,
  FAIR_ACCESS: 0.2,
};

export const FIT_FACTOR_LABELS: Record<FitFactor, string> = {
  DEVELOPMENT: 'Development fit',
  SKILL: 'Skill fit',
  INTEREST: 'Stated interest',
  NEW_OBSERVER: 'New observer',
  FAIR_ACCESS: 'Fair access',
};

/**
 * Fair-access carry-over: a candidate left without a proposal in earlier rounds has the fair-access
 * weight raised by half of its base per such round, for at most 4 rounds (so at most 3× the base).
 * The cap keeps one factor from swamping the others after a long drought; the score is still divided
 * by the base weights, so the raise shows as a higher score (clamped to 1).
 */
export const FAIR_ACCESS_CARRY_OVER = { raisePerRound: 0.5, maxRounds: 4 } as const;

/** The fair-access weight used for a candidate after `roundsWithoutProposal` rounds without one. */
export function fairAccessWeight(weights: FitWeights, roundsWithoutProposal: number): number {
  const rounds = Math.min(Math.max(0, Math.floor(roundsWithoutProposal)), FAIR_ACCESS_CARRY_OVER.maxRounds);
  return weights.FAIR_ACCESS * (1 + FAIR_ACCESS_CARRY_OVER.raisePerRound * rounds);
}

/** The sum of the base weights: what a score is divided by. */
export function weightTotal(weights: FitWeights): number {
  let total = 0;
  for (const factor of FIT_FACTORS) total += weights[factor];
  return total;
}

/** Every problem with a set of weights (negative, not finite, all zero), each naming the factor (or 'weights'). Empty when fine. */
export function weightProblems(weights: FitWeights): { field: FitFactor | 'weights'; message: string }[] {
  const problems: { field: FitFactor | 'weights'; message: string }[] = [];
  if (weights === null || typeof weights !== 'object')
    return [{ field: 'weights', message: 'Give a weight for each factor of the fit.' }];
  for (const factor of FIT_FACTORS) {
    const weight: unknown = weights[factor];
    const label = FIT_FACTOR_LABELS[factor];
    if (typeof weight !== 'number' || !Number.isFinite(weight))
      problems.push({ field: factor, message: `${label}'s weight must be a number, 0 or more.` });
    else if (weight < 0)
      problems.push({
        field: factor,
        message: `${label}'s weight is ${weight}: weights cannot be negative. Use 0 to leave the factor out.`,
      });
  }
  if (problems.length === 0 && weightTotal(weights) <= 0)
    problems.push({
      field: 'weights',
      message: 'All weights are 0: give at least one factor a weight above 0.',
    });
  return problems;
}

/** Bad input to the engine, naming the field a person should correct. */
export class MatchingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'MatchingInputError';
  }
}

/** Throws MatchingInputError naming the first factor whose weight is wrong. */
export function assertWeights(weights: FitWeights): void {
  const [problem] = weightProblems(weights);
  if (problem) throw new MatchingInputError(problem.field, problem.message);
}
