import { PROMOTION_DECISION_LABELS } from '@bridge/domain';
import type { PromotionDecision } from '../graphql/generated';

/** The domain's words for each decision, keyed as the API sends them. */
export const DECISION_LABELS: Readonly<Record<PromotionDecision, string>> = PROMOTION_DECISION_LABELS;

/** What each decision means for the candidate, shown beside the choice and to the candidate after. */
export const DECISION_MEANINGS: Readonly<Record<PromotionDecision, string>> = {
  READY: 'The evidence shows they lead well enough to take the role now.',
  READY_WITH_SUPPORT: 'They can take the role with the support the development plan names.',
  NOT_YET: 'Not this time: the development plan says what evidence is still missing and how to get it.',
};

/** The same, said to the candidate. */
export const DECISION_MEANINGS_TO_CANDIDATE: Readonly<Record<PromotionDecision, string>> = {
  READY: 'The evidence shows you lead well enough to take the role now.',
  READY_WITH_SUPPORT: 'You can take the role, with the support your development plan names.',
  NOT_YET: 'Not this time: your development plan says what evidence is still missing and how to get it.',
};
