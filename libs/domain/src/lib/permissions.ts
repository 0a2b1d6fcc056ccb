import { ErrorReason } from './error-reasons';
import { ObservationVisibility, ObserverFacts, observerRelationships } from './evidence';
import { Role } from './roles';

/** What someone may do in Bridge. Roles grant permissions; relationships narrow them (see `can`). */
export enum Permission {
  ReadDirectory = 'directory.read',
  ImportPeople = 'people.import',
  ChangeRoles = 'people.roles.change',
  ReadAuditLog = 'audit.read',
  ResetPasswords = 'people.password.reset',
  EditFramework = 'framework.edit',
  PostOpportunities = 'opportunities.post',
  /**
   * Act on one opportunity, see it as a draft and see its applicants: its sponsor, or HR on their
   * behalf. Asked without naming an opportunity, it means any opportunity (HR only).
   */
  ManageOpportunity = 'opportunity.manage',
  ApplyToOpportunities = 'opportunities.apply',
  /**
   * Read one application: the candidate, the managers asked for consent, and the opportunity's
   * sponsor (or HR) once it has reached them — the sponsor sees nothing before the manager consents.
   */
  ReadApplication = 'application.read',
  RequestMentor = 'mentor.request',
  /** Answer one consent request: only the person it is addressed to. */
  DecideConsent = 'consent.decide',
  ReadConsentStatistics = 'consent.statistics.read',
  /** Read a candidate's profile: the candidate, their manager, sponsors (choosing applicants) and HR. */
  ReadCandidateProfile = 'candidate.profile.read',
  ConfigureOrganization = 'organization.configure',
  /**
   * Record an observation of a candidate: HR, their manager, the sponsor of one of their placements,
   * a mentee they mentor, and whoever was asked for one; never the candidate themselves.
   */
  ObserveCandidate = 'candidate.observe',
  /**
   * Read one observation: its observer, HR, and — when it is shared — the candidate and their manager.
   * Peers see nothing.
   */
  ReadObservation = 'observation.read',
  /** Ask someone for an observation of a candidate: the candidate themselves, or HR. */
  RequestObservation = 'observation.request',
  /**
   * Write a reflection on one's own leadership, and share it with HR or take it back: candidates, and
   * only their own reflections.
   */
  WriteReflection = 'reflection.write',
  /** List a candidate's reflections: the candidate, and HR (who then read the shared ones); nobody else. */
  ReadReflections = 'reflections.read',
  /** Read one reflection: its author, and HR once the author shares it with HR. */
  ReadReflection = 'reflection.read',
  /**
   * A candidate's readiness, with every observation behind it: HR, the candidate's manager, and the
   * candidate themselves (each reads it from the observations they may read, so HR-only evidence
   * never counts in the candidate's view).
   */
  ReadReadiness = 'readiness.read',
  /** Open, decide and read promotion reviews. */
  ManagePromotionReviews = 'promotion.reviews.manage',
  /**
   * Read a review's outcome (decision and development plan): HR, and the candidate once it is decided.
   * Its snapshot, rationale and packet stay with HR: they hold evidence for HR only.
   */
  ReadPromotionOutcome = 'promotion.outcome.read',
  /** The equity of access report: who applies, is offered and is placed, by group (HR only). */
  ReadEquityReport = 'equity.report.read',
  /** Set the organization's matching weights: admins (who configure it) and HR (who run matching). */
  SetMatchingWeights = 'matching.weights.set',
  /** See the opportunities that fit a candidate best, with the reasons: the candidate themselves, and HR. */
  ReadRecommendedOpportunities = 'recommendations.opportunities.read',
  /**
   * See the candidates who fit an opportunity best with the reasons, ask why a named colleague is not
   * among them, and invite one to apply: its sponsor (for a mentor request, the mentee, who sponsors
   * it), or HR.
   */
  RecommendCandidates = 'recommendations.candidates',
  /**
   * Run matching rounds (choose who and what takes part, start, cancel) and read every round's
   * proposals: HR. Sponsors accept the proposals for their own opportunities (ManageOpportunity).
   */
  RunMatchingRounds = 'matching.rounds.run',
}

/** Who holds each permission. `everyone` means every signed-in person of the organization. */
const GRANTS: Readonly<Record<Permission, readonly Role[] | 'everyone'>> = {
  [Permission.ReadDirectory]: 'everyone',
  [Permission.ImportPeople]: [Role.ADMIN],
  [Permission.ChangeRoles]: [Role.ADMIN],
  [Permission.ReadAuditLog]: [Role.ADMIN],
  [Permission.ResetPasswords]: [Role.ADMIN],
  [Permission.EditFramework]: [Role.ADMIN],
  [Permission.PostOpportunities]: [Role.SPONSOR, Role.HR],
  [Permission.ManageOpportunity]: 'everyone',
  [Permission.ApplyToOpportunities]: [Role.CANDIDATE],
  [Permission.ReadApplication]: 'everyone',
  [Permission.RequestMentor]: [Role.MENTEE],
  // Managers are derived from reporting lines, so anyone may be asked; the subject decides.
  [Permission.DecideConsent]: 'everyone',
  [Permission.ReadConsentStatistics]: [Role.HR],
  [Permission.ReadCandidateProfile]: 'everyone',
  [Permission.ConfigureOrganization]: [Role.ADMIN],
  // Relationships, not roles, make an observer: the subject decides.
  [Permission.ObserveCandidate]: 'everyone',
  [Permission.ReadObservation]: 'everyone',
  [Permission.RequestObservation]: 'everyone',
  [Permission.WriteReflection]: [Role.CANDIDATE],
  [Permission.ReadReflections]: 'everyone',
  [Permission.ReadReflection]: 'everyone',
  [Permission.ReadReadiness]: 'everyone',
  [Permission.ManagePromotionReviews]: [Role.HR],
  [Permission.ReadPromotionOutcome]: 'everyone',
  [Permission.ReadEquityReport]: [Role.HR],
  [Permission.SetMatchingWeights]: [Role.ADMIN, Role.HR],
  [Permission.ReadRecommendedOpportunities]: 'everyone',
  [Permission.RecommendCandidates]: 'everyone',
  [Permission.RunMatchingRounds]: [Role.HR],
};

export interface PolicyActor {
  personId: string;
  roles: readonly Role[];
}

/** The thing acted on, when the rule depends on it. */
export type PolicySubject =
  | {
      kind: 'person';
      personId: string;
      roles?: readonly Role[];
      newRoles?: readonly Role[];
    }
  | { kind: 'opportunity'; sponsorId: string }
  | { kind: 'consentRequest'; approverId: string }
  | {
      kind: 'application';
      candidateId: string;
      sponsorId: string;
      /** It has reached the sponsor: no consent was needed, or the manager gave it. */
      reachedSponsor: boolean;
      /** The actor was asked for consent to it. */
      askedForConsent: boolean;
    }
  | { kind: 'candidateProfile'; personId: string; managerId: string | null }
  | { kind: 'candidateEvidence'; facts: ObserverFacts }
  | {
      kind: 'observation';
      candidateId: string;
      observerId: string;
      /** The candidate's manager. */
      managerId: string | null;
      visibility: ObservationVisibility;
    }
  | { kind: 'promotionReview'; candidateId: string; decided: boolean }
  | { kind: 'reflection'; authorId: string; sharedWithHr: boolean };

export type PolicyDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** Why not, for clients to decide on. */
      reason: ErrorReason;
      /** Why not, in words a person can act on. */
      message: string;
    };

const refuse = (reason: ErrorReason, message: string): PolicyDecision => ({
  allowed: false,
  reason,
  message,
});

/**
 * The one place that decides permissions, for the API's guards and services alike (and the web
 * client, to hide what would be refused anyway). Pure: no I/O, unit-tested.
 */
export function decide(actor: PolicyActor, permission: Permission, subject?: PolicySubject): PolicyDecision {
  const grant = GRANTS[permission];
  if (grant !== 'everyone' && !grant.some((role) => actor.roles.includes(role))) {
    return refuse(ErrorReason.PERMISSION_REQUIRED, 'You do not have permission to do this.');
  }
  if (
    permission === Permission.ChangeRoles &&
    subject?.kind === 'person' &&
    subject.personId === actor.personId
  ) {
    const keepsAdmin = subject.newRoles?.includes(Role.ADMIN) ?? true;
    if (!keepsAdmin)
      return refuse(ErrorReason.OWN_ADMIN_ROLE, 'You cannot remove your own admin role; ask another admin.');
  }
  if (permission === Permission.ManageOpportunity) {
    const owns = subject?.kind === 'opportunity' && subject.sponsorId === actor.personId;
    if (!owns && !actor.roles.includes(Role.HR))
      return refuse(ErrorReason.NOT_SPONSOR, 'Only the sponsor of this opportunity (or HR) can do this.');
  }
  if (permission === Permission.ReadCandidateProfile) {
    const related =
      subject?.kind === 'candidateProfile' &&
      (subject.personId === actor.personId || subject.managerId === actor.personId);
    if (!related && !actor.roles.includes(Role.HR) && !actor.roles.includes(Role.SPONSOR))
      return refuse(
        ErrorReason.PERMISSION_REQUIRED,
        "Only the candidate, their manager, sponsors and HR see a candidate's profile.",
      );
  }
  if (permission === Permission.ReadApplication) {
    const reads =
      subject?.kind === 'application' &&
      (subject.candidateId === actor.personId ||
        subject.askedForConsent ||
        (subject.reachedSponsor && (subject.sponsorId === actor.personId || actor.roles.includes(Role.HR))));
    if (!reads)
      return refuse(
        ErrorReason.NOT_SPONSOR,
        "Only the candidate, the managers asked for consent and, once it reaches them, the opportunity's sponsor and HR see an application.",
      );
  }
  if (permission === Permission.DecideConsent) {
    if (subject?.kind !== 'consentRequest' || subject.approverId !== actor.personId)
      return refuse(
        ErrorReason.NOT_APPROVER,
        'Only the manager this consent request is addressed to can answer it.',
      );
  }
  const evidenceDecision = decideEvidence(actor, permission, subject);
  if (evidenceDecision) return evidenceDecision;
  return decideMatching(actor, permission, subject) ?? { allowed: true };
}

/** Who sees recommendations: they name people and read their evidence, so only those concerned. */
function decideMatching(
  actor: PolicyActor,
  permission: Permission,
  subject?: PolicySubject,
): PolicyDecision | undefined {
  const isHr = actor.roles.includes(Role.HR);
  if (permission === Permission.ReadRecommendedOpportunities) {
    if (!isHr && !(subject?.kind === 'candidateProfile' && subject.personId === actor.personId))
      return refuse(
        ErrorReason.PERMISSION_REQUIRED,
        'Only the candidate (for themselves) and HR see the opportunities recommended to a candidate.',
      );
  }
  if (permission === Permission.RecommendCandidates) {
    if (!isHr && !(subject?.kind === 'opportunity' && subject.sponsorId === actor.personId))
      return refuse(
        ErrorReason.NOT_SPONSOR,
        "Only the opportunity's sponsor (the mentee, for a mentor request) and HR see the candidates who fit it and invite them.",
      );
  }
  return undefined;
}

/** The evidence permissions, which all depend on how the actor stands to the candidate. */
function decideEvidence(
  actor: PolicyActor,
  permission: Permission,
  subject?: PolicySubject,
): PolicyDecision | undefined {
  const isHr = actor.roles.includes(Role.HR);
  if (permission === Permission.ObserveCandidate) {
    if (subject?.kind !== 'candidateEvidence')
      return refuse(ErrorReason.NOT_AN_OBSERVER, 'Name the candidate you observed.');
    if (subject.facts.candidateId === actor.personId)
      return refuse(
        ErrorReason.OWN_EVIDENCE,
        'You cannot observe yourself. Add a reflection instead, or ask a colleague for an observation.',
      );
    if (observerRelationships({ personId: actor.personId, isHr }, subject.facts).length === 0)
      return refuse(
        ErrorReason.NOT_AN_OBSERVER,
        "Only the candidate's manager, the sponsors of their placements, their mentees, HR and the people they asked can record an observation of them.",
      );
  }
  if (permission === Permission.ReadObservation) {
    const reads =
      subject?.kind === 'observation' &&
      (isHr ||
        subject.observerId === actor.personId ||
        (subject.visibility === ObservationVisibility.SHARED &&
          (subject.candidateId === actor.personId || subject.managerId === actor.personId)));
    if (!reads)
      return refuse(
        ErrorReason.PERMISSION_REQUIRED,
        'Only its observer, HR and — when it is shared — the candidate and their manager read an observation.',
      );
  }
  if (permission === Permission.RequestObservation) {
    if (!isHr && !(subject?.kind === 'candidateProfile' && subject.personId === actor.personId))
      return refuse(
        ErrorReason.PERMISSION_REQUIRED,
        'Only the candidate (for themselves) and HR can ask for an observation.',
      );
  }
  if (permission === Permission.WriteReflection) {
    if (subject?.kind === 'reflection' && subject.authorId !== actor.personId)
      return refuse(ErrorReason.NOT_AUTHOR, 'Only the candidate who wrote a reflection can change it.');
  }
  if (permission === Permission.ReadReflections) {
    if (!isHr && !(subject?.kind === 'candidateProfile' && subject.personId === actor.personId))
      return refuse(
        ErrorReason.PERMISSION_REQUIRED,
        'Reflections are private to the candidate; HR reads only those the candidate shares with HR.',
      );
  }
  if (permission === Permission.ReadReflection) {
    const reads =
      subject?.kind === 'reflection' &&
      (subject.authorId === actor.personId || (isHr && subject.sharedWithHr));
    if (!reads)
      return refuse(
        ErrorReason.PERMISSION_REQUIRED,
        'Only its author and — once the author shares it with HR — HR read a reflection.',
      );
  }
  if (permission === Permission.ReadReadiness) {
    const related =
      subject?.kind === 'candidateProfile' &&
      (subject.managerId === actor.personId || subject.personId === actor.personId);
    if (!isHr && !related)
      return refuse(
        ErrorReason.PERMISSION_REQUIRED,
        "Only HR, the candidate and their manager see the candidate's readiness.",
      );
  }
  if (permission === Permission.ReadPromotionOutcome) {
    const reads =
      isHr ||
      (subject?.kind === 'promotionReview' && subject.decided && subject.candidateId === actor.personId);
    if (!reads)
      return refuse(
        ErrorReason.PERMISSION_REQUIRED,
        'Only HR, and the candidate once it is decided, read a promotion review.',
      );
  }
  return undefined;
}

/**
 * Whether a reader of an observation sees who recorded it. Everyone who may read it does, except the
 * candidate themselves when their organization hides observer names from candidates (so that
 * observers speak freely); the observer, the manager and HR always see the name.
 */
export function observerNameShown(
  reader: PolicyActor,
  observation: { candidateId: string },
  organization: { hideObserverNamesFromCandidates: boolean },
): boolean {
  return !(organization.hideObserverNamesFromCandidates && reader.personId === observation.candidateId);
}

export function can(actor: PolicyActor, permission: Permission, subject?: PolicySubject): boolean {
  return decide(actor, permission, subject).allowed;
}
