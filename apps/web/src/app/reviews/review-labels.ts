import type { EvidenceFlag, PromotionDecision, ReadinessBand } from '../graphql/generated';

export const DECISION_LABELS: Readonly<Record<PromotionDecision, string>> = {
  READY: 'Ready',
  READY_WITH_SUPPORT: 'Ready with support',
  NOT_YET: 'Not yet',
};

/** What each decision means for the candidate, shown beside the choice and to the candidate after. */
export const DECISION_MEANINGS: Readonly<Record<PromotionDecision, string>> = {
  READY: 'The evidence shows they lead well enough to take the role now.',
  READY_WITH_SUPPORT: 'They can take the role with the support the development plan names.',
  NOT_YET: 'Not this time: the development plan says what evidence is still missing and how to get it.',
};

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
  DOMINATED: 'One voice dominates',
};

/** The same, said to the candidate. */
export const DECISION_MEANINGS_TO_CANDIDATE: Readonly<Record<PromotionDecision, string>> = {
  READY: 'The evidence shows you lead well enough to take the role now.',
  READY_WITH_SUPPORT: 'You can take the role, with the support your development plan names.',
  NOT_YET: 'Not this time: your development plan says what evidence is still missing and how to get it.',
};
