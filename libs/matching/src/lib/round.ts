import { greedyBMatching, maximumWeightBMatching } from './b-matching';
import { eligibilityWith, pairKey } from './constraints';
import { compareIds } from './recommend';
import { roundEdges } from './round-edges';
import { explainedFit, scoringCandidate, scoringOpportunity } from './scoring';
import type { Proposal, RoundInput, RoundProgress, RoundResult } from './types';
import { assertWeights, DEFAULT_TOP_K, MatchingInputError } from './weights';

/**
 * A whole round: hard constraints, fit, top-K pruning, exact optimal b-matching, greedy comparison.
 * Deterministic: inputs are sorted by id first, so the same candidates and opportunities in any order
 * give the same proposals. Throws MatchingInputError on bad weights, a bad K or a repeated id.
 */
export function solveRound(input: RoundInput, onProgress: RoundProgress = () => undefined): RoundResult {
  assertWeights(input.weights);
  const topK = input.topK ?? DEFAULT_TOP_K;
  if (!Number.isInteger(topK) || topK < 1)
    throw new MatchingInputError(
      'topK',
      `K is ${topK}: keep at least each candidate's best opportunity (K of 1 or more, a whole number).`,
    );
  const candidates = [...input.candidates].sort((a, b) => compareIds(a.id, b.id));
  const opportunities = [...input.opportunities].sort((a, b) => compareIds(a.id, b.id));
  refuseRepeats(candidates, 'candidates', 'Candidate');
  refuseRepeats(opportunities, 'opportunities', 'Opportunity');

  const scoringStarted = performance.now();
  onProgress(0, 'SCORING');
  const { problem, eligiblePairs } = roundEdges(
    candidates,
    opportunities,
    input.facts,
    input.weights,
    topK,
    (share) => onProgress(share, 'SCORING'),
  );
  const scoringMs = performance.now() - scoringStarted;

  const solvingStarted = performance.now();
  onProgress(0, 'SOLVING');
  const optimal = maximumWeightBMatching(problem);
  const greedy = greedyBMatching(problem);
  const solvingMs = performance.now() - solvingStarted;

  const refusals = new Set(input.facts.managerRefusals);
  const applied = new Set(input.facts.liveApplications);
  const proposals: Proposal[] = [];
  let firstStretch = 0;
  candidates.forEach((candidate, i) => {
    const e = optimal.edgeOf[i];
    if (e < 0) return;
    const opportunity = opportunities[problem.targets[e]];
    const fit = explainedFit(scoringCandidate(candidate), scoringOpportunity(opportunity), input.weights);
    // The rule core and fitOf are the authority: a proposal the engine cannot stand behind is a bug.
    if (
      fit.points !== problem.weights[e] ||
      applied.has(pairKey(candidate.id, opportunity.id)) ||
      !eligibilityWith(
        candidate,
        opportunity,
        input.facts,
        refusals.has(pairKey(candidate.id, opportunity.id)),
      ).eligible
    )
      throw new Error(
        `The round's edge ${candidate.id} → ${opportunity.id} disagrees with fitOf or the rule core.`,
      );
    proposals.push({ candidateId: candidate.id, opportunityId: opportunity.id, fit });
    if (candidate.pastPlacements === 0) firstStretch++;
  });
  onProgress(1, 'SOLVING');

  return {
    proposals,
    totalPoints: optimal.total,
    greedyPoints: greedy.total,
    eligiblePairs,
    edges: problem.offsets[problem.candidates],
    firstStretchShare: proposals.length > 0 ? firstStretch / proposals.length : 0,
    scoringMs,
    solvingMs,
  };
}

function refuseRepeats(items: readonly { id: string }[], field: string, what: string): void {
  for (let at = 1; at < items.length; at++)
    if (items[at].id === items[at - 1].id)
      throw new MatchingInputError(field, `${what} ${items[at].id} is in the round twice: list each once.`);
}
