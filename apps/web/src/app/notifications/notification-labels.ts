import type { NotificationKind } from '../graphql/generated';
import type { IconName } from '../ui/icon';

export const NOTIFICATION_ICONS: Readonly<Record<NotificationKind, IconName>> = {
  CONSENT_REQUESTED: 'check',
  CONSENT_DECIDED: 'check',
  CONSENT_ESCALATED: 'warning',
  APPLICATION_RECEIVED: 'assignment',
  APPLICATION_SHORTLISTED: 'assignment',
  APPLICATION_OFFERED: 'work',
  APPLICATION_REJECTED: 'assignment',
  APPLICATION_WITHDRAWN: 'assignment',
  OFFER_ACCEPTED: 'work',
  OFFER_DECLINED: 'work',
  PLACEMENT_STARTED: 'school',
  PLACEMENT_ENDED: 'school',
  OBSERVATION_RECORDED: 'insights',
  OBSERVATION_REQUESTED: 'edit',
  OBSERVATION_REQUEST_DECLINED: 'edit',
  PROMOTION_REVIEW_DECIDED: 'insights',
  INVITED_TO_APPLY: 'mail',
  MATCH_PROPOSED: 'work',
};
