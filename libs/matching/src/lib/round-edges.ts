import type { BMatchingProblem } from './b-matching';
import { compareIds } from './recommend';
import { capacityKey, ELIGIBLE, RoundEligibility } from './round-eligibility';
import {
  capabilityNeed,
  combinedScore,
  fairAccessValue,
  inverseOrZero,
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
 * only. Candidates are scanned grouped by their class for the rule core, so a class the rule core
 * rules out for an opportunity is skipped whole; ties still go by id (`rank`). The points are the same floating-point operations in the same order as scoring.ts, so they
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
  readonly inverseNeed: Float64Array;
  readonly fairTerm: Float64Array;
  /** Each candidate's place in id order, for ties. */
  readonly rank: Int32Array;
  inverseSkillCount = 0;
  observerCount = 1;
  inverseObserverCount = 1;

  constructor(n: number) {
    this.exercised = new Float64Array(n);
    this.skillsHad = new Int32Array(n);
    this.observedCount = new Int32Array(n);
    this.interest = new Uint8Array(n);
    this.inverseNeed = new Float64Array(n);
    this.fairTerm = new Float64Array(n);
    this.rank = new Int32Array(n);
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
  const capacityKeys = candidates.map(capacityKey);
  const functionKey = (rank: number) => candidates[rank].eligibility.functionId ?? '';
  const order = Array.from({ length: n }, (_, rank) => rank).sort(
    (a, b) =>
      compareIds(functionKey(a), functionKey(b)) || compareIds(capacityKeys[a], capacityKeys[b]) || a - b,
  );
  const grouped = order.map((rank) => candidates[rank]);
  order.forEach((rank, i) => (scan.rank[i] = rank));
  const rules = new RoundEligibility(
    grouped,
    order.map((rank) => capacityKeys[rank]),
    opportunityIndex,
    facts,
  );

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
  // Lists are filled candidate by candidate, so a repeat is always the list's last entry.
  const addOnce = (list: number[], i: number) => {
    if (list[list.length - 1] !== i) list.push(i);
  };
  grouped.forEach((candidate, i) => {
    for (const skill of candidate.skills) {
      const id = skillId(normalizeSkill(skill));
      while (skillPostings.length <= id) skillPostings.push([]);
      addOnce(skillPostings[id], i);
    }
    let totalNeed = 0;
    for (const evidence of candidate.evidence) {
      let column = capabilityColumns.get(evidence.capabilityKey);
      if (!column) capabilityColumns.set(evidence.capabilityKey, (column = new Float64Array(n)));
      if (column[i] > 0) continue; // a need is at least SOLID_EVIDENCE_NEED: the key came before
      column[i] = capabilityNeed(evidence);
      totalNeed += column[i];
    }
    scan.inverseNeed[i] = inverseOrZero(totalNeed);
    scan.fairTerm[i] =
      fairAccessWeight(weights, candidate.roundsWithoutProposal) * fairAccessValue(candidate.pastPlacements);
    for (const observer of candidate.observerIds) {
      const list = observedBy.get(observer);
      if (list) addOnce(list, i);
      else observedBy.set(observer, [i]);
    }
    for (const id of candidate.interestedOpportunityIds) {
      const j = opportunityIndex.get(id);
      if (j !== undefined) addOnce(interested[j], i);
    }
  });

  const top = new TopK(n, m, Math.max(1, topK), scan.rank);
  const inverseTotal = 1 / weightTotal(weights);
  let eligiblePairs = 0;
  const step = Math.max(1, Math.ceil(m / 20));
  // Opportunities exercising the same capabilities come one after another: the development
  // column is summed once per set of capabilities, not once per opportunity.
  const capabilitySets = opportunities.map((opportunity) => [...new Set(opportunity.capabilityKeys)]);
  const setKeys = capabilitySets.map((keys) => JSON.stringify(keys));
  const scanOrder = Array.from({ length: m }, (_, j) => j).sort(
    (a, b) => compareIds(setKeys[a], setKeys[b]) || a - b,
  );
  let summedSet: string | null = null;
  scanOrder.forEach((j, done) => {
    if (done % step === 0) onProgress(done / m);
    const opportunity = opportunities[j];
    const fits = rules.open(j, opportunity);
    if (fits) {
      if (setKeys[j] !== summedSet) {
        summedSet = setKeys[j];
        scan.exercised.fill(0);
        for (const key of capabilitySets[j]) {
          const column = capabilityColumns.get(key);
          if (column) addInto(scan.exercised, column);
        }
      }
      const skills = new Set<number>();
      for (const skill of opportunity.skills) {
        const key = normalizeSkill(skill);
        if (key) skills.add(skillId(key));
      }
      scan.skillsHad.fill(0);
      for (const id of skills) for (const i of skillPostings[id] ?? []) scan.skillsHad[i]++;
      scan.inverseSkillCount = skills.size > 0 ? 1 / skills.size : 0;
      const observers = opportunityObservers(opportunity);
      scan.observerCount = observers.length;
      scan.inverseObserverCount = 1 / observers.length;
      for (const observer of observers)
        for (const i of observedBy.get(observer) ?? []) scan.observedCount[i]++;
      for (const i of interested[j]) scan.interest[i] = 1;

      const { runStart, runFunction, runCapacity, functionOpen, asked, verdict } = rules;
      for (let run = 0; run < runFunction.length; run++)
        if (functionOpen[runFunction[run]] === 1 && fits[runCapacity[run]] === 1)
          eligiblePairs += scanRun(
            runStart[run],
            runStart[run + 1],
            j,
            m,
            scan,
            verdict,
            weights,
            inverseTotal,
            top,
          );
      // The pairs asked of the rule core directly, whatever their class said.
      for (const i of asked)
        if (verdict[i] === ELIGIBLE)
          eligiblePairs += scanRun(i, i + 1, j, m, scan, null, weights, inverseTotal, top);

      for (const observer of observers)
        for (const i of observedBy.get(observer) ?? []) scan.observedCount[i] = 0;
      for (const i of interested[j]) scan.interest[i] = 0;
    }
    top.closeOpportunity(j);
  });
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

/**
 * Scores opportunity j against candidates [from, to) and offers each pair to both top Ks; with
 * `verdict`, skips the pairs asked of the rule core directly (they are scored apart).
 */
function scanRun(
  from: number,
  to: number,
  j: number,
  m: number,
  scan: Scan,
  verdict: Int8Array | null,
  weights: FitWeights,
  inverseTotal: number,
  top: TopK,
): number {
  const { exercised, skillsHad, observedCount, interest, inverseNeed, fairTerm, rank } = scan;
  const { inverseSkillCount, observerCount, inverseObserverCount } = scan;
  const candidateFloor = top.candidateFloor;
  // Imports read once: some module systems turn each use of an import into a getter call.
  const [score, toPoints] = [combinedScore, pointsOf];
  const noSkills = inverseSkillCount === 0;
  const noSkillsValue = NO_SKILLS_VALUE;
  const n = exercised.length;
  const opportunitySide = m - 1 - j;
  let scored = 0;
  for (let i = from; i < to; i++) {
    if (verdict !== null && verdict[i] !== 0) continue;
    scored++;
    const development = Math.min(1, exercised[i] * inverseNeed[i]);
    const skill = noSkills ? noSkillsValue : skillsHad[i] * inverseSkillCount;
    const newObserver = (observerCount - observedCount[i]) * inverseObserverCount;
    const points = toPoints(
      score(weights, inverseTotal, development, skill, interest[i], newObserver, fairTerm[i]),
    );
    const byCandidate = points * m + opportunitySide;
    if (byCandidate > candidateFloor[i]) top.offerCandidate(i, byCandidate);
    const byOpportunity = points * n + (n - 1 - rank[i]);
    if (byOpportunity > top.opportunityFloor) top.offerOpportunity(byOpportunity);
  }
  return scored;
}
