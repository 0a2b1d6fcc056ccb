export * from './lib/types';
export {
  DEFAULT_FIT_WEIGHTS,
  DEFAULT_TOP_K,
  FAIR_ACCESS_CARRY_OVER,
  FIT_FACTOR_LABELS,
  FIT_FACTORS,
  FIT_SCALE,
  fairAccessWeight,
  MatchingInputError,
  weightProblems,
} from './lib/weights';
export { fitOf, NO_SKILLS_VALUE, SOLID_EVIDENCE_NEED } from './lib/scoring';
export { hardConstraints } from './lib/constraints';
export { recommendCandidates, recommendOpportunities } from './lib/recommend';
export { greedyBMatching, maximumWeightBMatching } from './lib/b-matching';
export type { BMatching, BMatchingProblem } from './lib/b-matching';
export { solveRound } from './lib/round';
