/**
 * Why a request was refused, as the API's FORBIDDEN and CONFLICT errors carry it in
 * `extensions.reason`. Clients decide on these, never on the message, which is for people.
 */
export enum ErrorReason {
  // Who may do it (FORBIDDEN).
  /** The operation needs a role the person does not hold. */
  PERMISSION_REQUIRED = 'PERMISSION_REQUIRED',
  /** Only the opportunity's sponsor, or HR, may do this. */
  NOT_SPONSOR = 'NOT_SPONSOR',
  /** Only the candidate whose application it is may do this. */
  NOT_CANDIDATE = 'NOT_CANDIDATE',
  /** Only the manager a consent request is addressed to may answer it. */
  NOT_APPROVER = 'NOT_APPROVER',
  /** An admin may not remove their own admin role. */
  OWN_ADMIN_ROLE = 'OWN_ADMIN_ROLE',
  /** No relationship lets the person observe this candidate (see `observerRelationships`). */
  NOT_AN_OBSERVER = 'NOT_AN_OBSERVER',
  /** A candidate may not record an observation of themselves. */
  OWN_EVIDENCE = 'OWN_EVIDENCE',
  /** Only the observer who recorded an observation may correct it. */
  NOT_OBSERVER = 'NOT_OBSERVER',
  /** Only the candidate who wrote a reflection may change who reads it. */
  NOT_AUTHOR = 'NOT_AUTHOR',

  // Eligibility: who may take an opportunity (see `eligibility`).
  /** The candidate sponsors the opportunity, or is the mentee asking for a mentor. */
  OWN_OPPORTUNITY = 'OWN_OPPORTUNITY',
  /** A cross-functional opportunity hosted in the candidate's own function. */
  OWN_FUNCTION = 'OWN_FUNCTION',
  /** A mentorship of someone in the candidate's own reporting line. */
  REPORTING_LINE = 'REPORTING_LINE',
  /** The opportunity is not open (a draft, or closed). */
  NOT_OPEN = 'NOT_OPEN',
  /** The opportunity's end date has passed. */
  OPPORTUNITY_ENDED = 'OPPORTUNITY_ENDED',
  /** Every seat is taken. */
  SEATS_FULL = 'SEATS_FULL',
  /** The candidate has no candidate profile yet. */
  PROFILE_REQUIRED = 'PROFILE_REQUIRED',
  /** More hours a week than the candidate's profile has free. */
  CAPACITY_HOURS = 'CAPACITY_HOURS',
  /** Past the candidate's limit of concurrent projects. */
  CAPACITY_PROJECTS = 'CAPACITY_PROJECTS',
  /** Past the candidate's limit of concurrent mentees. */
  CAPACITY_MENTEES = 'CAPACITY_MENTEES',
  /** The candidate's manager declined the time for this opportunity. */
  MANAGER_REFUSED = 'MANAGER_REFUSED',

  // The state of things (CONFLICT).
  /** The candidate already has a live application to this opportunity. */
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  /** Someone answered or moved it on first (a consent request, an application, a placement). */
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  /** The application's state does not allow this step (see APPLICATION_TRANSITIONS). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** Only a draft can be published or deleted. */
  NOT_A_DRAFT = 'NOT_A_DRAFT',
  /** A closed opportunity cannot be edited or closed again. */
  OPPORTUNITY_CLOSED = 'OPPORTUNITY_CLOSED',
  /** Fewer seats than are already filled. */
  SEATS_BELOW_FILLED = 'SEATS_BELOW_FILLED',
  /** A candidate profile's capacity below the placements the candidate holds now. */
  CAPACITY_BELOW_LOAD = 'CAPACITY_BELOW_LOAD',
  /** A mentee may have only so many open mentor requests. */
  MENTOR_REQUEST_LIMIT = 'MENTOR_REQUEST_LIMIT',
  /** An organization with this slug exists. */
  SLUG_TAKEN = 'SLUG_TAKEN',
  /** The observation was recorded more than 24 hours ago: record a new one that amends it. */
  AMEND_WINDOW_CLOSED = 'AMEND_WINDOW_CLOSED',
  /** A promotion review of this candidate for this transition is open: decide it before opening another. */
  REVIEW_OPEN = 'REVIEW_OPEN',
  /** The candidate was already invited to apply to this opportunity. */
  ALREADY_INVITED = 'ALREADY_INVITED',
  /** A matching round of this organization is queued or running: one at a time. */
  ROUND_RUNNING = 'ROUND_RUNNING',
  /** The matching round has finished (completed, failed or cancelled): it cannot be cancelled. */
  ROUND_FINISHED = 'ROUND_FINISHED',
  /** A later matching round replaced this proposal: accept that round's proposals instead. */
  PROPOSAL_STALE = 'PROPOSAL_STALE',
}

/** The reasons a candidate resolves in their own candidate profile (set it up, give more time, raise a limit). */
export const PROFILE_REASONS: ReadonlySet<ErrorReason> = new Set([
  ErrorReason.PROFILE_REQUIRED,
  ErrorReason.CAPACITY_HOURS,
  ErrorReason.CAPACITY_PROJECTS,
  ErrorReason.CAPACITY_MENTEES,
]);

/** What each reason means, for the schema's documentation. */
export const ERROR_REASON_DESCRIPTIONS: Readonly<Record<ErrorReason, string>> = {
  [ErrorReason.PERMISSION_REQUIRED]: 'FORBIDDEN: the operation needs a role the person does not hold.',
  [ErrorReason.NOT_SPONSOR]: "FORBIDDEN: only the opportunity's sponsor, or HR, may do this.",
  [ErrorReason.NOT_CANDIDATE]: 'FORBIDDEN: only the candidate whose application it is may do this.',
  [ErrorReason.NOT_APPROVER]:
    'FORBIDDEN: only the manager the consent request is addressed to may answer it.',
  [ErrorReason.OWN_ADMIN_ROLE]: 'FORBIDDEN: an admin may not remove their own admin role.',
  [ErrorReason.NOT_AN_OBSERVER]: 'FORBIDDEN: no relationship lets the person observe this candidate.',
  [ErrorReason.OWN_EVIDENCE]: 'FORBIDDEN: a candidate may not record an observation of themselves.',
  [ErrorReason.NOT_OBSERVER]: 'FORBIDDEN: only the observer who recorded an observation may correct it.',
  [ErrorReason.NOT_AUTHOR]: 'FORBIDDEN: only the candidate who wrote a reflection may change who reads it.',
  [ErrorReason.OWN_OPPORTUNITY]:
    'FORBIDDEN: the candidate sponsors the opportunity, or is the mentee asking for a mentor.',
  [ErrorReason.OWN_FUNCTION]:
    "FORBIDDEN: a cross-functional opportunity is hosted in the candidate's own function.",
  [ErrorReason.REPORTING_LINE]: "FORBIDDEN: a mentorship of someone in the candidate's own reporting line.",
  [ErrorReason.NOT_OPEN]: 'CONFLICT: the opportunity is not open (a draft, or closed).',
  [ErrorReason.OPPORTUNITY_ENDED]: "CONFLICT: the opportunity's end date has passed.",
  [ErrorReason.SEATS_FULL]: 'CONFLICT: every seat is taken.',
  [ErrorReason.PROFILE_REQUIRED]: 'CONFLICT: the candidate has no candidate profile yet.',
  [ErrorReason.CAPACITY_HOURS]:
    "CONFLICT: more hours a week than the candidate's profile has free (extensions: limit, inUse, needed).",
  [ErrorReason.CAPACITY_PROJECTS]:
    "CONFLICT: past the candidate's limit of concurrent projects (extensions: limit, inUse, needed).",
  [ErrorReason.CAPACITY_MENTEES]:
    "CONFLICT: past the candidate's limit of concurrent mentees (extensions: limit, inUse, needed).",
  [ErrorReason.MANAGER_REFUSED]: "CONFLICT: the candidate's manager declined the time for this opportunity.",
  [ErrorReason.ALREADY_APPLIED]:
    'CONFLICT: the candidate already has a live application to this opportunity.',
  [ErrorReason.ALREADY_DECIDED]:
    'CONFLICT: someone answered or moved it on first (a consent request, an application, a placement, a promotion review).',
  [ErrorReason.INVALID_TRANSITION]: "CONFLICT: the application's state does not allow this step.",
  [ErrorReason.NOT_A_DRAFT]: 'CONFLICT: only a draft can be published or deleted.',
  [ErrorReason.OPPORTUNITY_CLOSED]: 'CONFLICT: a closed opportunity cannot be edited or closed again.',
  [ErrorReason.SEATS_BELOW_FILLED]: 'CONFLICT: fewer seats than are already filled.',
  [ErrorReason.CAPACITY_BELOW_LOAD]:
    "CONFLICT: a candidate profile's capacity below the placements the candidate holds now.",
  [ErrorReason.MENTOR_REQUEST_LIMIT]: 'CONFLICT: the mentee has as many open mentor requests as allowed.',
  [ErrorReason.SLUG_TAKEN]: 'CONFLICT: an organization with this slug exists.',
  [ErrorReason.AMEND_WINDOW_CLOSED]:
    'CONFLICT: the observation was recorded more than 24 hours ago; record a new one that amends it.',
  [ErrorReason.REVIEW_OPEN]:
    'CONFLICT: a promotion review of this candidate for this transition is open; decide it first.',
  [ErrorReason.ALREADY_INVITED]: 'CONFLICT: the candidate was already invited to apply to this opportunity.',
  [ErrorReason.ROUND_RUNNING]:
    'CONFLICT: a matching round of the organization is queued or running; wait for it or cancel it.',
  [ErrorReason.ROUND_FINISHED]: 'CONFLICT: the matching round has already finished.',
  [ErrorReason.PROPOSAL_STALE]:
    "CONFLICT: a later matching round replaced this proposal; accept that round's proposals instead.",
};
