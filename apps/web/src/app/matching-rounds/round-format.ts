import { FIT_FACTOR_LABELS, FIT_FACTORS, type FitFactor } from '@bridge/matching';
import type { MatchingRoundPhase, MatchingRoundStatus, MatchProposalStatus } from '../graphql/generated';

export const ROUND_STATUS_LABELS: Readonly<Record<MatchingRoundStatus, string>> = {
  QUEUED: 'Waiting to start',
  RUNNING: 'Running',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

export const ROUND_PHASE_LABELS: Readonly<Record<MatchingRoundPhase, string>> = {
  QUEUED: 'Waiting for a worker',
  READING: 'Reading candidates and opportunities',
  SCORING: 'Scoring every allowed pair',
  SOLVING: 'Finding the best set of placements',
  SAVING: 'Saving the proposals',
  DONE: 'Done',
};

export const PROPOSAL_STATUS_LABELS: Readonly<Record<MatchProposalStatus, string>> = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  STALE: 'Replaced by a later round',
};

/** The form's weight inputs, in the order people read the factors. */
export const WEIGHT_FIELDS: readonly { factor: FitFactor; label: string }[] = FIT_FACTORS.map((factor) => ({
  factor,
  label: FIT_FACTOR_LABELS[factor],
}));

export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/** "Optimal total 12.40 vs greedy 12.10 (+2.5%)": what the exact matching gained over a greedy pass. */
export function totalAgainstGreedy(
  total: number | null | undefined,
  greedy: number | null | undefined,
): string | null {
  if (total === null || total === undefined || greedy === null || greedy === undefined) return null;
  const gain = greedy > 0 ? ((total - greedy) / greedy) * 100 : 0;
  const sign = gain >= 0.05 ? `+${gain.toFixed(1)}%` : 'the same';
  return `Optimal total ${total.toFixed(2)} vs greedy ${greedy.toFixed(2)} (${sign})`;
}

export const isActive = (status: MatchingRoundStatus): boolean => status === 'QUEUED' || status === 'RUNNING';
