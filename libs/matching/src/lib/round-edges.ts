import type { BMatchingProblem } from './b-matching';
import { ASK_CLASSES, NOT_ELIGIBLE, RoundEligibility } from './round-eligibility';
import {
  capabilityNeed,
  combinedScore,
  fairAccessValue,
  NO_SKILLS_VALUE,
  normalizeSkill,
  opportunityObservers,
  pointsOf,
} from './scoring';
import { TopK } from './top-k';
import type { FitWeights, MatchCandidate, MatchFacts, MatchOpportunity } from './types';
import { fairAccessWeight, weightTotal } from './weights';

/**
 * A round's edges: every eligible pair scored, each candidate's and each opportunity's top K kept.
 * 10,000 × 2,000 is 20 M pairs, so the work is done per opportunity over all candidates at once, on
 * typed arrays (skills as interned ids with posting lists, each capability's need as a column), in a
 * small function of its own that the JIT keeps optimised; reasons are built later, for proposals
 * only. The points are the same floating-point operations in the same order as scoring.ts, so they
 * equal fitOf's to the point (a test holds them to it). Eligibility: see round-eligibility.ts.
 */

export interface RoundEdges {
  /** Candidates' adjacency, weights in points; seats are each opportunity's free seats. */
  problem: BMatchingProblem;
  eligiblePairs: number;
}

/** What the scan of one opportunity reads, per candidate and for the opportunity. */
class Scan {
  readonly exercised: Float64Array;
  readonly skillsHad: Int32Array;
  readonly observedCount: Int32Array;
  readonly interest: Uint8Array;
  readonly totalNeed: Float64Array;
  readonly fairTerm: Float64Array;
  skillCount = 0;
  observerCount = 1;

  constructor(n: number) {
    this.exercised = new Float64Array(n);
    this.skillsHad = new Int32Array(n);
    this.observedCount = new Int32Array(n);
    this.interest = new Uint8Array(n);
    this.totalNeed = new Float64Array(n);
    this.fairTerm = new Float64Array(n);
  }
}

/** Candidates and opportunities must come sorted by id: indices then break ties as ids do. */
export function roundEdges(
  candidates: readonly MatchCandidate[],
  opportunities: readonly MatchOpportunity[],
  facts: MatchFacts,
  weights: FitWeights,
  topK: number,
  onProgress: (share: number) => void,
): RoundEdges {
  const n = candidates.length;
  const m = opportunities.length;
  const scan = new Scan(n);
  const opportunityIndex = new Map(opportunities.map((opportunity, j) => [opportunity.id, j]));
  const rules = new RoundEligibility(candidates, opportunityIndex, facts);

  // Candidates, column-wise.
  const skillIds = new Map<string, number>();
  const skillId = (skill: string) => {
    let id = skillIds.get(skill);
    if (id === undefined) skillIds.set(skill, (id = skillIds.size));
    return id;
  };
  const skillPostings: number[][] = [];
  const capabilityColumns = new Map<string, Float64Array>();
  const observedBy = new Map<string, number[]>();
  const interested: number[][] = Array.from({ length: m }, () => []);
  candidates.forEach((candidate, i) => {
    for (const id of new Set(candidate.skills.map((skill) => skillId(normalizeSkill(skill))))) {
      while (skillPostings.length <= id) skillPostings.push([]);
      skillPostings[id].push(i);
    }
    const seen = new Set<string>();
    for (const evidence of candidate.evidence) {
      if (seen.has(evidence.capabilityKey)) continue;
      seen.add(evidence.capabilityKey);
      let column = capabilityColumns.get(evidence.capabilityKey);
      if (!column) capabilityColumns.set(evidence.capabilityKey, (column = new Float64Array(n)));
      column[i] = capabilityNeed(evidence);
      scan.totalNeed[i] += column[i];
    }
    scan.fairTerm[i] =
      fairAccessWeight(weights, candidate.roundsWithoutProposal) * fairAccessValue(candidate.pastPlacements);
    for (const observer of new Set(candidate.observerIds)) {
      const list = observedBy.get(observer);
      if (list) list.push(i);
      else observedBy.set(observer, [i]);
    }
    for (const id of new Set(candidate.interestedOpportunityIds)) {
      const j = opportunityIndex.get(id);
      if (j !== undefined) interested[j].push(i);
    }
  });

  const top = new TopK(n, m, Math.max(1, topK));
  const total = weightTotal(weights);
  let eligiblePairs = 0;
  const step = Math.max(1, Math.ceil(m / 20));
  for (let j = 0; j < m; j++) {
    if (j % step === 0) onProgress(j / m);
    const opportunity = opportunities[j];
    const fits = rules.open(j, opportunity);
    if (fits) {
      scan.exercised.fill(0);
      for (const key of new Set(opportunity.capabilityKeys)) {
        const column = capabilityColumns.get(key);
        if (column) addInto(scan.exercised, column);
      }
      const skills = new Set<number>();
      for (const skill of opportunity.skills) {
        const key = normalizeSkill(skill);
        if (key) skills.add(skillId(key));
      }
      scan.skillsHad.fill(0);
      for (const id of skills) for (const i of skillPostings[id] ?? []) scan.skillsHad[i]++;
      scan.skillCount = skills.size;
      const observers = opportunityObservers(opportunity);
      scan.observerCount = observers.length;
      for (const observer of observers)
        for (const i of observedBy.get(observer) ?? []) scan.observedCount[i]++;
      for (const i of interested[j]) scan.interest[i] = 1;

      eligiblePairs += scanOpportunity(j, m, scan, rules, fits, weights, total, top);

      for (const observer of observers)
        for (const i of observedBy.get(observer) ?? []) scan.observedCount[i] = 0;
      for (const i of interested[j]) scan.interest[i] = 0;
    }
    top.closeOpportunity(j);
  }
  onProgress(1);

  const { offsets, targets, points } = top.edges();
  const seats = Int32Array.from(opportunities, (o) =>
    Math.max(0, o.eligibility.seats - o.eligibility.seatsFilled),
  );
  return {
    problem: { candidates: n, opportunities: m, offsets, targets, weights: points, seats },
    eligiblePairs,
  };
}

function addInto(into: Float64Array, column: Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i] += column[i];
}

/** Scores opportunity j against every candidate and offers the eligible pairs to both top Ks. */
function scanOpportunity(
  j: number,
  m: number,
  scan: Scan,
  rules: RoundEligibility,
  fits: Uint8Array,
  weights: FitWeights,
  total: number,
  top: TopK,
): number {
  const { exercised, skillsHad, observedCount, interest, totalNeed, fairTerm, skillCount, observerCount } =
    scan;
  const { verdict, functionClass, functionOpen, capacityClass } = rules;
  const candidateFloor = top.candidateFloor;
  // Imports read once: some module systems turn each use of an import into a getter call.
  const [score, toPoints, notEligible, askClasses, noSkills] = [
    combinedScore,
    pointsOf,
    NOT_ELIGIBLE,
    ASK_CLASSES,
    NO_SKILLS_VALUE,
  ];
  const n = exercised.length;
  const opportunitySide = m - 1 - j;
  let eligible = 0;
  for (let i = 0; i < n; i++) {
    const v = verdict[i];
    if (v === notEligible) continue;
    if (v === askClasses && (functionOpen[functionClass[i]] === 0 || fits[capacityClass[i]] === 0)) continue;
    eligible++;
    const development = totalNeed[i] > 0 ? exercised[i] / totalNeed[i] : 0;
    const skill = skillCount > 0 ? skillsHad[i] / skillCount : noSkills;
    const newObserver = (observerCount - observedCount[i]) / observerCount;
    const points = toPoints(score(weights, total, development, skill, interest[i], newObserver, fairTerm[i]));
    const byCandidate = points * m + opportunitySide;
    if (byCandidate > candidateFloor[i]) top.offerCandidate(i, byCandidate);
    const byOpportunity = points * n + (n - 1 - i);
    if (byOpportunity > top.opportunityFloor) top.offerOpportunity(byOpportunity);
  }
  return eligible;
}
