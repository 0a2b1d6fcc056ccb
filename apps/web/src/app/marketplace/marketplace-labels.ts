import {
  APPLICATION_STATUS_LABELS,
  type ApplicationStatus as DomainApplicationStatus,
  LIVE_APPLICATION_STATUSES,
} from '@bridge/domain';
import type { ApplicationStatus, OpportunityKind } from '../graphql/generated';

export const KIND_LABELS: Readonly<Record<OpportunityKind, string>> = {
  STRETCH_PROJECT: 'Lead a project',
  MENTORSHIP: 'Mentor someone',
};

export const KIND_OPTIONS: readonly { value: OpportunityKind; label: string }[] = [
  { value: 'STRETCH_PROJECT', label: KIND_LABELS.STRETCH_PROJECT },
  { value: 'MENTORSHIP', label: KIND_LABELS.MENTORSHIP },
];

export function applicationStatusLabel(status: ApplicationStatus): string {
  // The generated type spells the API's enum as strings; the domain's enum has the same values.
  return APPLICATION_STATUS_LABELS[status as DomainApplicationStatus];
}

/** Still in play: at most one such application per person and opportunity. */
export function isLiveApplication(status: ApplicationStatus): boolean {
  return LIVE_APPLICATION_STATUSES.includes(status as DomainApplicationStatus);
}

export function seatsLeft(opportunity: { seats: number; seatsFilled: number }): number {
  return Math.max(0, opportunity.seats - opportunity.seatsFilled);
}

export function seatsLeftLabel(opportunity: { seats: number; seatsFilled: number }): string {
  const left = seatsLeft(opportunity);
  if (left === 0) return 'No seats left';
  return `${left} of ${opportunity.seats} ${opportunity.seats === 1 ? 'seat' : 'seats'} left`;
}

// Opportunity dates are calendar days (YYYY-MM-DD): read and shown in UTC so no time zone moves them.
const CALENDAR_DAY = new Intl.DateTimeFormat('en', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);

export function dateRangeLabel(
  startsOn: string | null | undefined,
  endsOn: string | null | undefined,
): string {
  if (startsOn && endsOn) return CALENDAR_DAY.formatRange(calendarDay(startsOn), calendarDay(endsOn));
  if (startsOn) return `From ${CALENDAR_DAY.format(calendarDay(startsOn))}`;
  if (endsOn) return `Until ${CALENDAR_DAY.format(calendarDay(endsOn))}`;
  return 'Dates to agree';
}

/** Capability names by framework key; an unknown key (renamed framework, stale cache) shows as the key. */
export function capabilityNames(keys: readonly string[], names: ReadonlyMap<string, string>): string[] {
  return keys.map((key) => names.get(key) ?? key);
}
