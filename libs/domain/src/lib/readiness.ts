import { WarningPattern } from './leadership-framework';

/**
 * Readiness: for a candidate and a target transition, how well the evidence covers the capabilities
 * the transition needs, and how far that evidence can be trusted. Explained, never a black box: every
 * threshold is in READINESS_RULES, the band comes with the rule that produced it in words, and every
 * figure names the observations behind it.
 *
 * - Mean rating: recency-weighted, an observation's weight halving every `halfLifeDays` (180): last
 *   month's behaviour says more about today than last year's, and last year's still counts.
 * - Rater-adjusted mean: the same with each rating less its observer's leniency (see
 *   rater-calibration.ts). The band is decided on it, so a lenient observer cannot make a candidate
 *   READY nor a harsh one hold them back.
 * - A capability is *covered* when it has at least `thinBelow` observations from at least two
 *   observers, the last within `staleAfterMonths`.
 * - Flags: THIN (fewer than 3 observations), SINGLE_OBSERVER, STALE (nothing in 6 months),
 *   RECENT_ONLY (more than half of the observations from the last 60 days: recency bias), WARNING_SIGNS
 *   (a warning sign observed within 6 months), DOMINATED (one of several observers gave more than half).
 * - Band, first rule that applies:
 *   1. INSUFFICIENT_EVIDENCE when fewer than half the capabilities are covered;
 *   2. NOT_YET when a covered capability's adjusted mean is below `notYetBelow` (2: "emerging");
 *   3. READY when every capability is covered, every adjusted mean is at least `readyFrom` (3:
 *      "demonstrating") and no warning sign was seen within 6 months;
 *   4. EMERGING otherwise, naming what stands between the candidate and READY.
 */

export enum ReadinessBand {
  READY = 'READY',
  EMERGING = 'EMERGING',
  NOT_YET = 'NOT_YET',
  INSUFFICIENT_EVIDENCE = 'INSUFFICIENT_EVIDENCE',
}

export enum EvidenceFlag {
  THIN = 'THIN',
  SINGLE_OBSERVER = 'SINGLE_OBSERVER',
  STALE = 'STALE',
  RECENT_ONLY = 'RECENT_ONLY',
  WARNING_SIGNS = 'WARNING_SIGNS',
  DOMINATED = 'DOMINATED',
}

export const EVIDENCE_FLAG_DESCRIPTIONS: Record<EvidenceFlag, string> = {
  [EvidenceFlag.THIN]: 'Fewer than 3 observations.',
  [EvidenceFlag.SINGLE_OBSERVER]: 'Everything comes from one observer.',
  [EvidenceFlag.STALE]: 'Nothing observed in the last 6 months.',
  [EvidenceFlag.RECENT_ONLY]: 'Most of the evidence is from the last 60 days (recency bias).',
  [EvidenceFlag.WARNING_SIGNS]: 'A warning sign was observed in the last 6 months.',
  [EvidenceFlag.DOMINATED]: 'One observer gave more than half of the evidence.',
};

export const READINESS_RULES = {
  halfLifeDays: 180,
  thinBelow: 3,
  staleAfterMonths: 6,
  recentDays: 60,
  /** RECENT_ONLY when more than this share of the observations is recent. */
  recentOnlyShare: 0.5,
  /** DOMINATED when one observer gave more than this share. */
  dominatedShare: 0.5,
  /** INSUFFICIENT_EVIDENCE when fewer than this share of the capabilities is covered. */
  coveredShareToJudge: 0.5,
  readyFrom: 3,
  notYetBelow: 2,
} as const;

/** One observation as readiness needs it. */
export interface EvidenceObservation {
  id: string;
  observerId: string;
  capabilityKey: string;
  rating: number;
  /** YYYY-MM-DD. */
  observedOn: string;
  /** Set when the indicator observed is a warning sign. */
  warningPattern: WarningPattern | null;
  /** The observer works outside the candidate's own team: evidence from further away. */
  observerOutsideTeam: boolean;
}

export interface ReadinessInput {
  /** The capabilities the target transition needs, with the names people read. */
  capabilities: { key: string; name: string }[];
  observations: readonly EvidenceObservation[];
  /** The day readiness is judged on, YYYY-MM-DD. */
  asOf: string;
  /** Each observer's leniency in rating points (rater-calibration.ts); missing observers count as zero. */
  leniency?: ReadonlyMap<string, number>;
}

export interface WarningSignCount {
  pattern: WarningPattern;
  count: number;
  observationIds: string[];
}

export interface CapabilityReadiness {
  key: string;
  name: string;
  observationCount: number;
  distinctObservers: number;
  observersOutsideTeam: number;
  /** Recency-weighted mean rating; null without observations. */
  meanRating: number | null;
  /** The same, each rating less its observer's leniency. */
  adjustedMeanRating: number | null;
  lastObservedOn: string | null;
  warningSigns: WarningSignCount[];
  flags: EvidenceFlag[];
  covered: boolean;
  /** The observations behind every figure above, newest first. */
  observationIds: string[];
}

export interface Readiness {
  band: ReadinessBand;
  /** The rule that decided the band, in words. */
  rule: string;
  /** Every flag raised on any capability. */
  flags: EvidenceFlag[];
  coveredCapabilities: number;
  capabilities: CapabilityReadiness[];
}

const DAY_MS = 86_400_000;
const FLAG_ORDER = Object.values(EvidenceFlag);
const PATTERN_ORDER = Object.values(WarningPattern);

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

function monthsBefore(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

const oneDecimal = (value: number): string => value.toFixed(1);

/** Newest first; ties by id, so the order never depends on how the observations arrived. */
function newestFirst(a: EvidenceObservation, b: EvidenceObservation): number {
  if (a.observedOn !== b.observedOn) return a.observedOn < b.observedOn ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function weightedMean(
  observations: EvidenceObservation[],
  ageDays: (o: EvidenceObservation) => number,
  rating: (o: EvidenceObservation) => number,
) {
  let weights = 0;
  let sum = 0;
  for (const observation of observations) {
    const weight = 0.5 ** (ageDays(observation) / READINESS_RULES.halfLifeDays);
    weights += weight;
    sum += weight * rating(observation);
  }
  return weights === 0 ? null : sum / weights;
}

function capabilityReadiness(
  capability: { key: string; name: string },
  observations: EvidenceObservation[],
  input: ReadinessInput,
): CapabilityReadiness {
  const rules = READINESS_RULES;
  const today = dayNumber(input.asOf);
  const staleBefore = monthsBefore(input.asOf, rules.staleAfterMonths);
  const perObserver = new Map<string, number>();
  for (const observation of observations)
    perObserver.set(observation.observerId, (perObserver.get(observation.observerId) ?? 0) + 1);
  const outside = new Set(observations.filter((o) => o.observerOutsideTeam).map((o) => o.observerId));
  const count = observations.length;
  const lastObservedOn = observations[0]?.observedOn ?? null;
  // Each date parsed once: the means and the recency share all ask each observation's age.
  const ages = new Map(observations.map((o) => [o, Math.max(0, today - dayNumber(o.observedOn))]));
  const ageDays = (o: EvidenceObservation) => ages.get(o) ?? 0;
  const recent = observations.filter((o) => ageDays(o) <= rules.recentDays).length;
  const mostByOne = Math.max(0, ...perObserver.values());

  const warningSigns = PATTERN_ORDER.flatMap((pattern) => {
    const seen = observations.filter((o) => o.warningPattern === pattern);
    return seen.length ? [{ pattern, count: seen.length, observationIds: seen.map((o) => o.id) }] : [];
  });
  const recentWarning = observations.some((o) => o.warningPattern !== null && o.observedOn >= staleBefore);
  const stale = lastObservedOn !== null && lastObservedOn < staleBefore;

  const raised = new Set<EvidenceFlag>();
  if (count < rules.thinBelow) raised.add(EvidenceFlag.THIN);
  if (perObserver.size === 1) raised.add(EvidenceFlag.SINGLE_OBSERVER);
  if (stale) raised.add(EvidenceFlag.STALE);
  if (count > 0 && recent / count > rules.recentOnlyShare) raised.add(EvidenceFlag.RECENT_ONLY);
  if (recentWarning) raised.add(EvidenceFlag.WARNING_SIGNS);
  if (perObserver.size > 1 && mostByOne / count > rules.dominatedShare) raised.add(EvidenceFlag.DOMINATED);

  const leniency = (o: EvidenceObservation) => input.leniency?.get(o.observerId) ?? 0;
  return {
    key: capability.key,
    name: capability.name,
    observationCount: count,
    distinctObservers: perObserver.size,
    observersOutsideTeam: outside.size,
    meanRating: weightedMean(observations, ageDays, (o) => o.rating),
    adjustedMeanRating: weightedMean(observations, ageDays, (o) => o.rating - leniency(o)),
    lastObservedOn,
    warningSigns,
    flags: FLAG_ORDER.filter((flag) => raised.has(flag)),
    covered: count >= rules.thinBelow && perObserver.size >= 2 && !stale,
    observationIds: observations.map((o) => o.id),
  };
}

const names = (capabilities: CapabilityReadiness[]): string => capabilities.map((c) => c.name).join(', ');

function band(capabilities: CapabilityReadiness[]): Pick<Readiness, 'band' | 'rule'> {
  const rules = READINESS_RULES;
  const total = capabilities.length;
  if (total === 0)
    return {
      band: ReadinessBand.INSUFFICIENT_EVIDENCE,
      rule: 'The transition names no capabilities to judge. Add them in the leadership framework.',
    };
  const covered = capabilities.filter((c) => c.covered);
  const coverage = `${rules.thinBelow}+ observations from 2+ observers, the latest within ${rules.staleAfterMonths} months`;
  if (covered.length / total < rules.coveredShareToJudge)
    return {
      band: ReadinessBand.INSUFFICIENT_EVIDENCE,
      rule: `Only ${covered.length} of ${total} capabilities have enough evidence (${coverage}); at least half are needed to judge.`,
    };
  const low = covered.filter((c) => (c.adjustedMeanRating ?? 0) < rules.notYetBelow);
  if (low.length > 0)
    return {
      band: ReadinessBand.NOT_YET,
      rule: `The rater-adjusted mean is below ${rules.notYetBelow} (emerging) in ${low
        .map((c) => `${c.name} (${oneDecimal(c.adjustedMeanRating ?? 0)})`)
        .join(', ')}.`,
    };
  const uncovered = capabilities.filter((c) => !c.covered);
  const belowReady = covered.filter((c) => (c.adjustedMeanRating ?? 0) < rules.readyFrom);
  const warned = capabilities.filter((c) => c.flags.includes(EvidenceFlag.WARNING_SIGNS));
  if (uncovered.length === 0 && belowReady.length === 0 && warned.length === 0)
    return {
      band: ReadinessBand.READY,
      rule: `All ${total} capabilities have enough evidence, each with a rater-adjusted mean of ${rules.readyFrom} (demonstrating) or more, and no warning sign in ${rules.staleAfterMonths} months.`,
    };
  const gaps = [
    uncovered.length ? `not enough evidence yet in ${names(uncovered)} (${coverage})` : '',
    belowReady.length
      ? `a rater-adjusted mean below ${rules.readyFrom} in ${belowReady
          .map((c) => `${c.name} (${oneDecimal(c.adjustedMeanRating ?? 0)})`)
          .join(', ')}`
      : '',
    warned.length ? `warning signs in the last ${rules.staleAfterMonths} months in ${names(warned)}` : '',
  ].filter(Boolean);
  return { band: ReadinessBand.EMERGING, rule: `Not ready yet: ${gaps.join('; ')}.` };
}

/** Readiness of one candidate for one transition, from the observations of its capabilities. */
export function readiness(input: ReadinessInput): Readiness {
  const byCapability = new Map<string, EvidenceObservation[]>(input.capabilities.map((c) => [c.key, []]));
  for (const observation of input.observations)
    byCapability.get(observation.capabilityKey)?.push(observation);
  const capabilities = input.capabilities.map((capability) =>
    capabilityReadiness(capability, (byCapability.get(capability.key) ?? []).sort(newestFirst), input),
  );
  const raised = new Set(capabilities.flatMap((c) => c.flags));
  return {
    ...band(capabilities),
    flags: FLAG_ORDER.filter((flag) => raised.has(flag)),
    coveredCapabilities: capabilities.filter((c) => c.covered).length,
    capabilities,
  };
}
