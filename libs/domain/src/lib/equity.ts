import { ApplicationStatus } from './marketplace';

/**
 * The equity of access report: who applied for, was offered and was placed in stretch work, by
 * group, as rates against the people who could have. Pure: the API counts, this decides what may be
 * shown and what stands out.
 */

/** Groups of fewer people than this are never shown: their figures would point at individuals. */
export const EQUITY_SUPPRESSION_THRESHOLD = 5;

/**
 * The four-fifths rule (US EEOC Uniform Guidelines): a group whose placement rate is under 80% of the
 * best-placed group's is flagged for a closer look; it is a signal, not a finding.
 */
export const FOUR_FIFTHS = 0.8;

export enum EquityDimension {
  /** The person's top-level org unit today. */
  FUNCTION = 'FUNCTION',
  LOCATION = 'LOCATION',
  LEVEL = 'LEVEL',
  /** The sponsor of the opportunities applied to. */
  SPONSOR = 'SPONSOR',
}

export const EQUITY_DIMENSIONS: readonly EquityDimension[] = [
  EquityDimension.FUNCTION,
  EquityDimension.LOCATION,
  EquityDimension.LEVEL,
  EquityDimension.SPONSOR,
];

export const EQUITY_DIMENSION_LABELS: Readonly<Record<EquityDimension, string>> = {
  [EquityDimension.FUNCTION]: 'Function',
  [EquityDimension.LOCATION]: 'Location',
  [EquityDimension.LEVEL]: 'Level',
  [EquityDimension.SPONSOR]: 'Sponsor',
};

/**
 * Who each group's rates are counted against, in words for HR. The API's statement implements these.
 * By function, location and level, the eligible are the people who could have applied: active people
 * with a candidate profile, and anyone who applied in the period (so someone who applied and has since
 * left still counts), grouped by what their record says today. By sponsor, the eligible are the people
 * who applied to that sponsor's opportunities in the period: the rates are the sponsor's own selection.
 */
export const EQUITY_POPULATIONS: Readonly<Record<EquityDimension, string>> = {
  [EquityDimension.FUNCTION]:
    'Active people with a candidate profile, and anyone who applied in the period, by the function their record names today.',
  [EquityDimension.LOCATION]:
    'Active people with a candidate profile, and anyone who applied in the period, by the location their record names today.',
  [EquityDimension.LEVEL]:
    'Active people with a candidate profile, and anyone who applied in the period, by the level their record names today.',
  [EquityDimension.SPONSOR]:
    "People who applied to the sponsor's opportunities in the period: the rates are that sponsor's offers and placements among their applicants.",
};

/** The label of people whose record leaves the dimension empty (no unit, location or level). */
export const EQUITY_NOT_RECORDED = 'Not recorded';

/**
 * An application that reached an offer and still shows it: offered, or accepted. An offer the
 * candidate turned down ends DECLINED, as a manager's refusal does: the API counts a DECLINED
 * application as offered when no consent request for it was declined. An offer the sponsor withdrew
 * (REJECTED) cannot be told from a plain rejection and does not count.
 */
export const OFFERED_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.OFFERED,
  ApplicationStatus.PLACED,
];

export interface EquityCounts {
  /** Distinct people in each: the eligible population, and those of them who applied, were offered, were placed. */
  eligible: number;
  applied: number;
  offered: number;
  placed: number;
}

export interface EquityGroupCounts extends EquityCounts {
  /** Stable key of the group (unit or person id, location or level text); null when not recorded. */
  key: string | null;
  label: string;
}

/**
 * Why a group's figures are hidden: too few people (SMALL_GROUP), or so that a small group cannot be
 * worked out as the total minus the groups shown (COMPLEMENT).
 */
export type EquitySuppression = 'SMALL_GROUP' | 'COMPLEMENT';

export interface EquityRow {
  key: string | null;
  label: string;
  /** Null when suppressed, like every figure of the row. */
  eligible: number | null;
  applied: number | null;
  offered: number | null;
  placed: number | null;
  appliedRate: number | null;
  offeredRate: number | null;
  placedRate: number | null;
  suppressed: boolean;
  suppression: EquitySuppression | null;
  /** The group's placement rate over the organization's. */
  placedRatioToOverall: number | null;
  /** The group's placement rate over the best-placed shown group's. */
  placedRatioToBest: number | null;
  /** Under four fifths of the best-placed group's rate (see FOUR_FIFTHS). */
  belowFourFifths: boolean;
}

export interface EquityTable {
  overall: EquityRow;
  groups: EquityRow[];
}

/**
 * Which groups to hide. Primary: fewer than EQUITY_SUPPRESSION_THRESHOLD people. Secondary: while the
 * hidden groups could be recovered as the total minus the shown ones — a single hidden group, or
 * hidden groups with fewer than the threshold together — the smallest shown group is hidden too.
 * By sponsor the groups overlap (one person may apply to two sponsors), so subtraction does not
 * recover them exactly; the same rule still applies there, erring on the side of hiding.
 */
export function equitySuppressions(
  groups: readonly Pick<EquityGroupCounts, 'key' | 'label' | 'eligible'>[],
): Map<string | null, EquitySuppression> {
  const hidden = new Map<string | null, EquitySuppression>();
  for (const group of groups) {
    if (group.eligible < EQUITY_SUPPRESSION_THRESHOLD) hidden.set(group.key, 'SMALL_GROUP');
  }
  const shown = groups
    .filter((group) => !hidden.has(group.key))
    .sort((a, b) => a.eligible - b.eligible || a.label.localeCompare(b.label));
  const hiddenPeople = () =>
    groups.filter((group) => hidden.has(group.key)).reduce((sum, group) => sum + group.eligible, 0);
  while (
    hidden.size > 0 &&
    shown.length > 0 &&
    (hidden.size === 1 || hiddenPeople() < EQUITY_SUPPRESSION_THRESHOLD)
  ) {
    const next = shown.shift() as Pick<EquityGroupCounts, 'key'>;
    hidden.set(next.key, 'COMPLEMENT');
  }
  return hidden;
}

const rate = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

function shownRow(counts: EquityGroupCounts): EquityRow {
  return {
    key: counts.key,
    label: counts.label,
    eligible: counts.eligible,
    applied: counts.applied,
    offered: counts.offered,
    placed: counts.placed,
    appliedRate: rate(counts.applied, counts.eligible),
    offeredRate: rate(counts.offered, counts.eligible),
    placedRate: rate(counts.placed, counts.eligible),
    suppressed: false,
    suppression: null,
    placedRatioToOverall: null,
    placedRatioToBest: null,
    belowFourFifths: false,
  };
}

function hiddenRow(counts: EquityGroupCounts, suppression: EquitySuppression): EquityRow {
  return {
    key: counts.key,
    label: counts.label,
    eligible: null,
    applied: null,
    offered: null,
    placed: null,
    appliedRate: null,
    offeredRate: null,
    placedRate: null,
    suppressed: true,
    suppression,
    placedRatioToOverall: null,
    placedRatioToBest: null,
    belowFourFifths: false,
  };
}

/**
 * One dimension's table: each group's rates against its eligible population, small groups
 * suppressed (see `equitySuppressions`), and each shown group's placement rate against the
 * organization's and against the best-placed shown group's (flagged under four fifths).
 * Groups come out by label, "Not recorded" last.
 */
export function equityTable(groups: readonly EquityGroupCounts[], overall: EquityCounts): EquityTable {
  const overallCounts: EquityGroupCounts = { ...overall, key: null, label: 'Organization' };
  const overallRow =
    overall.eligible < EQUITY_SUPPRESSION_THRESHOLD
      ? hiddenRow(overallCounts, 'SMALL_GROUP')
      : shownRow(overallCounts);
  const hidden: Map<string | null, EquitySuppression> = overallRow.suppressed
    ? new Map(groups.map((group) => [group.key, 'SMALL_GROUP' as const]))
    : equitySuppressions(groups);
  const rows = [...groups]
    .sort((a, b) => Number(a.key === null) - Number(b.key === null) || a.label.localeCompare(b.label))
    .map((group) => {
      const suppression = hidden.get(group.key);
      return suppression ? hiddenRow(group, suppression) : shownRow(group);
    });
  const best = Math.max(0, ...rows.map((row) => row.placedRate ?? 0));
  for (const row of rows) {
    if (row.placedRate === null) continue;
    if (overallRow.placedRate) row.placedRatioToOverall = row.placedRate / overallRow.placedRate;
    if (best > 0) {
      row.placedRatioToBest = row.placedRate / best;
      row.belowFourFifths = row.placedRatioToBest < FOUR_FIFTHS;
    }
  }
  return { overall: overallRow, groups: rows };
}

export interface EquityPeriod {
  /** YYYY-MM-DD, both ends included. */
  from: string;
  to: string;
}

/** Default period: the twelve months up to today (a year ago tomorrow through today). */
export function defaultEquityPeriod(today: string): EquityPeriod {
  const [year, month, day] = today.split('-').map(Number);
  // The same day a year earlier (29 February becomes the 28th), then the day after it.
  const lastDayAYearEarlier = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const from = new Date(Date.UTC(year - 1, month - 1, Math.min(day, lastDayAYearEarlier) + 1));
  return { from: from.toISOString().slice(0, 10), to: today };
}

/**
 * The period asked for, its missing ends filled in (to: today; from: twelve months before `to`), or
 * the problem with it, naming the field. Dates are already valid YYYY-MM-DD.
 */
export function equityPeriod(
  asked: { from?: string | null; to?: string | null },
  today: string,
): EquityPeriod | { field: 'from' | 'to'; message: string } {
  const to = asked.to ?? today;
  const from = asked.from ?? defaultEquityPeriod(to).from;
  if (to < from)
    return {
      field: 'to',
      message: `The period ends (${to}) before it starts (${from}): choose an end date on or after the start date.`,
    };
  return { from, to };
}
