import { NotificationKind } from '@bridge/domain';
import type { NewNotification } from '../notifications/notifications.service';
import type { NoticeOpportunity } from './application-notices';

/** The words of the notices about matching: pure, so they are tested apart from the services. */

/** To the candidate a sponsor (or HR) invited: where to read the opportunity, and what applying involves. */
export function invitedToApply(
  organizationId: string,
  candidateId: string,
  opportunity: Pick<NoticeOpportunity, 'id' | 'title' | 'hoursPerWeek'>,
  inviterName: string,
): NewNotification {
  return {
    organizationId,
    recipientId: candidateId,
    kind: NotificationKind.INVITED_TO_APPLY,
    title: `${inviterName} invites you to apply to “${opportunity.title}”`,
    body: `${inviterName} thinks “${opportunity.title}” fits you (${opportunity.hoursPerWeek} hours a week). Read it and apply if it interests you; as with any application, your manager is asked for the time.`,
    link: `/marketplace/${opportunity.id}`,
  };
}
