/** The marketplace's vocabulary and rules, shared by the API (which enforces them) and the web client (which explains them). */

export enum OpportunityKind {
  STRETCH_PROJECT = 'STRETCH_PROJECT',
  MENTORSHIP = 'MENTORSHIP',
}

export enum OpportunityStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ApplicationStatus {
  /** With the sponsor: no consent needed (no manager) or the manager has consented. */
  SUBMITTED = 'SUBMITTED',
  /** Waiting for the candidate's manager (or whoever the request escalated to). */
  AWAITING_CONSENT = 'AWAITING_CONSENT',
  SHORTLISTED = 'SHORTLISTED',
  OFFERED = 'OFFERED',
  PLACED = 'PLACED',
  /** The manager refused the time, or the candidate turned the offer down. */
  DECLINED = 'DECLINED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum PlacementStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  ENDED_EARLY = 'ENDED_EARLY',
}

export enum ConsentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  /** Not answered by its deadline: passed to the approver's own manager. */
  ESCALATED = 'ESCALATED',
  /** The application ended (withdrawn, rejected) before anyone decided. */
  CANCELLED = 'CANCELLED',
}

export enum NotificationKind {
  CONSENT_REQUESTED = 'CONSENT_REQUESTED',
  CONSENT_DECIDED = 'CONSENT_DECIDED',
  CONSENT_ESCALATED = 'CONSENT_ESCALATED',
  APPLICATION_RECEIVED = 'APPLICATION_RECEIVED',
  APPLICATION_SHORTLISTED = 'APPLICATION_SHORTLISTED',
  APPLICATION_OFFERED = 'APPLICATION_OFFERED',
  APPLICATION_REJECTED = 'APPLICATION_REJECTED',
  APPLICATION_WITHDRAWN = 'APPLICATION_WITHDRAWN',
  OFFER_ACCEPTED = 'OFFER_ACCEPTED',
  OFFER_DECLINED = 'OFFER_DECLINED',
  PLACEMENT_STARTED = 'PLACEMENT_STARTED',
  PLACEMENT_ENDED = 'PLACEMENT_ENDED',
  OBSERVATION_RECORDED = 'OBSERVATION_RECORDED',
  OBSERVATION_REQUESTED = 'OBSERVATION_REQUESTED',
  OBSERVATION_REQUEST_DECLINED = 'OBSERVATION_REQUEST_DECLINED',
  PROMOTION_REVIEW_DECIDED = 'PROMOTION_REVIEW_DECIDED',
  /** A sponsor (or HR) invited the candidate to apply to an opportunity that fits them. */
  INVITED_TO_APPLY = 'INVITED_TO_APPLY',
  /** HR or a sponsor accepted a matching round's proposal for the candidate. */
  MATCH_PROPOSED = 'MATCH_PROPOSED',
}

export const OPPORTUNITY_LIMITS = {
  minSeats: 1,
  maxSeats: 50,
  minHoursPerWeek: 1,
  maxHoursPerWeek: 40,
  minTitleLength: 3,
  maxTitleLength: 140,
  maxDescriptionLength: 8000,
  maxCapabilities: 8,
  maxSkills: 20,
  maxSkillLength: 60,
} as const;

export const PROFILE_LIMITS = {
  /** 0 means "not available for stretch work right now". */
  minHoursPerWeek: 0,
  maxHoursPerWeek: 40,
  maxMentees: 5,
  maxProjects: 3,
  maxHeadlineLength: 200,
} as const;

export const APPLICATION_LIMITS = {
  maxMotivationLength: 4000,
  maxReasonLength: 2000,
} as const;

/** Defaults a candidate gets until they say otherwise (DESIGN section 6: 1 project, 2 mentees). */
export const DEFAULT_CANDIDATE_CAPACITY = { projects: 1, mentees: 2, hoursPerWeek: 4 } as const;

/** Default working days a manager has to answer a consent request before it goes up a level. */
export const DEFAULT_CONSENT_WORKING_DAYS = 5;

/** An application still in play: at most one per candidate and opportunity. */
export const LIVE_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.AWAITING_CONSENT,
  ApplicationStatus.SHORTLISTED,
  ApplicationStatus.OFFERED,
  ApplicationStatus.PLACED,
];

/** How an application began: the candidate applied, or HR or the sponsor accepted a matching round's proposal. */
export enum ApplicationOrigin {
  APPLIED = 'APPLIED',
  MATCH_PROPOSAL = 'MATCH_PROPOSAL',
}

export type ApplicationAction =
  | 'consentApproved'
  | 'consentApprovedOffer'
  | 'consentDeclined'
  | 'shortlist'
  | 'offer'
  | 'reject'
  | 'accept'
  | 'declineOffer'
  | 'withdraw';

/** The application state machine: for each action, the states it may start from and where it leads. */
export const APPLICATION_TRANSITIONS: Readonly<
  Record<ApplicationAction, { from: readonly ApplicationStatus[]; to: ApplicationStatus }>
> = {
  consentApproved: { from: [ApplicationStatus.AWAITING_CONSENT], to: ApplicationStatus.SUBMITTED },
  // An accepted proposal is already the sponsor's choice: the manager's consent makes it an offer.
  consentApprovedOffer: { from: [ApplicationStatus.AWAITING_CONSENT], to: ApplicationStatus.OFFERED },
  consentDeclined: { from: [ApplicationStatus.AWAITING_CONSENT], to: ApplicationStatus.DECLINED },
  shortlist: { from: [ApplicationStatus.SUBMITTED], to: ApplicationStatus.SHORTLISTED },
  offer: {
    from: [ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED],
    to: ApplicationStatus.OFFERED,
  },
  reject: {
    from: [
      ApplicationStatus.SUBMITTED,
      ApplicationStatus.AWAITING_CONSENT,
      ApplicationStatus.SHORTLISTED,
      ApplicationStatus.OFFERED,
    ],
    to: ApplicationStatus.REJECTED,
  },
  accept: { from: [ApplicationStatus.OFFERED], to: ApplicationStatus.PLACED },
  declineOffer: { from: [ApplicationStatus.OFFERED], to: ApplicationStatus.DECLINED },
  withdraw: {
    from: [
      ApplicationStatus.SUBMITTED,
      ApplicationStatus.AWAITING_CONSENT,
      ApplicationStatus.SHORTLISTED,
      ApplicationStatus.OFFERED,
    ],
    to: ApplicationStatus.WITHDRAWN,
  },
};

/** Where the action leads from this state, or undefined when the state machine does not allow it. */
export function nextApplicationStatus(
  current: ApplicationStatus,
  action: ApplicationAction,
): ApplicationStatus | undefined {
  const transition = APPLICATION_TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : undefined;
}

/** The manager's answer as a step of the state machine, for an application of this origin. */
export function consentAction(approve: boolean, origin: ApplicationOrigin): ApplicationAction {
  if (!approve) return 'consentDeclined';
  return origin === ApplicationOrigin.MATCH_PROPOSAL ? 'consentApprovedOffer' : 'consentApproved';
}

/**
 * Where a new application starts: with the manager when the candidate has one; otherwise with the
 * sponsor, or, for an accepted proposal, as an offer to the candidate.
 */
export function firstApplicationStatus(hasManager: boolean, origin: ApplicationOrigin): ApplicationStatus {
  if (hasManager) return ApplicationStatus.AWAITING_CONSENT;
  return origin === ApplicationOrigin.MATCH_PROPOSAL
    ? ApplicationStatus.OFFERED
    : ApplicationStatus.SUBMITTED;
}

export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  [ApplicationStatus.SUBMITTED]: 'With the sponsor',
  [ApplicationStatus.AWAITING_CONSENT]: 'Waiting for manager consent',
  [ApplicationStatus.SHORTLISTED]: 'Shortlisted',
  [ApplicationStatus.OFFERED]: 'Offered',
  [ApplicationStatus.PLACED]: 'Placed',
  [ApplicationStatus.DECLINED]: 'Declined',
  [ApplicationStatus.REJECTED]: 'Not selected',
  [ApplicationStatus.WITHDRAWN]: 'Withdrawn',
};

/**
 * The moment `workingDays` working days (Monday–Friday, UTC) after `from`, at the same time of day.
 * Public holidays differ by country and are not modelled; organizations set the number of days.
 */
export function addWorkingDays(from: Date, workingDays: number): Date {
  const result = new Date(from.getTime());
  let remaining = workingDays;
  while (remaining > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const day = result.getUTCDay();
    if (day !== 0 && day !== 6) remaining -= 1;
  }
  return result;
}

/** Skills compare case-insensitively and without surrounding spaces; stored as the person wrote them, once. */
export function normalizeSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of skills) {
    const skill = raw.trim().replace(/\s+/g, ' ');
    const key = skill.toLowerCase();
    if (!skill || seen.has(key)) continue;
    seen.add(key);
    result.push(skill);
  }
  return result;
}
