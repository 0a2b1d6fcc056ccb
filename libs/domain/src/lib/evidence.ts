import { FrameworkCapability } from './leadership-framework';

/**
 * Evidence: what an observation must hold, who may record one about a candidate, and how long its
 * observer may correct it. The API checks these before writing and the web form shows the same limits.
 */

export enum ObservationVisibility {
  /** The candidate reads it (and, unless the organization hides observer names, who wrote it). */
  SHARED = 'SHARED',
  /** HR (and the observer) only. */
  HR_ONLY = 'HR_ONLY',
}

export enum ObservationRequestStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  DECLINED = 'DECLINED',
}

/** Why someone may observe a candidate: the relationships that let a person see them lead. */
export enum ObserverRelationship {
  HR = 'HR',
  MANAGER = 'MANAGER',
  /** Sponsors one of the candidate's placements. */
  SPONSOR = 'SPONSOR',
  /** Is mentored by the candidate, through a MENTORSHIP placement. */
  MENTEE = 'MENTEE',
  /** The candidate or HR asked them for an observation. */
  REQUESTED = 'REQUESTED',
}

export const OBSERVATION_LIMITS = {
  minRating: 1,
  maxRating: 4,
  /** Situation, Behaviour and Impact each. */
  maxTextLength: 4000,
  /** The observer may correct an observation this long after recording it; then it is immutable. */
  amendHours: 24,
  /** The question of a request for evidence. */
  maxQuestionLength: 500,
} as const;

/** The people around a candidate whose observations count, as the API reads them. */
export interface ObserverFacts {
  candidateId: string;
  managerId: string | null;
  /** Sponsors of the candidate's placements, past and present. */
  sponsorIds: readonly string[];
  /** Mentees of the candidate's MENTORSHIP placements, past and present. */
  menteeIds: readonly string[];
  /** Whom the candidate or HR asked for an observation (requests not declined). */
  requestedObserverIds: readonly string[];
}

/** Every relationship that lets `observerId` observe the candidate; empty when there is none. */
export function observerRelationships(
  observer: { personId: string; isHr: boolean },
  facts: ObserverFacts,
): ObserverRelationship[] {
  if (observer.personId === facts.candidateId) return [];
  const id = observer.personId;
  const found: [ObserverRelationship, boolean][] = [
    [ObserverRelationship.HR, observer.isHr],
    [ObserverRelationship.MANAGER, facts.managerId === id],
    [ObserverRelationship.SPONSOR, facts.sponsorIds.includes(id)],
    [ObserverRelationship.MENTEE, facts.menteeIds.includes(id)],
    [ObserverRelationship.REQUESTED, facts.requestedObserverIds.includes(id)],
  ];
  return found.filter(([, holds]) => holds).map(([relationship]) => relationship);
}

/**
 * The candidate's placements an observer can tie an observation to: HR, the candidate's manager and
 * anyone asked see them all; a sponsor those of their own opportunities; a mentee their mentorship.
 */
export function placementsToObserve<P extends { sponsorId: string; menteeId: string | null }>(
  observer: { personId: string; isHr: boolean },
  facts: ObserverFacts,
  placements: readonly P[],
): P[] {
  const relationships = observerRelationships(observer, facts);
  const seesAll = relationships.some((relationship) =>
    [ObserverRelationship.HR, ObserverRelationship.MANAGER, ObserverRelationship.REQUESTED].includes(
      relationship,
    ),
  );
  return placements.filter(
    (placement) =>
      relationships.length > 0 &&
      (seesAll || placement.sponsorId === observer.personId || placement.menteeId === observer.personId),
  );
}

export interface ObservationDraft {
  capabilityKey: string;
  indicatorKey: string;
  rating: number;
  situation: string;
  behaviour: string;
  impact: string;
  /** YYYY-MM-DD. */
  observedOn: string;
}

/** One field an observation cannot be recorded with, and why, in words for the observer. */
export interface ObservationProblem {
  field: keyof ObservationDraft;
  message: string;
}

/**
 * Everything wrong with an observation before it is recorded; empty when it may be. `capabilities` is
 * the organization's framework; `today` and `candidateJoinedOn` are YYYY-MM-DD.
 */
export function observationProblems(
  draft: ObservationDraft,
  context: { capabilities: readonly FrameworkCapability[]; today: string; candidateJoinedOn: string | null },
): ObservationProblem[] {
  const problems: ObservationProblem[] = [];
  const { minRating, maxRating, maxTextLength } = OBSERVATION_LIMITS;
  const capability = context.capabilities.find((c) => c.key === draft.capabilityKey);
  if (!capability)
    problems.push({
      field: 'capabilityKey',
      message: 'Choose a capability of your organization’s framework.',
    });
  else if (!capability.indicators.some((indicator) => indicator.key === draft.indicatorKey))
    problems.push({
      field: 'indicatorKey',
      message: `Choose one of the behaviours or warning signs listed for ${capability.name}.`,
    });
  if (!Number.isInteger(draft.rating) || draft.rating < minRating || draft.rating > maxRating)
    problems.push({ field: 'rating', message: `Rate from ${minRating} to ${maxRating} on the scale shown.` });
  const texts: [keyof ObservationDraft & ('situation' | 'behaviour' | 'impact'), string][] = [
    ['situation', 'the situation'],
    ['behaviour', 'what they did'],
    ['impact', 'the impact it had'],
  ];
  for (const [field, what] of texts) {
    const text = draft[field].trim();
    if (text.length === 0) problems.push({ field, message: `Describe ${what}.` });
    else if (text.length > maxTextLength)
      problems.push({
        field,
        message: `Keep ${what} to ${maxTextLength} characters (it has ${text.length}).`,
      });
  }
  if (draft.observedOn > context.today)
    problems.push({ field: 'observedOn', message: 'The date observed cannot be in the future.' });
  else if (context.candidateJoinedOn && draft.observedOn < context.candidateJoinedOn)
    problems.push({
      field: 'observedOn',
      message: `The date observed is before the candidate joined (${context.candidateJoinedOn}).`,
    });
  return problems;
}

export interface ReflectionDraft {
  text: string;
  /** The capability it is about, if the candidate names one. */
  capabilityKey: string | null;
}

/** One field a reflection cannot be written with, and why, in words for its author. */
export interface ReflectionProblem {
  field: keyof ReflectionDraft;
  message: string;
}

/** Everything wrong with a candidate's reflection before it is written; its text has the limits of an observation's. */
export function reflectionProblems(
  draft: ReflectionDraft,
  capabilities: readonly FrameworkCapability[],
): ReflectionProblem[] {
  const problems: ReflectionProblem[] = [];
  const { maxTextLength } = OBSERVATION_LIMITS;
  const text = draft.text.trim();
  if (text.length === 0) problems.push({ field: 'text', message: 'Write your reflection.' });
  else if (text.length > maxTextLength)
    problems.push({
      field: 'text',
      message: `Keep your reflection to ${maxTextLength} characters (it has ${text.length}).`,
    });
  if (draft.capabilityKey !== null && !capabilities.some((c) => c.key === draft.capabilityKey))
    problems.push({
      field: 'capabilityKey',
      message: 'Choose a capability of your organization’s framework, or none.',
    });
  return problems;
}

/** Whether the observer may still correct an observation recorded at `recordedAt`. */
export function amendable(recordedAt: Date, now: Date): boolean {
  return now.getTime() - recordedAt.getTime() < OBSERVATION_LIMITS.amendHours * 3_600_000;
}
