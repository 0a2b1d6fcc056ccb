import { BMatchingProblem, maximumWeightBMatching } from './b-matching';
import { hardConstraints } from './constraints';
import { compareIds } from './recommend';
import { solveRound } from './round';
import { roundEdges } from './round-edges';
import { fitOf } from './scoring';
import { candidate, facts, opportunity } from './testing/fixtures';
import { bMatchingLp, Highs, loadHighs } from './testing/highs';
import { randomRound, seeded } from './testing/random-round';
import type { MatchCandidate, MatchOpportunity, RoundInput, RoundResult } from './types';
import { DEFAULT_FIT_WEIGHTS, MatchingInputError } from './weights';

interface Pair {
  candidate: MatchCandidate;
  opportunity: MatchOpportunity;
  points: number;
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => compareIds(a.id, b.id));

/** A pair the round may propose: the rule core accepts it and it has no live application. */
const proposable = (c: MatchCandidate, o: MatchOpportunity, input: RoundInput) =>
  !(input.facts.liveApplications ?? []).includes(`${c.id}:${o.id}`) &&
  hardConstraints(c, o, input.facts).eligible;

/** The round done the slow, obvious way: the rule core and fitOf on every pair, then each side's top K. */
function reference(input: RoundInput, topK: number): { eligible: Pair[]; kept: Pair[] } {
  const eligible: Pair[] = [];
  for (const c of byId(input.candidates))
    for (const o of byId(input.opportunities))
      if (proposable(c, o, input))
        eligible.push({ candidate: c, opportunity: o, points: fitOf(c, o, input.weights).points });
  const kept = new Set<Pair>();
  const keepBest = (key: (pair: Pair) => string, tie: (a: Pair, b: Pair) => number) => {
    const groups = new Map<string, Pair[]>();
    for (const pair of eligible) groups.set(key(pair), [...(groups.get(key(pair)) ?? []), pair]);
    for (const group of groups.values())
      group
        .sort((a, b) => b.points - a.points || tie(a, b))
        .slice(0, topK)
        .forEach((pair) => kept.add(pair));
  };
  keepBest(
    (p) => p.candidate.id,
    (a, b) => compareIds(a.opportunity.id, b.opportunity.id),
  );
  keepBest(
    (p) => p.opportunity.id,
    (a, b) => compareIds(a.candidate.id, b.candidate.id),
  );
  return { eligible, kept: eligible.filter((pair) => kept.has(pair)) };
}

function problemOf(input: RoundInput, pairs: readonly Pair[]): BMatchingProblem {
  const candidates = byId(input.candidates);
  const opportunities = byId(input.opportunities);
  const index = new Map(opportunities.map((o, j) => [o.id, j]));
  const offsets = new Int32Array(candidates.length + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  candidates.forEach((c, i) => {
    for (const pair of pairs.filter((p) => p.candidate.id === c.id)) {
      targets.push(index.get(pair.opportunity.id) as number);
      weights.push(pair.points);
    }
    offsets[i + 1] = targets.length;
  });
  return {
    candidates: candidates.length,
    opportunities: opportunities.length,
    offsets,
    targets: Int32Array.from(targets),
    weights: Int32Array.from(weights),
    seats: Int32Array.from(opportunities, (o) =>
      Math.max(0, o.eligibility.seats - o.eligibility.seatsFilled),
    ),
  };
}

function edgeSet(input: RoundInput, problem: BMatchingProblem): string[] {
  const candidates = byId(input.candidates);
  const opportunities = byId(input.opportunities);
  const edges: string[] = [];
  candidates.forEach((c, i) => {
    for (let e = problem.offsets[i]; e < problem.offsets[i + 1]; e++)
      edges.push(`${c.id}→${opportunities[problem.targets[e]].id}:${problem.weights[e]}`);
  });
  return edges.sort();
}

const pairKeys = (pairs: readonly Pair[]) =>
  pairs.map((p) => `${p.candidate.id}→${p.opportunity.id}:${p.points}`).sort();

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = seeded(seed);
  const copy = [...items];
  for (let at = copy.length - 1; at > 0; at--) {
    const other = Math.floor(next() * (at + 1));
    [copy[at], copy[other]] = [copy[other], copy[at]];
  }
  return copy;
}

const withoutTimings = ({ scoringMs: _s, solvingMs: _v, ...rest }: RoundResult) => rest;

describe('a round', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('keeps exactly the pairs the rule core accepts, each side top K, at fitOf points', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const input = randomRound(seed, 30, 12);
      for (const topK of [1, 3, 1000]) {
        const { eligible, kept } = reference(input, topK);
        const round = roundEdges(
          byId(input.candidates),
          byId(input.opportunities),
          input.facts,
          input.weights,
          topK,
          () => undefined,
        );
        expect([seed, topK, round.eligiblePairs]).toEqual([seed, topK, eligible.length]);
        expect([seed, topK, edgeSet(input, round.problem)]).toEqual([seed, topK, pairKeys(kept)]);
      }
    }
  });

  it('is optimal over the pruned edges (HiGHS), and every proposal satisfies every constraint', () => {
    for (let seed = 200; seed < 420; seed++) {
      const input = randomRound(seed, 60, 20);
      const topK = [2, 5, 50][seed % 3];
      const result = solveRound({ ...input, topK });
      const { kept } = reference(input, topK);
      const problem = problemOf(input, kept);
      const optimum =
        kept.length === 0
          ? 0
          : Math.round(highs.solve(bMatchingLp(problem), { output_flag: false }).ObjectiveValue);
      expect([seed, result.totalPoints]).toEqual([seed, optimum]);
      expect(result.greedyPoints).toBeLessThanOrEqual(result.totalPoints);
      expect(result.edges).toBe(kept.length);

      const keptKeys = new Set(pairKeys(kept));
      const proposed = new Set<string>();
      const seatsTaken = new Map<string, number>();
      let sum = 0;
      for (const proposal of result.proposals) {
        const c = input.candidates.find((x) => x.id === proposal.candidateId) as MatchCandidate;
        const o = input.opportunities.find((x) => x.id === proposal.opportunityId) as MatchOpportunity;
        expect(proposable(c, o, input)).toBe(true);
        expect(proposal.fit).toEqual(fitOf(c, o, input.weights));
        expect(keptKeys.has(`${c.id}→${o.id}:${proposal.fit.points}`)).toBe(true);
        expect(proposed.has(c.id)).toBe(false);
        proposed.add(c.id);
        seatsTaken.set(o.id, (seatsTaken.get(o.id) ?? 0) + 1);
        expect(seatsTaken.get(o.id)).toBeLessThanOrEqual(o.eligibility.seats - o.eligibility.seatsFilled);
        sum += proposal.fit.points;
      }
      expect(sum).toBe(result.totalPoints);
      const first = result.proposals.filter(
        (p) => input.candidates.find((x) => x.id === p.candidateId)?.pastPlacements === 0,
      ).length;
      expect(result.firstStretchShare).toBe(result.proposals.length ? first / result.proposals.length : 0);
    }
  });

  it('gives the same proposals for the same input in any order', () => {
    for (let seed = 500; seed < 540; seed++) {
      const input = randomRound(seed, 40, 15);
      const again = {
        ...input,
        candidates: shuffled(input.candidates, seed),
        opportunities: shuffled(input.opportunities, seed + 1),
        facts: { ...input.facts, managerRefusals: shuffled(input.facts.managerRefusals, seed + 2) },
      };
      expect(withoutTimings(solveRound(again))).toEqual(withoutTimings(solveRound(input)));
    }
  });

  it('loses little fit to pruning, and none once K reaches the largest degree', () => {
    const ratios = new Map<number, number[]>();
    for (let seed = 600; seed < 700; seed++) {
      const input = randomRound(seed, 40, 14);
      const { eligible } = reference(input, Number.MAX_SAFE_INTEGER);
      const whole = maximumWeightBMatching(problemOf(input, eligible)).total;
      if (whole === 0) continue;
      const degrees = new Map<string, number>();
      for (const pair of eligible) {
        degrees.set(pair.candidate.id, (degrees.get(pair.candidate.id) ?? 0) + 1);
        degrees.set(pair.opportunity.id, (degrees.get(pair.opportunity.id) ?? 0) + 1);
      }
      const maxDegree = Math.max(...degrees.values());
      for (const topK of [1, 2, 3, 5, maxDegree]) {
        const pruned = solveRound({ ...input, topK }).totalPoints;
        expect(pruned).toBeLessThanOrEqual(whole);
        if (topK === maxDegree) expect([seed, pruned]).toEqual([seed, whole]);
        else ratios.set(topK, [...(ratios.get(topK) ?? []), pruned / whole]);
      }
    }
    const lines = [...ratios]
      .sort(([a], [b]) => a - b)
      .map(([topK, values]) => {
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        return `K=${topK}: mean ${mean.toFixed(4)}, worst ${Math.min(...values).toFixed(4)} over ${values.length}`;
      });
    console.log(`Pruned optimum against the optimum over all eligible pairs:\n${lines.join('\n')}`);
    expect(Math.min(...(ratios.get(5) ?? [1]))).toBeGreaterThan(0.9);
  });

  it('reports progress, scoring then solving', () => {
    const calls: [number, string][] = [];
    solveRound(randomRound(7, 30, 30), (progress, phase) => calls.push([progress, phase]));
    expect(calls[0]).toEqual([0, 'SCORING']);
    expect(calls.at(-1)).toEqual([1, 'SOLVING']);
    const scoring = calls.filter(([, phase]) => phase === 'SCORING').map(([p]) => p);
    expect(scoring.length).toBeGreaterThan(3);
    expect(scoring).toEqual([...scoring].sort((a, b) => a - b));
    expect(scoring.at(-1)).toBe(1);
    expect(calls.findIndex(([, phase]) => phase === 'SOLVING')).toBe(scoring.length);
  });

  it('gives the seat to the candidate who waited, by the fair-access carry-over', () => {
    const project = opportunity({ eligibility: { seats: 1 } });
    const round = (waited: number) =>
      solveRound({
        candidates: [candidate({ id: 'amy' }), candidate({ id: 'ben', roundsWithoutProposal: waited })],
        opportunities: [project],
        facts: facts(),
        weights: DEFAULT_FIT_WEIGHTS,
      }).proposals.map((p) => p.candidateId);
    expect(round(0)).toEqual(['amy']);
    expect(round(1)).toEqual(['ben']);
  });

  it('never proposes a pair that already has a live application, and gives the seat to the next best', () => {
    const project = opportunity({ eligibility: { seats: 1 } });
    const round = (liveApplications: string[]) =>
      solveRound({
        candidates: [candidate({ id: 'amy' }), candidate({ id: 'ben', skills: [] })],
        opportunities: [project],
        facts: facts({ liveApplications }),
        weights: DEFAULT_FIT_WEIGHTS,
      });
    expect(round([]).proposals.map((p) => p.candidateId)).toEqual(['amy']);
    const applied = round([`amy:${project.id}`]);
    expect(applied.proposals.map((p) => p.candidateId)).toEqual(['ben']);
    expect(applied.eligiblePairs).toBe(1);
  });

  it('refuses bad weights, a bad K and repeated ids, leaving the input as it was', () => {
    const input = randomRound(3, 10, 5);
    const before = JSON.stringify(input);
    expect(() => solveRound({ ...input, weights: { ...input.weights, DEVELOPMENT: -1 } })).toThrow(
      MatchingInputError,
    );
    expect(() => solveRound({ ...input, topK: 0 })).toThrow(expect.objectContaining({ field: 'topK' }));
    expect(() => solveRound({ ...input, candidates: [...input.candidates, input.candidates[0]] })).toThrow(
      `Candidate ${input.candidates[0].id} is in the round twice`,
    );
    expect(() =>
      solveRound({ ...input, opportunities: [...input.opportunities, input.opportunities[0]] }),
    ).toThrow(expect.objectContaining({ field: 'opportunities' }));
    expect(JSON.stringify(input)).toBe(before);
    expect(solveRound({ ...input, candidates: [] })).toMatchObject({
      proposals: [],
      totalPoints: 0,
      edges: 0,
    });
    expect(solveRound({ ...input, opportunities: [] })).toMatchObject({
      proposals: [],
      eligiblePairs: 0,
      edges: 0,
    });
  });
});
