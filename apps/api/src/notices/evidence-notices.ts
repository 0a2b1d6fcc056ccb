import {
  NotificationKind,
  ObservationVisibility,
  PROMOTION_DECISION_LABELS,
  PromotionDecision,
  ReviewSnapshot,
} from '@bridge/domain';
import type { NewNotification } from '../notifications/notifications.service';

/** The words of every notice about evidence: pure, so they are tested apart from the services. */

/** To the candidate, for a shared observation only: one for HR alone must not even be announced. */
export function observationRecorded(
  observation: { organizationId: string; candidateId: string; visibility: ObservationVisibility },
  observerName: string,
  capabilityName: string,
): NewNotification[] {
  if (observation.visibility !== ObservationVisibility.SHARED) return [];
  return [
    {
      organizationId: observation.organizationId,
      recipientId: observation.candidateId,
      kind: NotificationKind.OBSERVATION_RECORDED,
      title: `${observerName} recorded an observation of your leadership`,
      body: `It is about ${capabilityName}. Read it under My growth.`,
      link: '/growth',
    },
  ];
}

/** To the colleague asked, with a link to the form already filled in for this candidate. */
export function observationRequested(
  request: {
    organizationId: string;
    id: string;
    candidateId: string;
    requestedById: string;
    observerId: string;
    question: string;
  },
  candidateName: string,
  askedByName: string,
): NewNotification {
  // A candidate asking about themselves is not "observation of Alex" from Alex.
  const about = request.requestedById === request.candidateId ? 'their leadership' : candidateName;
  return {
    organizationId: request.organizationId,
    recipientId: request.observerId,
    kind: NotificationKind.OBSERVATION_REQUESTED,
    title: `${askedByName} asks for your observation of ${about}`,
    body: `“${request.question}” Record what you saw, or decline if you cannot say.`,
    link: `/evidence/requests/${request.id}`,
  };
}

/** To the sponsor or mentee of a placement just completed: Bridge asks, on the candidate's behalf. */
export function placementObservationRequested(
  request: { organizationId: string; id: string; observerId: string; question: string },
  candidateName: string,
  placementTitle: string,
): NewNotification {
  return {
    organizationId: request.organizationId,
    recipientId: request.observerId,
    kind: NotificationKind.OBSERVATION_REQUESTED,
    title: `“${placementTitle}” is complete: how did ${candidateName} lead?`,
    body: `“${request.question}” Record what you saw while it is fresh, or decline if you cannot say.`,
    link: `/evidence/requests/${request.id}`,
  };
}

/** To whoever asked: the colleague declined, and why if they said. */
export function observationRequestDeclined(
  request: { organizationId: string; requestedById: string },
  observerName: string,
  candidateName: string,
  reason: string | null,
): NewNotification {
  return {
    organizationId: request.organizationId,
    recipientId: request.requestedById,
    kind: NotificationKind.OBSERVATION_REQUEST_DECLINED,
    title: `${observerName} declined to observe ${candidateName}`,
    body: reason ? `Their reason: ${reason}. You could ask someone else.` : 'You could ask someone else.',
    link: '/evidence',
  };
}

/** To the candidate: the outcome and where to read the development plan; never the evidence behind it. */
export function promotionReviewDecided(review: {
  organizationId: string;
  id: string;
  candidateId: string;
  decision: PromotionDecision | null;
  snapshot: Pick<ReviewSnapshot, 'transitionName'>;
}): NewNotification {
  const outcome = review.decision ? PROMOTION_DECISION_LABELS[review.decision] : 'decided';
  return {
    organizationId: review.organizationId,
    recipientId: review.candidateId,
    kind: NotificationKind.PROMOTION_REVIEW_DECIDED,
    title: `Your promotion review for ${review.snapshot.transitionName}: ${outcome}`,
    body: 'HR has decided your review. Read the outcome and your development plan.',
    link: `/reviews/${review.id}`,
  };
}
