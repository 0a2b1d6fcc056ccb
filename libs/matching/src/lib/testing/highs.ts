import type { BMatchingProblem } from '../b-matching';

/**
 * The b-matching's linear programme in CPLEX LP format, for HiGHS (a dev dependency): the proof of
 * optimality in the tests and the comparison in the benchmark. The LP of a bipartite b-matching is
 * integral, so its optimum is the matching's.
 */
export function bMatchingLp(problem: BMatchingProblem): string {
  const { candidates, opportunities, offsets, targets, weights, seats } = problem;
  const objective: string[] = [];
  const byOpportunity: string[][] = Array.from({ length: opportunities }, () => []);
  const rows: string[] = [];
  for (let i = 0; i < candidates; i++) {
    const columns: string[] = [];
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      objective.push(`${weights[e]} x${e}`);
      columns.push(`x${e}`);
      byOpportunity[targets[e]].push(`x${e}`);
    }
    if (columns.length > 0) rows.push(` c${i}: ${columns.join(' + ')} <= 1`);
  }
  byOpportunity.forEach((columns, j) => {
    if (columns.length > 0) rows.push(` o${j}: ${columns.join(' + ')} <= ${seats[j]}`);
  });
  return `Maximize\n obj: ${objective.join(' + ')}\nSubject To\n${rows.join('\n')}\nEnd\n`;
}

export interface Highs {
  solve(
    lp: string,
    options?: Record<string, unknown>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal: number }> };
}

export async function loadHighs(): Promise<Highs> {
  const load = require('highs') as (options?: object) => Promise<Highs>;
  return load();
}
