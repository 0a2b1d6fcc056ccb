import type { FitFactor, FitWeights } from './types';

/** The factors in the order they are shown. */
export const FIT_FACTORS: readonly FitFactor[] = [
  'DEVELOPMENT',
  'SKILL',
  'INTEREST',
  'NEW_OBSERVER',
  'FAIR_ACCESS',
];

export const FIT_FACTOR_LABELS: Readonly<Record<FitFactor, string>> = {
  DEVELOPMENT: 'Development fit',
  SKILL: 'Skill fit',
  INTEREST: 'Stated interest',
  NEW_OBSERVER: 'New observer',
  FAIR_ACCESS: 'Fair access',
};

/**
 * The weights of an organization that has not chosen its own: development counts most, because the
 * best assignment is the one that produces the evidence a promotion still lacks.
 */
export const DEFAULT_FIT_WEIGHTS: Readonly<FitWeights> = {
  DEVELOPMENT: 3,
  SKILL: 2,
  INTEREST: 1,
  NEW_OBSERVER: 1,
  FAIR_ACCESS: 1,
};

/** The largest weight: enough range for any preference, small enough that scores stay exact integers. */
export const MAX_FIT_WEIGHT = 100;

/** What is wrong with a set of weights, naming the factor (or 'weights' as a whole); empty when none. */
export function weightProblems(weights: FitWeights): { field: FitFactor | 'weights'; message: string }[] {
  const problems: { field: FitFactor | 'weights'; message: string }[] = [];
  for (const factor of FIT_FACTORS) {
    const weight = weights[factor];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > MAX_FIT_WEIGHT)
      problems.push({
        field: factor,
        message: `${FIT_FACTOR_LABELS[factor]} needs a weight from 0 to ${MAX_FIT_WEIGHT}.`,
      });
  }
  if (problems.length === 0 && FIT_FACTORS.every((factor) => weights[factor] === 0))
    problems.push({
      field: 'weights',
      message:
        'At least one factor needs a weight above 0, or no opportunity would fit anyone better than another.',
    });
  return problems;
}
