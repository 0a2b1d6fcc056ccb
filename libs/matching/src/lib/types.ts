import type { EligibilityCandidate, EligibilityOpportunity } from '@bridge/domain';

/**
 * The matching engine's inputs and outputs. Plain data only (no Maps, classes or functions), so an
 * instance crosses to a worker thread by structured clone and is stored as JSON unchanged.
 */

/** The five factors of a fit score (DESIGN section 6). */
export type FitFactor = 'DEVELOPMENT' | 'SKILL' | 'INTEREST' | 'NEW_OBSERVER' | 'FAIR_ACCESS';

/** Each factor's weight, organization-configurable; each weight ≥ 0 and at least one > 0. */
export type FitWeights = Record<FitFactor, number>;

export interface MatchCandidate {
  /** The candidate's person id. */
  id: string;
  /** What the rule core reads of the candidate (name, reporting line, function, capacity). */
  eligibility: EligibilityCandidate;
  skills: readonly string[];
  /**
   * Per capability the candidate's target transition needs, the evidence recorded so far: the
   * development factor leans toward capabilities where it is thin (see `developmentNeeds`).
   */
  evidence: readonly CapabilityEvidence[];
  /** Opportunities the candidate applied to or saved: stated interest. */
  interestedOpportunityIds: readonly string[];
  /** Everyone who has observed the candidate so far. */
  observerIds: readonly string[];
  /** Stretch assignments (placements of any status but cancelled) the candidate has held. */
  pastPlacements: number;
  /** Matching rounds in a row, up to now, in which the candidate took part and got no proposal. */
  roundsWithoutProposal: number;
}

export interface CapabilityEvidence {
  capabilityKey: string;
  /** The capability's name, for reasons a person reads. */
  capabilityName: string;
  observations: number;
  distinctObservers: number;
}

export interface MatchOpportunity {
  id: string;
  /** What the rule core reads of the opportunity (kind, status, sponsor, mentee, seats, hours...). */
  eligibility: EligibilityOpportunity;
  capabilityKeys: readonly string[];
  skills: readonly string[];
  /** For a mentor request: the mentee's managers, nearest first; empty otherwise. */
  menteeManagerChain: readonly string[];
}

export interface MatchFacts {
  /** Today as YYYY-MM-DD (UTC). */
  today: string;
  /** `${candidateId}:${opportunityId}` for each pair whose manager's latest answer was a refusal. */
  managerRefusals: readonly string[];
  /**
   * Rounds only: `${candidateId}:${opportunityId}` for each pair with a live application. The pair is
   * already in the marketplace's hands, so a round never proposes it again.
   */
  liveApplications?: readonly string[];
}

/** One factor of a fit score, as shown to a person. */
export interface FitReason {
  factor: FitFactor;
  /** The weight used for this candidate (fair access grows with rounds without a proposal). */
  weight: number;
  /** The factor's value in [0, 1]. */
  value: number;
  /** weight × value over the sum of the weights: this factor's share of the score. */
  contribution: number;
  /** The value in words, addressed to whoever reads it ("4 of 5 skills", "you saved it"). */
  explanation: string;
}

export interface Fit {
  candidateId: string;
  opportunityId: string;
  /** In [0, 1]. */
  score: number;
  /** The score as an integer (score × FIT_SCALE, rounded): the solver works on these, exactly. */
  points: number;
  reasons: FitReason[];
  /** What would raise the fit, e.g. "Your evidence of delegation is thin: this project exercises it." */
  suggestions: string[];
}

export interface RoundInput {
  candidates: readonly MatchCandidate[];
  opportunities: readonly MatchOpportunity[];
  facts: MatchFacts;
  weights: FitWeights;
  /** Each candidate's and each opportunity's top K edges by fit are kept (default 50). */
  topK?: number;
}

export interface Proposal {
  candidateId: string;
  opportunityId: string;
  fit: Fit;
}

export interface RoundResult {
  proposals: Proposal[];
  /** Sum of the proposals' points: the optimum over the pruned edges. */
  totalPoints: number;
  /** What a greedy pass (best edge first) over the same edges gives. */
  greedyPoints: number;
  /** Eligible pairs, and the edges kept after pruning. */
  eligiblePairs: number;
  edges: number;
  /** Share of proposals going to candidates with no past stretch assignment, in [0, 1]. */
  firstStretchShare: number;
  /** Milliseconds spent scoring (eligibility, fit, pruning) and solving. */
  scoringMs: number;
  solvingMs: number;
}

/** Progress of a round, 0..1, with the phase a person is told. */
export type RoundProgress = (progress: number, phase: 'SCORING' | 'SOLVING') => void;
