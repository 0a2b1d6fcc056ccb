import { NotificationKind } from '@bridge/domain';
import type { NewNotification } from '../notifications/notifications.service';
import type { NoticeOpportunity } from './application-notices';

/** The words of every notice about placements: pure, so they are tested apart from the services. */

/** Accepting places the candidate; the work itself begins on its start date. */
export function placementAccepted(
  organizationId: string,
  placement: {
    candidateId: string;
    candidateName: string;
    managerId: string | null;
    startsOn: string;
    today: string;
  },
  opportunity: NoticeOpportunity,
): NewNotification[] {
  const { candidateName, startsOn } = placement;
  const upcoming = startsOn > placement.today;
  const hours = `${opportunity.hoursPerWeek} hours a week`;
  const notices: NewNotification[] = [
    {
      organizationId,
      recipientId: opportunity.sponsorId,
      kind: NotificationKind.OFFER_ACCEPTED,
      title: `${candidateName} accepted “${opportunity.title}”`,
      body: upcoming
        ? `${candidateName} is placed on “${opportunity.title}” for ${hours}, starting on ${startsOn}.`
        : `${candidateName} is placed on “${opportunity.title}” for ${hours}.`,
      link: `/opportunities/${opportunity.id}/applicants`,
    },
    {
      organizationId,
      recipientId: placement.candidateId,
      kind: NotificationKind.PLACEMENT_STARTED,
      title: upcoming
        ? `Your placement on “${opportunity.title}” starts on ${startsOn}`
        : `Your placement on “${opportunity.title}” has started`,
      body: upcoming
        ? `You are placed for ${hours} from ${startsOn}; the time is set aside for it from now.`
        : `You are placed for ${hours}. Good luck!`,
      link: '/marketplace/applications',
    },
  ];
  if (placement.managerId)
    notices.push({
      organizationId,
      recipientId: placement.managerId,
      kind: NotificationKind.PLACEMENT_STARTED,
      title: upcoming
        ? `${candidateName} starts on “${opportunity.title}” on ${startsOn}`
        : `${candidateName} started on “${opportunity.title}”`,
      body: `${candidateName} is placed for ${hours}.`,
    });
  return notices;
}

export function placementEnded(
  organizationId: string,
  candidateId: string,
  opportunity: NoticeOpportunity,
  completed: boolean,
  reason: string | null,
): NewNotification {
  return {
    organizationId,
    recipientId: candidateId,
    kind: NotificationKind.PLACEMENT_ENDED,
    title: completed
      ? `“${opportunity.title}” is complete`
      : `Your placement on “${opportunity.title}” ended early`,
    body: completed
      ? 'The sponsor marked your placement completed. Well done.'
      : `The sponsor's reason: ${reason}`,
    link: '/marketplace/applications',
  };
}
