import { NotificationKind } from '@bridge/domain';
import type { NewNotification } from '../notifications/notifications.service';
import type { NoticeOpportunity } from './application-notices';

/** The words of every notice about manager consent: pure, so they are tested apart from the services. */

const day = (at: Date) => at.toISOString().slice(0, 10);

function datesOf(opportunity: NoticeOpportunity): string {
  if (!opportunity.startsOn) return '';
  return ` from ${opportunity.startsOn}${opportunity.endsOn ? ` to ${opportunity.endsOn}` : ''}`;
}

/** To the manager asked: what the time is for, and by when to answer. */
export function consentRequested(
  organizationId: string,
  approverId: string,
  candidateName: string,
  opportunity: NoticeOpportunity,
  dueAt: Date,
): NewNotification {
  return {
    organizationId,
    recipientId: approverId,
    kind: NotificationKind.CONSENT_REQUESTED,
    title: `${candidateName} asks for time on “${opportunity.title}”`,
    body: `${opportunity.hoursPerWeek} hours a week${datesOf(opportunity)}. Please approve or decline by ${day(dueAt)}.`,
    link: '/consent-requests',
  };
}

/** To the candidate: the manager's answer (and, declined, their reason). */
export function consentDecided(
  organizationId: string,
  candidateId: string,
  approverName: string,
  opportunity: NoticeOpportunity,
  approved: boolean,
  reason: string | null,
): NewNotification {
  return {
    organizationId,
    recipientId: candidateId,
    kind: NotificationKind.CONSENT_DECIDED,
    title: approved
      ? `${approverName} agreed to your time on “${opportunity.title}”`
      : `${approverName} declined your time on “${opportunity.title}”`,
    body: approved
      ? `Your application is now with the sponsor.${reason ? ` ${approverName} said: ${reason}` : ''}`
      : `Reason: ${reason}`,
    link: '/marketplace/applications',
  };
}

/** The three notices of one escalation: the next manager up, the one who let it lapse, the candidate. */
export function consentEscalated(
  organizationId: string,
  escalation: {
    nextApproverId: string;
    previousApproverId: string;
    previousApproverName: string;
    candidateId: string;
    candidateName: string;
    opportunity: NoticeOpportunity;
    dueAt: Date;
    workingDays: number;
  },
): NewNotification[] {
  const { opportunity, candidateName, previousApproverName } = escalation;
  return [
    {
      ...consentRequested(
        organizationId,
        escalation.nextApproverId,
        candidateName,
        opportunity,
        escalation.dueAt,
      ),
      kind: NotificationKind.CONSENT_ESCALATED,
      title: `Escalated to you: consent for ${candidateName}`,
    },
    {
      organizationId,
      recipientId: escalation.previousApproverId,
      kind: NotificationKind.CONSENT_ESCALATED,
      title: `Consent for ${candidateName} went to your manager`,
      body: `You did not answer within ${escalation.workingDays} working days, so the request for “${opportunity.title}” went up a level.`,
    },
    {
      organizationId,
      recipientId: escalation.candidateId,
      kind: NotificationKind.CONSENT_ESCALATED,
      title: `Your consent request for “${opportunity.title}” was escalated`,
      body: `${previousApproverName} did not answer in time, so the request went to their manager.`,
      link: '/marketplace/applications',
    },
  ];
}

/** To HR, when the approver at the top of the reporting line lets a request lapse. */
export function consentOverdueAtTop(
  organizationId: string,
  hrPersonId: string,
  approverName: string,
  candidateName: string,
  opportunity: NoticeOpportunity,
): NewNotification {
  return {
    organizationId,
    recipientId: hrPersonId,
    kind: NotificationKind.CONSENT_ESCALATED,
    title: `Consent for ${candidateName} is overdue`,
    body: `${approverName} has not answered the consent request for “${opportunity.title}” and has no manager to escalate to.`,
    link: '/consent-statistics',
  };
}
