import { EQUITY_SUPPRESSION_THRESHOLD } from '@bridge/domain';
import type { EquitySuppression } from '../graphql/generated';

export function formatShare(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  const percent = rate * 100;
  return `${percent > 0 && percent < 1 ? percent.toFixed(1) : Math.round(percent)}%`;
}

export const SUPPRESSED_LABEL = `Fewer than ${EQUITY_SUPPRESSION_THRESHOLD}`;

/** Why a group's figures are hidden, in words for HR. */
export const SUPPRESSION_EXPLANATIONS: Readonly<Record<EquitySuppression, string>> = {
  SMALL_GROUP: `Fewer than ${EQUITY_SUPPRESSION_THRESHOLD} people: their figures would point at individuals.`,
  COMPLEMENT: `Hidden too, so that a group of fewer than ${EQUITY_SUPPRESSION_THRESHOLD} cannot be worked out from the organization's total.`,
};
