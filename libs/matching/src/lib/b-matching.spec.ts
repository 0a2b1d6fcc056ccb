import { BMatchingProblem, greedyBMatching, maximumWeightBMatching } from './b-matching';
import { bMatchingLp, Highs, loadHighs } from './testing/highs';

/** A seeded generator, so a failing instance can be found again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Varied shapes: dense or sparse, few or many distinct weights (ties), seats 0–3, isolated candidates. */
export function randomProblem(
  seed: number,
  maxCandidates: number,
  maxOpportunities: number,
): BMatchingProblem {
  const next = random(seed);
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const candidates = int(1, maxCandidates);
  const opportunities = int(1, maxOpportunities);
  const density = [0.05, 0.2, 0.5, 1][int(0, 3)];
  // Small raw weights make ties and near-ties that only an exact final phase gets right.
  const [distinct, unit] = [
    [3, 1],
    [6, 1],
    [5, 2500],
    [50, 200],
    [10_001, 1],
  ][int(0, 4)];
  const offsets = new Int32Array(candidates + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < candidates; i++) {
    if (next() >= 0.1)
      for (let j = 0; j < opportunities; j++)
        if (next() < density) {
          targets.push(j);
          weights.push(int(0, distinct - 1) * unit);
        }
    offsets[i + 1] = targets.length;
  }
  const seats = Int32Array.from({ length: opportunities }, () => (next() < 0.05 ? 0 : int(1, 3)));
  return {
    candidates,
    opportunities,
    offsets,
    targets: Int32Array.from(targets),
    weights: Int32Array.from(weights),
    seats,
  };
}

function bruteForce(problem: BMatchingProblem): number {
  const used = new Int32Array(problem.opportunities);
  const visit = (i: number): number => {
    if (i === problem.candidates) return 0;
    let best = visit(i + 1);
    for (let e = problem.offsets[i]; e < problem.offsets[i + 1]; e++) {
      const j = problem.targets[e];
      if (used[j] >= problem.seats[j]) continue;
      used[j]++;
      best = Math.max(best, problem.weights[e] + visit(i + 1));
      used[j]--;
    }
    return best;
  };
  return visit(0);
}

function lpOptimum(highs: Highs, problem: BMatchingProblem): number {
  if (problem.offsets[problem.candidates] === 0) return 0;
  const solution = highs.solve(bMatchingLp(problem), { output_flag: false });
  expect(solution.Status).toBe('Optimal');
  return Math.round(solution.ObjectiveValue);
}

/** Each candidate at most one edge of their own, each opportunity at most its seats, the total right. */
function expectFeasible(problem: BMatchingProblem, matching: { edgeOf: Int32Array; total: number }): void {
  const used = new Int32Array(problem.opportunities);
  let total = 0;
  for (let i = 0; i < problem.candidates; i++) {
    const e = matching.edgeOf[i];
    if (e < 0) continue;
    expect(e >= problem.offsets[i] && e < problem.offsets[i + 1]).toBe(true);
    used[problem.targets[e]]++;
    total += problem.weights[e];
  }
  for (let j = 0; j < problem.opportunities; j++) expect(used[j]).toBeLessThanOrEqual(problem.seats[j]);
  expect(matching.total).toBe(total);
}

describe('maximum-weight b-matching', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('equals brute force on tiny instances', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const problem = randomProblem(seed, 7, 4);
      const matching = maximumWeightBMatching(problem);
      expectFeasible(problem, matching);
      expect([seed, matching.total]).toEqual([seed, bruteForce(problem)]);
    }
  });

  it('equals the LP optimum (HiGHS) on hundreds of instances up to 60 × 20, greedy never above it', () => {
    let greedyRatioSum = 0;
    let compared = 0;
    for (let seed = 1000; seed < 1400; seed++) {
      const problem = randomProblem(seed, 60, 20);
      const matching = maximumWeightBMatching(problem);
      expectFeasible(problem, matching);
      const optimum = lpOptimum(highs, problem);
      expect([seed, matching.total]).toEqual([seed, optimum]);
      const greedy = greedyBMatching(problem);
      expectFeasible(problem, greedy);
      expect(greedy.total).toBeLessThanOrEqual(optimum);
      if (optimum > 0) {
        greedyRatioSum += greedy.total / optimum;
        compared++;
      }
    }
    console.log(
      `greedy reached ${(greedyRatioSum / compared).toFixed(4)} of the optimum on average over ${compared} instances`,
    );
  });

  it('is deterministic and leaves candidates unmatched when that is better', () => {
    // Two candidates, one seat each on A (worth 5 and 4) and B (worth 4 for the first only):
    // the optimum places the first on B and the second on A (8), not the first on A (5).
    const problem: BMatchingProblem = {
      candidates: 3,
      opportunities: 2,
      offsets: Int32Array.from([0, 2, 3, 3]),
      targets: Int32Array.from([0, 1, 0]),
      weights: Int32Array.from([5, 4, 4]),
      seats: Int32Array.from([1, 1]),
    };
    const matching = maximumWeightBMatching(problem);
    expect(matching.total).toBe(8);
    expect(Array.from(matching.edgeOf)).toEqual([1, 2, -1]);
    expect(Array.from(maximumWeightBMatching(problem).edgeOf)).toEqual(Array.from(matching.edgeOf));
    expect(greedyBMatching(problem).total).toBe(5);
  });

  it('handles no edges, no seats and zero weights', () => {
    const empty: BMatchingProblem = {
      candidates: 2,
      opportunities: 1,
      offsets: Int32Array.from([0, 1, 2]),
      targets: Int32Array.from([0, 0]),
      weights: Int32Array.from([0, 7]),
      seats: Int32Array.from([0]),
    };
    expect(maximumWeightBMatching(empty).total).toBe(0);
    expect(maximumWeightBMatching({ ...empty, seats: Int32Array.from([2]) }).total).toBe(7);
    expect(maximumWeightBMatching({ ...empty, candidates: 0, offsets: Int32Array.from([0]) }).total).toBe(0);
  });
});
