import type { EvidenceFlag, ReadinessBand } from '../graphql/generated';

export const BAND_LABELS: Readonly<Record<ReadinessBand, string>> = {
  READY: 'Ready',
  EMERGING: 'Emerging',
  NOT_YET: 'Not yet',
  INSUFFICIENT_EVIDENCE: 'Insufficient evidence',
};

export const FLAG_LABELS: Readonly<Record<EvidenceFlag, string>> = {
  THIN: 'Thin',
  SINGLE_OBSERVER: 'Single observer',
  STALE: 'Stale',
  RECENT_ONLY: 'Recent only',
  WARNING_SIGNS: 'Warning signs',
  DOMINATED: 'One observer dominates',
};

/** A mean rating as people read it: one decimal, or a dash without evidence. */
export function formatRating(rating: number | null | undefined): string {
  return rating === null || rating === undefined ? '—' : rating.toFixed(1);
}
