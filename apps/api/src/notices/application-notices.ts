import { NotificationKind } from '@bridge/domain';
import type { NewNotification } from '../notifications/notifications.service';

/** The words of every notice about applications: pure, so they are tested apart from the services. */

/** What a notice needs to know of the opportunity it is about. */
export interface NoticeOpportunity {
  id: string;
  title: string;
  sponsorId: string;
  hoursPerWeek: number;
  startsOn: string | null;
  endsOn: string | null;
}

const applicantsLink = (opportunity: NoticeOpportunity) => `/opportunities/${opportunity.id}/applicants`;
const MY_APPLICATIONS = '/marketplace/applications';

/** To the sponsor, once an application reaches them: at once without a manager, or after consent. */
export function applicationReceived(
  organizationId: string,
  opportunity: NoticeOpportunity,
  candidateName: string,
  consented: boolean,
): NewNotification {
  return {
    organizationId,
    recipientId: opportunity.sponsorId,
    kind: NotificationKind.APPLICATION_RECEIVED,
    title: `${candidateName} applied to “${opportunity.title}”`,
    body: consented
      ? `${candidateName}'s manager agreed to ${opportunity.hoursPerWeek} hours a week. The application is ready for your review.`
      : `${candidateName} applied and is ready for your review.`,
    link: applicantsLink(opportunity),
  };
}

export function applicationWithdrawn(
  organizationId: string,
  opportunity: NoticeOpportunity,
  candidateName: string,
): NewNotification {
  return {
    organizationId,
    recipientId: opportunity.sponsorId,
    kind: NotificationKind.APPLICATION_WITHDRAWN,
    title: `${candidateName} withdrew from “${opportunity.title}”`,
    body: `${candidateName} withdrew their application.`,
    link: applicantsLink(opportunity),
  };
}

export function applicationShortlisted(
  organizationId: string,
  candidateId: string,
  opportunity: NoticeOpportunity,
): NewNotification {
  return {
    organizationId,
    recipientId: candidateId,
    kind: NotificationKind.APPLICATION_SHORTLISTED,
    title: `You are shortlisted for “${opportunity.title}”`,
    body: 'The sponsor shortlisted your application.',
    link: MY_APPLICATIONS,
  };
}

export function applicationRejected(
  organizationId: string,
  candidateId: string,
  opportunity: NoticeOpportunity,
  reason: string,
): NewNotification {
  return {
    organizationId,
    recipientId: candidateId,
    kind: NotificationKind.APPLICATION_REJECTED,
    title: `Not selected for “${opportunity.title}”`,
    body: `The sponsor's reason: ${reason}`,
    link: MY_APPLICATIONS,
  };
}

/** To the candidate; `warning` says what accepting needs when their time is full today. */
export function applicationOffered(
  organizationId: string,
  candidateId: string,
  opportunity: NoticeOpportunity,
  warning: string | null,
): NewNotification {
  return {
    organizationId,
    recipientId: candidateId,
    kind: NotificationKind.APPLICATION_OFFERED,
    title: `You have an offer for “${opportunity.title}”`,
    body: `Accept or decline it in My applications. ${opportunity.hoursPerWeek} hours a week.${warning ? ` ${warning}` : ''}`,
    link: MY_APPLICATIONS,
  };
}

export function offerDeclined(
  organizationId: string,
  opportunity: NoticeOpportunity,
  candidateName: string,
  reason: string | null,
): NewNotification {
  return {
    organizationId,
    recipientId: opportunity.sponsorId,
    kind: NotificationKind.OFFER_DECLINED,
    title: `${candidateName} declined your offer for “${opportunity.title}”`,
    body: reason ? `Their reason: ${reason}` : `${candidateName} declined the offer.`,
    link: applicantsLink(opportunity),
  };
}

/** To a candidate whose open application ended because the opportunity closed (by hand, or at its end date). */
export function opportunityClosed(
  organizationId: string,
  candidateId: string,
  opportunity: NoticeOpportunity,
  ended: boolean,
): NewNotification {
  return {
    organizationId,
    recipientId: candidateId,
    kind: NotificationKind.APPLICATION_REJECTED,
    title: `“${opportunity.title}” has closed`,
    body: ended
      ? `“${opportunity.title}” reached its end date (${opportunity.endsOn}), so your application ends here.`
      : `The sponsor closed “${opportunity.title}”, so your application ends here.`,
    link: MY_APPLICATIONS,
  };
}
