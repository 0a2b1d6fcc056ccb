import { APPLICATION_STATUS_LABELS, type ApplicationStatus as DomainApplicationStatus } from '@bridge/domain';
import type {
  ApplicationStatus,
  ConsentStatus,
  OpportunityKind,
  OpportunityStatus,
  PlacementStatus,
} from '../graphql/generated';

export const OPPORTUNITY_KIND_LABELS: Readonly<Record<OpportunityKind, string>> = {
  STRETCH_PROJECT: 'Lead a project',
  MENTORSHIP: 'Mentor someone',
};

export const OPPORTUNITY_STATUS_LABELS: Readonly<Record<OpportunityStatus, string>> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  CLOSED: 'Closed',
};

export const PLACEMENT_STATUS_LABELS: Readonly<Record<PlacementStatus, string>> = {
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  ENDED_EARLY: 'Ended early',
};

export const CONSENT_STATUS_LABELS: Readonly<Record<ConsentStatus, string>> = {
  PENDING: 'Waiting for',
  APPROVED: 'Approved by',
  DECLINED: 'Declined by',
  ESCALATED: 'Not answered in time by',
  CANCELLED: 'No longer needed from',
};

/** The domain's enum and the API's generated type are the same strings; the domain's rules take its enum. */
export function asDomainStatus(status: ApplicationStatus): DomainApplicationStatus {
  return status as DomainApplicationStatus;
}

export function applicationStatusLabel(status: ApplicationStatus): string {
  return APPLICATION_STATUS_LABELS[asDomainStatus(status)];
}

const CALENDAR_DAY = new Intl.DateTimeFormat('en', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A YYYY-MM-DD date as "Mar 3, 2026"; read at UTC so no time zone moves it a day. */
export function formatDay(day: string): string {
  return CALENDAR_DAY.format(new Date(`${day}T00:00:00Z`));
}

export function formatDateRange(
  startsOn: string | null | undefined,
  endsOn: string | null | undefined,
): string {
  if (startsOn && endsOn) return `${formatDay(startsOn)} – ${formatDay(endsOn)}`;
  if (startsOn) return `From ${formatDay(startsOn)}`;
  if (endsOn) return `Until ${formatDay(endsOn)}`;
  return 'No dates set';
}
