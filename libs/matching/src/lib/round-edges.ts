import {
  eligibility,
  EligibilityCandidate,
  EligibilityOpportunity,
  EligibilityReason,
  ErrorReason,
  OpportunityKind,
  OpportunityStatus,
} from '@bridge/domain';
import type { BMatchingProblem } from './b-matching';
import { eligibilityWith, refusalKey } from './constraints';
import {
  capabilityNeed,
  combinedScore,
  fairAccessValue,
  NO_SKILLS_VALUE,
  normalizeSkill,
  opportunityObservers,
  pointsOf,
} from './scoring';
import type { FitWeights, MatchCandidate, MatchFacts, MatchOpportunity } from './types';
import { fairAccessWeight, weightTotal } from './weights';

/**
 * A round's edges: every eligible pair scored, each candidate's and each opportunity's top K kept.
 * 10,000 × 2,000 is 20 M pairs, so the work is done per opportunity over all candidates at once, on
 * typed arrays (skills as interned ids with posting lists, each capability's need as a column), and
 * reasons are built later, for proposals only. The points are the same floating-point operations in
 * the same order as scoring.ts, so they equal fitOf's to the point (a test holds them to it).
 *
 * Hard constraints without calling the rule core 20 M times, and without restating it: the rule core
 * itself is asked about representatives, and its reasons are sorted by what they depend on
 * (REASON_SCOPE):
 * - about the opportunity and the candidate's function: asked once per opportunity and function, of
 *   a probe candidate in that function who is nobody;
 * - about the candidate's load (profile, hours, limits): asked once per distinct capacity and
 *   placement load (kind and hours), of a probe pair;
 * - about who the two are (own opportunity, reporting line, manager's refusal): the few pairs where
 *   they can arise (the sponsor, the mentee, people in the mentee's reporting line, recorded refusals)
 *   are asked of the rule core directly, as they are.
 * A test holds the kept edges to exactly the pairs `eligibility` accepts on random instances.
 */

type ReasonScope = 'OPPORTUNITY_OR_FUNCTION' | 'LOAD' | 'WHO';

/** A reason added to the rule core fails compilation here until it is given a scope. */
const REASON_SCOPE: Record<EligibilityReason, ReasonScope> = {
  [ErrorReason.NOT_OPEN]: 'OPPORTUNITY_OR_FUNCTION',
  [ErrorReason.OPPORTUNITY_ENDED]: 'OPPORTUNITY_OR_FUNCTION',
  [ErrorReason.SEATS_FULL]: 'OPPORTUNITY_OR_FUNCTION',
  [ErrorReason.OWN_FUNCTION]: 'OPPORTUNITY_OR_FUNCTION',
  [ErrorReason.PROFILE_REQUIRED]: 'LOAD',
  [ErrorReason.CAPACITY_HOURS]: 'LOAD',
  [ErrorReason.CAPACITY_PROJECTS]: 'LOAD',
  [ErrorReason.CAPACITY_MENTEES]: 'LOAD',
  [ErrorReason.OWN_OPPORTUNITY]: 'WHO',
  [ErrorReason.REPORTING_LINE]: 'WHO',
  [ErrorReason.MANAGER_REFUSED]: 'WHO',
};

/** Ids no person has: the probes are nobody, so no reason about who they are can arise. */
const NOBODY = '\u0000probe';
const NO_SPONSOR = '\u0000sponsor';

function blockedIn(
  scope: ReasonScope,
  candidate: EligibilityCandidate,
  opportunity: EligibilityOpportunity,
  today: string,
): boolean {
  const result = eligibility(
    candidate,
    opportunity,
    { today, menteeManagerChain: [], managerRefused: false },
    'PROPOSE',
  );
  return result.problems.some((problem) => problem.blocking && REASON_SCOPE[problem.reason] === scope);
}

export interface RoundEdges {
  /** Candidates' adjacency, weights in points; seats are each opportunity's free seats. */
  problem: BMatchingProblem;
  eligiblePairs: number;
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
  const total = weightTotal(weights);

  // Candidates, column-wise.
  const skillIds = new Map<string, number>();
  const skillId = (skill: string) => {
    let id = skillIds.get(skill);
    if (id === undefined) skillIds.set(skill, (id = skillIds.size));
    return id;
  };
  const candidateSkills: number[][] = candidates.map((candidate) => [
    ...new Set(candidate.skills.map((skill) => skillId(normalizeSkill(skill)))),
  ]);
  const capabilityColumns = new Map<string, Float64Array>();
  const totalNeed = new Float64Array(n);
  const fairValue = new Float64Array(n);
  const fairWeight = new Float64Array(n);
  const byPerson = new Map<string, number[]>();
  const underManager = new Map<string, number[]>();
  const observedBy = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== i) list.push(i);
    } else map.set(key, [i]);
  };
  candidates.forEach((candidate, i) => {
    const seen = new Set<string>();
    for (const evidence of candidate.evidence) {
      if (seen.has(evidence.capabilityKey)) continue;
      seen.add(evidence.capabilityKey);
      let column = capabilityColumns.get(evidence.capabilityKey);
      if (!column) capabilityColumns.set(evidence.capabilityKey, (column = new Float64Array(n)));
      column[i] = capabilityNeed(evidence);
      totalNeed[i] += column[i];
    }
    fairValue[i] = fairAccessValue(candidate.pastPlacements);
    fairWeight[i] = fairAccessWeight(weights, candidate.roundsWithoutProposal);
    push(byPerson, candidate.eligibility.personId, i);
    for (const manager of candidate.eligibility.managerChain) push(underManager, manager, i);
    for (const observer of new Set(candidate.observerIds)) push(observedBy, observer, i);
  });
  const skillPostings: number[][] = Array.from({ length: skillIds.size }, () => []);
  candidateSkills.forEach((skills, i) => skills.forEach((id) => skillPostings[id].push(i)));

  // Interest and refusals, per opportunity.
  const opportunityIndex = new Map(opportunities.map((opportunity, j) => [opportunity.id, j]));
  const candidateIndex = new Map(candidates.map((candidate, i) => [candidate.id, i]));
  const interested: number[][] = Array.from({ length: m }, () => []);
  candidates.forEach((candidate, i) => {
    for (const id of new Set(candidate.interestedOpportunityIds)) {
      const j = opportunityIndex.get(id);
      if (j !== undefined) interested[j].push(i);
    }
  });
  const refusals = new Set(facts.managerRefusals);
  const refused: number[][] = Array.from({ length: m }, () => []);
  for (const key of refusals)
    for (let at = key.indexOf(':'); at >= 0; at = key.indexOf(':', at + 1)) {
      const i = candidateIndex.get(key.slice(0, at));
      const j = opportunityIndex.get(key.slice(at + 1));
      if (i !== undefined && j !== undefined) refused[j].push(i);
    }

  // The rule core's answers by scope: load per (capacity, kind and hours), function per (opportunity, function).
  const capacityClass = new Int32Array(n);
  const capacityClasses = new Map<string, number>();
  const capacities: EligibilityCandidate['capacity'][] = [];
  const functionClass = new Int32Array(n);
  const functionClasses = new Map<string | null, number>();
  candidates.forEach((candidate, i) => {
    const capacity = candidate.eligibility.capacity;
    const key = capacity ? JSON.stringify(capacity) : 'none';
    let c = capacityClasses.get(key);
    if (c === undefined) {
      capacityClasses.set(key, (c = capacities.length));
      capacities.push(capacity);
    }
    capacityClass[i] = c;
    let f = functionClasses.get(candidate.eligibility.functionId);
    if (f === undefined) functionClasses.set(candidate.eligibility.functionId, (f = functionClasses.size));
    functionClass[i] = f;
  });
  const functions = [...functionClasses.keys()];
  const loadClasses = new Map<string, Int8Array>();
  const loadFits = (opportunity: EligibilityOpportunity): Int8Array => {
    const key = `${opportunity.kind}|${opportunity.hoursPerWeek}`;
    let fits = loadClasses.get(key);
    if (!fits) {
      const probe: EligibilityOpportunity = {
        kind: opportunity.kind,
        hoursPerWeek: opportunity.hoursPerWeek,
        status: OpportunityStatus.OPEN,
        title: '',
        sponsorId: NO_SPONSOR,
        menteeId: null,
        hostFunctionId: null,
        crossFunctional: false,
        seats: 1,
        seatsFilled: 0,
        endsOn: null,
      };
      fits = Int8Array.from(capacities, (capacity) =>
        blockedIn(
          'LOAD',
          { personId: NOBODY, name: '', managerChain: [], functionId: null, capacity },
          probe,
          facts.today,
        )
          ? 0
          : 1,
      );
      loadClasses.set(key, fits);
    }
    return fits;
  };

  // Per opportunity work arrays, reused.
  const exercised = new Float64Array(n);
  const skillsHad = new Int32Array(n);
  const observedCount = new Int32Array(n);
  const interest = new Uint8Array(n);
  const verdict = new Int8Array(n); // 0: ask the classes; 1: eligible; 2: not (asked directly)
  const functionOpen = new Uint8Array(functions.length);
  const k = Math.max(1, topK);
  const candidateHeap = new Float64Array(n * k);
  const candidateHeapSize = new Int32Array(n);
  const opportunityHeap = new Float64Array(k);
  const keptByOpportunity: number[] = [];
  const keptByOpportunityStart = new Int32Array(m + 1);
  let eligiblePairs = 0;
  const step = Math.max(1, Math.ceil(m / 20));

  for (let j = 0; j < m; j++) {
    if (j % step === 0) onProgress(j / m);
    const opportunity = opportunities[j];
    let anyOpen = false;
    functions.forEach((functionId, f) => {
      const probe = { personId: NOBODY, name: '', managerChain: [], functionId, capacity: null };
      functionOpen[f] = blockedIn('OPPORTUNITY_OR_FUNCTION', probe, opportunity.eligibility, facts.today)
        ? 0
        : 1;
      if (functionOpen[f]) anyOpen = true;
    });
    let opportunityHeapSize = 0;
    if (anyOpen) {
      const fits = loadFits(opportunity.eligibility);
      const whoPairs = pairsAboutWho(opportunity, byPerson, underManager, refused[j]);
      for (const i of whoPairs) {
        const candidate = candidates[i];
        const asked = eligibilityWith(
          candidate,
          opportunity,
          facts,
          refusals.has(refusalKey(candidate.id, opportunity.id)),
        );
        verdict[i] = asked.eligible ? 1 : 2;
      }
      exercised.fill(0);
      for (const key of new Set(opportunity.capabilityKeys)) {
        const column = capabilityColumns.get(key);
        if (column) for (let i = 0; i < n; i++) exercised[i] += column[i];
      }
      const skills = new Set<number>();
      for (const skill of opportunity.skills) {
        const key = normalizeSkill(skill);
        if (key) skills.add(skillId(key));
      }
      skillsHad.fill(0);
      for (const id of skills) for (const i of skillPostings[id] ?? []) skillsHad[i]++;
      const observers = opportunityObservers(opportunity);
      for (const observer of observers) for (const i of observedBy.get(observer) ?? []) observedCount[i]++;
      for (const i of interested[j]) interest[i] = 1;
      const skillCount = skills.size;

      for (let i = 0; i < n; i++) {
        const v = verdict[i];
        if (v === 2 || (v === 0 && (functionOpen[functionClass[i]] === 0 || fits[capacityClass[i]] === 0)))
          continue;
        eligiblePairs++;
        const development = totalNeed[i] > 0 ? exercised[i] / totalNeed[i] : 0;
        const skill = skillCount > 0 ? skillsHad[i] / skillCount : NO_SKILLS_VALUE;
        const newObserver = (observers.length - observedCount[i]) / observers.length;
        const points = pointsOf(
          combinedScore(
            weights,
            fairWeight[i],
            total,
            development,
            skill,
            interest[i],
            newObserver,
            fairValue[i],
          ),
        );
        // Keys order by points, then the lower index first (ids are sorted).
        const byCandidate = points * m + (m - 1 - j);
        const size = candidateHeapSize[i];
        if (size < k) {
          siftUp(candidateHeap, i * k, size, byCandidate);
          candidateHeapSize[i] = size + 1;
        } else if (byCandidate > candidateHeap[i * k]) siftDown(candidateHeap, i * k, k, byCandidate);
        const byOpportunity = points * n + (n - 1 - i);
        if (opportunityHeapSize < k) siftUp(opportunityHeap, 0, opportunityHeapSize++, byOpportunity);
        else if (byOpportunity > opportunityHeap[0]) siftDown(opportunityHeap, 0, k, byOpportunity);
      }

      for (const i of whoPairs) verdict[i] = 0;
      for (const observer of observers) for (const i of observedBy.get(observer) ?? []) observedCount[i] = 0;
      for (const i of interested[j]) interest[i] = 0;
    }
    for (let at = 0; at < opportunityHeapSize; at++) keptByOpportunity.push(opportunityHeap[at]);
    keptByOpportunityStart[j + 1] = keptByOpportunity.length;
  }
  onProgress(1);

  // The union of both sides' top K, per candidate, opportunities in index order.
  const fromOpportunities = new Int32Array(n + 1);
  for (let j = 0; j < m; j++)
    for (let at = keptByOpportunityStart[j]; at < keptByOpportunityStart[j + 1]; at++)
      fromOpportunities[n - (keptByOpportunity[at] % n)]++;
  for (let i = 0; i < n; i++) fromOpportunities[i + 1] += fromOpportunities[i];
  const entries = new Float64Array(fromOpportunities[n]);
  const fill = fromOpportunities.slice(0, n);
  for (let j = 0; j < m; j++)
    for (let at = keptByOpportunityStart[j]; at < keptByOpportunityStart[j + 1]; at++) {
      const key = keptByOpportunity[at];
      const i = n - 1 - (key % n);
      entries[fill[i]++] = Math.floor(key / n) * m + (m - 1 - j);
    }
  const offsets = new Int32Array(n + 1);
  const targets: number[] = [];
  const points: number[] = [];
  const present = new Int32Array(m).fill(-1);
  const scratch: number[] = [];
  for (let i = 0; i < n; i++) {
    scratch.length = 0;
    const add = (key: number) => {
      const j = m - 1 - (key % m);
      if (present[j] === i) return;
      present[j] = i;
      scratch.push(j * 16_384 + Math.floor(key / m));
    };
    for (let at = 0; at < candidateHeapSize[i]; at++) add(candidateHeap[i * k + at]);
    for (let at = fromOpportunities[i]; at < fromOpportunities[i + 1]; at++) add(entries[at]);
    scratch.sort((a, b) => a - b);
    for (const entry of scratch) {
      targets.push(Math.floor(entry / 16_384));
      points.push(entry % 16_384);
    }
    offsets[i + 1] = targets.length;
  }
  const seats = Int32Array.from(opportunities, (o) =>
    Math.max(0, o.eligibility.seats - o.eligibility.seatsFilled),
  );
  return {
    problem: {
      candidates: n,
      opportunities: m,
      offsets,
      targets: Int32Array.from(targets),
      weights: Int32Array.from(points),
      seats,
    },
    eligiblePairs,
  };
}

/** The candidates for whom a reason about who they are could arise: asked of the rule core directly. */
function pairsAboutWho(
  opportunity: MatchOpportunity,
  byPerson: Map<string, number[]>,
  underManager: Map<string, number[]>,
  refused: readonly number[],
): Set<number> {
  const { sponsorId, menteeId, kind } = opportunity.eligibility;
  const pairs = new Set<number>(refused);
  const add = (list: readonly number[] | undefined) => list?.forEach((i) => pairs.add(i));
  add(byPerson.get(sponsorId));
  if (menteeId !== null) {
    add(byPerson.get(menteeId));
    if (kind === OpportunityKind.MENTORSHIP) {
      add(underManager.get(menteeId));
      for (const manager of opportunity.menteeManagerChain) add(byPerson.get(manager));
    }
  }
  return pairs;
}

/** Min-heap of `size` keys at `base`: add one. */
function siftUp(heap: Float64Array, base: number, size: number, key: number): void {
  let at = size;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (heap[base + parent] <= key) break;
    heap[base + at] = heap[base + parent];
    at = parent;
  }
  heap[base + at] = key;
}

/** Min-heap of `size` keys at `base`: replace the smallest with `key`. */
function siftDown(heap: Float64Array, base: number, size: number, key: number): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[base + child + 1] < heap[base + child]) child++;
    if (heap[base + child] >= key) break;
    heap[base + at] = heap[base + child];
    at = child;
  }
  heap[base + at] = key;
}
