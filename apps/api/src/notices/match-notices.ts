import { NotificationKind } from '@bridge/domain';
import type { NewNotification } from '../notifications/notifications.service';
import type { NoticeOpportunity } from './application-notices';

/**
 * To the candidate, when HR or the sponsor accepts a matching round's proposal and their manager is
 * asked first (without a manager the candidate gets the offer itself, `applicationOffered`).
 */
export function matchProposed(
  organizationId: string,
  candidateId: string,
  opportunity: NoticeOpportunity,
): NewNotification {
  return {
    organizationId,
    recipientId: candidateId,
    kind: NotificationKind.MATCH_PROPOSED,
    title: `You were matched with “${opportunity.title}”`,
    body: `The sponsor would like you on it, ${opportunity.hoursPerWeek} hours a week. Your manager is asked to agree to the time; then you can accept or decline the offer in My applications.`,
    link: '/marketplace/applications',
  };
}
