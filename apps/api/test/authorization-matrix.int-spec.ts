import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphqlResponse, TestBridge } from './bridge-test-app';

/**
 * Every root operation × every persona → allowed, or the exact error. The operations come from the
 * committed schema: an operation added without a row here fails the first test.
 */

type Persona =
  | 'signedOut'
  | 'admin'
  | 'hr'
  | 'sponsor'
  | 'candidate'
  | 'mentee'
  | 'manager'
  | 'noRoles'
  | 'otherTenantAdmin';
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

const PERSONAS: Persona[] = [
  'signedOut',
  'admin',
  'hr',
  'sponsor',
  'candidate',
  'mentee',
  'manager',
  'noRoles',
  'otherTenantAdmin',
];
const SIGN_IN: Record<Exclude<Persona, 'signedOut' | 'noRoles'>, string> = {
  admin: 'admin@acme.test',
  hr: 'hr@acme.test',
  sponsor: 'sponsor@acme.test',
  candidate: 'candidate@acme.test',
  mentee: 'mentee@acme.test',
  manager: 'manager@acme.test',
  otherTenantAdmin: 'hr@globex.test',
};

/** Ids in Acme that the rows use; the other tenant's admin must never reach them. */
interface AcmeIds {
  mentee: string;
  unit: string;
  peopleImport: string;
  candidate: string;
  /** Open, sponsored by sponsor@acme.test. */
  openOpportunity: string;
  closedOpportunity: string;
  /** candidate@'s application to the open one, declined by their manager (manager@): it never reached the sponsor. */
  declinedApplication: string;
  /** candidate@'s application that reached the sponsor after consent, then withdrawn. */
  withdrawnApplication: string;
  /** A placement the sponsor has already marked completed. */
  endedPlacement: string;
  /** HR's shared observation of candidate@. */
  observation: string;
  /** HR asked mentee@ for an observation of manager@. */
  observationRequest: string;
  /** HR's decided promotion review of candidate@ for T1. */
  decidedReview: string;
  /** HR's open promotion review of candidate@ for T2. */
  openReview: string;
  /** Indicators the admin added to coaching: one to reword, one to retire. */
  indicatorToEdit: string;
  indicatorToRetire: string;
  /** candidate@'s reflection, shared with HR. */
  reflection: string;
}

interface CellContext {
  ids: AcmeIds;
  /** A new session of its own, for a cell whose operation ends sessions or spends a refresh token. */
  signInAgain: (email: string) => Promise<{ token: string; refreshToken: string }>;
}

interface MatrixRow {
  document: string;
  variables?: (context: CellContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** What a caller who passes the access check gets, when the call itself is meant to fail (e.g. a wrong password). */
  allowedOutcome?: Outcome;
  /** The call ends the caller's session(s): make it with a session of its own, and sign the persona in again after. */
  endsSessions?: boolean;
  /** Who in Acme may call it. `everyone` = any signed-in person; `public` = also signed out. */
  allowed: 'public' | 'everyone' | Persona[];
  /** Relationship rules: what particular personas get instead of the role-based outcome. */
  outcomes?: Partial<Record<Persona, Outcome>>;
  /** Over graphql-ws rather than HTTP (subscriptions). */
  subscription?: boolean;
  /** What the other tenant's admin gets: NOT_FOUND for an Acme id, ALLOWED when the answer is their own data. */
  otherTenant: Outcome;
}

const signedIn = (...personas: Persona[]): Persona[] => personas;

/** An id no organization has. */
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

const OBSERVATION_CONTENT = `capabilityKey: "delegation", indicatorKey: "delegation-agrees-outcomes", rating: 3,
  situation: "The rollout", behaviour: "Agreed outcomes first", impact: "The team shipped", observedOn: "2026-01-15",
  visibility: SHARED`;

const MATRIX: Record<string, MatrixRow> = {
  recordObservation: {
    document: `mutation($candidateId: ID!) { recordObservation(input: { candidateId: $candidateId, ${OBSERVATION_CONTENT} }) { id } }`,
    variables: ({ ids }) => ({ candidateId: ids.candidate }),
    // The candidate's manager, the sponsor of their placement, HR and a colleague asked for one (mentee@);
    // never the candidate themselves.
    allowed: signedIn('hr', 'manager', 'sponsor', 'mentee'),
    otherTenant: 'NOT_FOUND',
  },
  amendObservation: {
    document: `mutation($id: ID!) { amendObservation(observationId: $id, input: { ${OBSERVATION_CONTENT} }) { id } }`,
    variables: ({ ids }) => ({ id: ids.observation }),
    // Its observer (HR) only; the candidate and their manager read it but may not change it; others cannot see it.
    allowed: signedIn('hr'),
    outcomes: { sponsor: 'NOT_FOUND', admin: 'NOT_FOUND', mentee: 'NOT_FOUND', noRoles: 'NOT_FOUND' },
    otherTenant: 'NOT_FOUND',
  },
  observations: {
    document: 'query($id: ID!) { observations(candidateId: $id) { totalCount edges { node { id } } } }',
    variables: ({ ids }) => ({ id: ids.candidate }),
    allowed: 'everyone',
    otherTenant: 'NOT_FOUND',
  },
  requestObservation: {
    document: `mutation($candidateId: ID!, $observerId: ID!) {
      requestObservation(candidateId: $candidateId, observerId: $observerId, question: "How did they lead?") { id } }`,
    variables: ({ ids }) => ({ candidateId: ids.candidate, observerId: ids.mentee }),
    allowed: signedIn('hr', 'candidate'),
    otherTenant: 'NOT_FOUND',
  },
  declineObservationRequest: {
    document:
      'mutation($id: ID!) { declineObservationRequest(requestId: $id, reason: "Never worked together") { id } }',
    variables: ({ ids }) => ({ id: ids.observationRequest }),
    // The colleague asked; whoever asked (HR) and the person it is about (manager@) may not decline it.
    allowed: signedIn('mentee'),
    outcomes: { sponsor: 'NOT_FOUND', admin: 'NOT_FOUND', candidate: 'NOT_FOUND', noRoles: 'NOT_FOUND' },
    otherTenant: 'NOT_FOUND',
  },
  placementsToObserve: {
    document: 'query($id: ID!) { placementsToObserve(candidateId: $id) { id } }',
    variables: ({ ids }) => ({ id: ids.candidate }),
    // A filtered list for everyone: what each may tie an observation to (empty when nothing).
    allowed: 'everyone',
    otherTenant: 'NOT_FOUND',
  },
  addReflection: {
    document: 'mutation { addReflection(input: { text: "I let the team decide." }) { id } }',
    // Candidates, about themselves.
    allowed: signedIn('candidate'),
    otherTenant: 'FORBIDDEN',
  },
  shareReflection: {
    document: 'mutation($id: ID!) { shareReflection(reflectionId: $id, shared: true) { id } }',
    variables: ({ ids }) => ({ id: ids.reflection }),
    // Its author only; HR reads it (shared) but may not change it; nobody else can see it.
    allowed: signedIn('candidate'),
    outcomes: {
      admin: 'NOT_FOUND',
      sponsor: 'NOT_FOUND',
      mentee: 'NOT_FOUND',
      manager: 'NOT_FOUND',
      noRoles: 'NOT_FOUND',
    },
    otherTenant: 'NOT_FOUND',
  },
  reflections: {
    document: 'query($id: ID!) { reflections(candidateId: $id) { id } }',
    variables: ({ ids }) => ({ id: ids.candidate }),
    // The candidate, and HR (the shared ones); even their manager is refused.
    allowed: signedIn('candidate', 'hr'),
    otherTenant: 'NOT_FOUND',
  },
  readiness: {
    document: 'query($id: ID!) { readiness(candidateId: $id) { band } }',
    variables: ({ ids }) => ({ id: ids.candidate }),
    // HR, the candidate's manager (manager@) and the candidate themselves (from the evidence shared with them).
    allowed: signedIn('hr', 'manager', 'candidate'),
    otherTenant: 'NOT_FOUND',
  },
  openPromotionReview: {
    document: 'mutation($id: ID!) { openPromotionReview(candidateId: $id, transition: T3) { id } }',
    variables: ({ ids }) => ({ id: ids.candidate }),
    allowed: signedIn('hr'),
    otherTenant: 'NOT_FOUND',
  },
  decidePromotionReview: {
    document: `mutation($id: ID!) { decidePromotionReview(id: $id, decision: READY_WITH_SUPPORT,
      rationale: "Delegates well", developmentPlan: "Coach a new lead") { id } }`,
    variables: ({ ids }) => ({ id: ids.openReview }),
    allowed: signedIn('hr'),
    otherTenant: 'NOT_FOUND',
  },
  promotionReview: {
    document: 'query($id: ID!) { promotionReview(id: $id) { id decision } }',
    variables: ({ ids }) => ({ id: ids.decidedReview }),
    // HR whole, the candidate its outcome once decided; to anyone else it does not exist.
    allowed: signedIn('hr', 'candidate'),
    outcomes: {
      admin: 'NOT_FOUND',
      sponsor: 'NOT_FOUND',
      mentee: 'NOT_FOUND',
      manager: 'NOT_FOUND',
      noRoles: 'NOT_FOUND',
    },
    otherTenant: 'NOT_FOUND',
  },
  promotionReviews: {
    document: '{ promotionReviews { totalCount edges { node { id } } } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  raterCalibration: {
    document: '{ raterCalibration { ratings } }',
    allowed: signedIn('hr'),
    otherTenant: 'ALLOWED',
  },
  observationRequestsForMe: {
    document: '{ observationRequestsForMe { id question } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  myObservationRequests: {
    document: '{ myObservationRequests { id status } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  login: {
    document: 'mutation { login(email: "mentee@acme.test", password: "bridge-demo") { token } }',
    allowed: 'public',
    otherTenant: 'ALLOWED',
  },
  me: { document: '{ me { id email } }', allowed: 'everyone', otherTenant: 'ALLOWED' },
  signInOptions: {
    document: '{ signInOptions { singleSignOn { name } } }',
    allowed: 'public',
    otherTenant: 'ALLOWED',
  },
  leadershipFramework: {
    document: '{ leadershipFramework { capabilities { key } } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  updateCapability: {
    document: 'mutation { updateCapability(input: { key: "coaching", name: "Coaching" }) { key } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  addIndicator: {
    document:
      'mutation { addIndicator(input: { capabilityKey: "coaching", kind: POSITIVE, text: "Asks before telling" }) { id } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  addCapability: {
    document:
      'mutation { addCapability(input: { name: "Storytelling", description: "Tells the story of the work so others follow it" }) { key } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  updateIndicator: {
    document: 'mutation($id: ID!) { updateIndicator(input: { id: $id, text: "Asks, then listens" }) { id } }',
    variables: ({ ids }) => ({ id: ids.indicatorToEdit }),
    allowed: signedIn('admin'),
    otherTenant: 'NOT_FOUND',
  },
  retireIndicator: {
    document: 'mutation($id: ID!) { retireIndicator(id: $id) { key } }',
    variables: ({ ids }) => ({ id: ids.indicatorToRetire }),
    allowed: signedIn('admin'),
    otherTenant: 'NOT_FOUND',
  },
  setTransitionCapabilities: {
    document:
      'mutation { setTransitionCapabilities(transition: T1, capabilityKeys: ["delegation", "coaching"]) { key } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  person: {
    document: 'query($id: ID!) { person(id: $id) { id email } }',
    variables: ({ ids }) => ({ id: ids.mentee }),
    allowed: 'everyone',
    otherTenant: 'NOT_FOUND',
  },
  people: {
    document:
      'query($unitId: ID) { people(filter: { unitId: $unitId }, first: 100) { edges { node { id email } } } }',
    variables: ({ ids }) => ({ unitId: ids.unit }),
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  orgUnits: { document: '{ orgUnits { id name } }', allowed: 'everyone', otherTenant: 'ALLOWED' },
  orgChartRoots: { document: '{ orgChartRoots { id email } }', allowed: 'everyone', otherTenant: 'ALLOWED' },
  skillSuggestions: {
    document: '{ skillSuggestions(search: "fac") }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  importPeople: {
    document:
      'mutation { importPeople(csv: "id,name,email\\nM1,Matrix Person,matrix@x.test", dryRun: true) { status } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  peopleImport: {
    document: 'query($id: ID!) { peopleImport(id: $id) { id status } }',
    variables: ({ ids }) => ({ id: ids.peopleImport }),
    allowed: signedIn('admin'),
    otherTenant: 'NOT_FOUND',
  },
  peopleImports: { document: '{ peopleImports { id } }', allowed: signedIn('admin'), otherTenant: 'ALLOWED' },
  setPersonRoles: {
    // Sets the roles the mentee already has: the call is checked, nothing changes.
    document: 'mutation($id: ID!) { setPersonRoles(personId: $id, roles: [MENTEE]) { id roles } }',
    variables: ({ ids }) => ({ id: ids.mentee }),
    allowed: signedIn('admin'),
    otherTenant: 'NOT_FOUND',
  },
  auditLog: {
    document: '{ auditLog(first: 100) { edges { node { id summary } } } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  refreshSession: {
    document: 'mutation($t: String!) { refreshSession(refreshToken: $t) { token } }',
    variables: async ({ signInAgain }) => ({ t: (await signInAgain('mentee@acme.test')).refreshToken }),
    allowed: 'public',
    otherTenant: 'ALLOWED',
  },
  signOut: {
    document: 'mutation { signOut }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
    endsSessions: true,
  },
  signOutEverywhere: {
    document: 'mutation { signOutEverywhere }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
    endsSessions: true,
  },
  changePassword: {
    // A wrong current password: the access check passes, the change does not happen.
    document:
      'mutation { changePassword(currentPassword: "not-the-password", newPassword: "a long new password") }',
    allowed: 'everyone',
    allowedOutcome: 'BAD_USER_INPUT',
    otherTenant: 'BAD_USER_INPUT',
  },
  createPasswordResetLink: {
    document: 'mutation($id: ID!) { createPasswordResetLink(personId: $id) { expiresAt } }',
    variables: ({ ids }) => ({ id: ids.mentee }),
    allowed: signedIn('admin'),
    otherTenant: 'NOT_FOUND',
  },
  resetPassword: {
    document: 'mutation { resetPassword(token: "not-a-reset-token", newPassword: "a long new password") }',
    allowed: 'public',
    allowedOutcome: 'BAD_USER_INPUT',
    otherTenant: 'BAD_USER_INPUT',
  },
  opportunities: {
    document:
      '{ opportunities(first: 50) { edges { node { id title sponsor { id } hostUnit { id } applicantCount } } } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  opportunity: {
    document: 'query($id: ID!) { opportunity(id: $id) { id title } }',
    variables: ({ ids }) => ({ id: ids.openOpportunity }),
    allowed: 'everyone',
    otherTenant: 'NOT_FOUND',
  },
  createOpportunity: {
    document:
      'mutation { createOpportunity(input: { kind: STRETCH_PROJECT, title: "Matrix project", description: "Checks access", seats: 1, hoursPerWeek: 2, capabilityKeys: ["coaching"] }) { id } }',
    allowed: signedIn('hr', 'sponsor', 'manager'),
    otherTenant: 'ALLOWED',
  },
  updateOpportunity: {
    document: 'mutation($id: ID!) { updateOpportunity(input: { id: $id, seats: 2 }) { id } }',
    variables: ({ ids }) => ({ id: ids.openOpportunity }),
    allowed: signedIn('hr', 'sponsor'),
    otherTenant: 'NOT_FOUND',
  },
  publishOpportunity: {
    // Already open: those who may publish are told it is not a draft.
    document: 'mutation($id: ID!) { publishOpportunity(id: $id) { id } }',
    variables: ({ ids }) => ({ id: ids.openOpportunity }),
    allowed: signedIn('hr', 'sponsor'),
    allowedOutcome: 'CONFLICT',
    otherTenant: 'NOT_FOUND',
  },
  closeOpportunity: {
    document: 'mutation($id: ID!) { closeOpportunity(id: $id) { id } }',
    variables: ({ ids }) => ({ id: ids.closedOpportunity }),
    allowed: signedIn('hr', 'sponsor'),
    allowedOutcome: 'CONFLICT',
    otherTenant: 'NOT_FOUND',
  },
  requestMentor: {
    document:
      'mutation { requestMentor(input: { goals: "Learn to run renewals well", skills: ["Negotiation"] }) { id } }',
    allowed: signedIn('mentee'),
    otherTenant: 'FORBIDDEN',
  },
  saveOpportunity: {
    document: 'mutation($id: ID!) { saveOpportunity(id: $id) { id savedByMe } }',
    variables: ({ ids }) => ({ id: ids.openOpportunity }),
    allowed: 'everyone',
    otherTenant: 'NOT_FOUND',
  },
  unsaveOpportunity: {
    document: 'mutation($id: ID!) { unsaveOpportunity(id: $id) { id } }',
    variables: ({ ids }) => ({ id: ids.openOpportunity }),
    allowed: 'everyone',
    otherTenant: 'NOT_FOUND',
  },
  myCandidateProfile: {
    document: '{ myCandidateProfile { hoursPerWeek skills } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  candidateProfile: {
    document: 'query($id: ID!) { candidateProfile(personId: $id) { hoursPerWeek } }',
    variables: ({ ids }) => ({ id: ids.candidate }),
    allowed: signedIn('candidate', 'manager', 'hr', 'sponsor'),
    outcomes: { admin: 'NOT_FOUND', mentee: 'NOT_FOUND', noRoles: 'NOT_FOUND' },
    otherTenant: 'NOT_FOUND',
  },
  updateCandidateProfile: {
    document:
      'mutation { updateCandidateProfile(input: { targetTransition: T1, capabilityKeys: ["delegation"], skills: ["TypeScript"], hoursPerWeek: 6 }) { hoursPerWeek } }',
    allowed: signedIn('candidate'),
    otherTenant: 'FORBIDDEN',
  },
  myApplications: {
    document: '{ myApplications { id status } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  deleteOpportunity: {
    // Already open: those who may delete drafts are told it is not one.
    document: 'mutation($id: ID!) { deleteOpportunity(id: $id) }',
    variables: ({ ids }) => ({ id: ids.openOpportunity }),
    allowed: signedIn('hr', 'sponsor'),
    allowedOutcome: 'CONFLICT',
    otherTenant: 'NOT_FOUND',
  },
  applications: {
    document:
      'query($id: ID!) { applications(opportunityId: $id) { id candidate { id } candidateProfile { skills } } }',
    variables: ({ ids }) => ({ id: ids.openOpportunity }),
    allowed: signedIn('hr', 'sponsor'),
    otherTenant: 'NOT_FOUND',
  },
  application: {
    document: 'query($id: ID!) { application(id: $id) { id status } }',
    variables: ({ ids }) => ({ id: ids.withdrawnApplication }),
    allowed: signedIn('candidate', 'sponsor', 'hr', 'manager'),
    outcomes: { admin: 'NOT_FOUND', mentee: 'NOT_FOUND', noRoles: 'NOT_FOUND' },
    otherTenant: 'NOT_FOUND',
  },
  applyToOpportunity: {
    // The opportunity is closed: a candidate passes the access check and meets the state rule.
    document: 'mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "Matrix") { id } }',
    variables: ({ ids }) => ({ id: ids.closedOpportunity }),
    allowed: signedIn('candidate'),
    allowedOutcome: 'CONFLICT',
    otherTenant: 'FORBIDDEN',
  },
  withdrawApplication: {
    document: 'mutation($id: ID!) { withdrawApplication(id: $id) { id } }',
    variables: ({ ids }) => ({ id: ids.withdrawnApplication }),
    allowed: signedIn('candidate'),
    allowedOutcome: 'CONFLICT',
    outcomes: {
      sponsor: 'FORBIDDEN',
      hr: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      admin: 'NOT_FOUND',
      mentee: 'NOT_FOUND',
      noRoles: 'NOT_FOUND',
    },
    otherTenant: 'NOT_FOUND',
  },
  respondToOffer: {
    document: 'mutation($id: ID!) { respondToOffer(applicationId: $id, accept: true) { id } }',
    variables: ({ ids }) => ({ id: ids.withdrawnApplication }),
    allowed: signedIn('candidate'),
    allowedOutcome: 'CONFLICT',
    outcomes: {
      sponsor: 'FORBIDDEN',
      hr: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      admin: 'NOT_FOUND',
      mentee: 'NOT_FOUND',
      noRoles: 'NOT_FOUND',
    },
    otherTenant: 'NOT_FOUND',
  },
  decideConsent: {
    // Already answered by the manager: they are told so; no one else was ever asked.
    document: 'mutation($id: ID!) { decideConsent(applicationId: $id, approve: true) { id } }',
    variables: ({ ids }) => ({ id: ids.declinedApplication }),
    allowed: signedIn('manager'),
    allowedOutcome: 'CONFLICT',
    otherTenant: 'NOT_FOUND',
  },
  shortlistApplication: {
    document: 'mutation($id: ID!) { shortlistApplication(id: $id) { id } }',
    variables: ({ ids }) => ({ id: ids.withdrawnApplication }),
    allowed: signedIn('sponsor', 'hr'),
    allowedOutcome: 'CONFLICT',
    outcomes: { admin: 'NOT_FOUND', mentee: 'NOT_FOUND', noRoles: 'NOT_FOUND' },
    otherTenant: 'NOT_FOUND',
  },
  rejectApplication: {
    document: 'mutation($id: ID!) { rejectApplication(id: $id, reason: "Matrix") { id } }',
    variables: ({ ids }) => ({ id: ids.withdrawnApplication }),
    allowed: signedIn('sponsor', 'hr'),
    allowedOutcome: 'CONFLICT',
    outcomes: { admin: 'NOT_FOUND', mentee: 'NOT_FOUND', noRoles: 'NOT_FOUND' },
    otherTenant: 'NOT_FOUND',
  },
  offerPlacement: {
    document: 'mutation($id: ID!) { offerPlacement(applicationId: $id) { id } }',
    variables: ({ ids }) => ({ id: ids.withdrawnApplication }),
    allowed: signedIn('sponsor', 'hr'),
    allowedOutcome: 'CONFLICT',
    outcomes: { admin: 'NOT_FOUND', mentee: 'NOT_FOUND', noRoles: 'NOT_FOUND' },
    otherTenant: 'NOT_FOUND',
  },
  endPlacement: {
    document: 'mutation($id: ID!) { endPlacement(placementId: $id, completed: true) { id } }',
    variables: ({ ids }) => ({ id: ids.endedPlacement }),
    allowed: signedIn('sponsor', 'hr'),
    allowedOutcome: 'CONFLICT',
    otherTenant: 'NOT_FOUND',
  },
  home: {
    document:
      '{ home { consentRequests { id } overdueConsentRequests offers { id } applicantsToReview { waiting opportunity { id } } placements { id upcoming } observationRequestsWaiting observationRequests { id } overdueConsentRequestsInOrganization } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  consentRequests: {
    document: '{ consentRequests { id status application { id } } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  consentStatistics: {
    document: '{ consentStatistics { manager { id } requested } }',
    allowed: signedIn('hr'),
    otherTenant: 'ALLOWED',
  },
  setConsentDeadline: {
    document: 'mutation { setConsentDeadline(workingDays: 5) { consentWorkingDays } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  setObserverNamesHidden: {
    document: 'mutation { setObserverNamesHidden(hidden: false) { hideObserverNamesFromCandidates } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  setMatchingWeights: {
    document:
      'mutation { setMatchingWeights(weights: { DEVELOPMENT: 3, SKILL: 2, INTEREST: 1, NEW_OBSERVER: 1, FAIR_ACCESS: 1 }) { matchingWeights { DEVELOPMENT } } }',
    allowed: signedIn('admin', 'hr'),
    otherTenant: 'ALLOWED',
  },
  equityReport: {
    document: '{ equityReport { from to dimensions { dimension overall { eligible } } csv } }',
    allowed: signedIn('hr'),
    otherTenant: 'ALLOWED',
  },
  notifications: {
    document: '{ notifications(first: 50) { edges { node { id title } } } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  unreadNotificationCount: {
    document: '{ unreadNotificationCount }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  markNotificationsRead: {
    document: 'mutation { markNotificationsRead }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  undeliveredEmails: {
    document: '{ undeliveredEmails { id status } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  unreadNotificationCountChanged: {
    document: 'subscription { unreadNotificationCountChanged }',
    subscription: true,
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  recommendedOpportunities: {
    document: 'query($id: ID!) { recommendedOpportunities(candidateId: $id) { score opportunity { id } } }',
    variables: ({ ids }) => ({ id: ids.candidate }),
    // The candidate for themselves, and HR; their manager and sponsors are refused.
    allowed: signedIn('candidate', 'hr'),
    otherTenant: 'NOT_FOUND',
  },
  recommendedCandidates: {
    document: 'query($id: ID!) { recommendedCandidates(opportunityId: $id) { score candidate { id } } }',
    variables: ({ ids }) => ({ id: ids.openOpportunity }),
    allowed: signedIn('sponsor', 'hr'),
    otherTenant: 'NOT_FOUND',
  },
  matchExplanation: {
    document:
      'query($o: ID!, $c: ID!) { matchExplanation(opportunityId: $o, candidateId: $c) { eligible problems { reason } } }',
    variables: ({ ids }) => ({ o: ids.openOpportunity, c: ids.candidate }),
    allowed: signedIn('sponsor', 'hr'),
    otherTenant: 'NOT_FOUND',
  },
  inviteToApply: {
    // The opportunity is closed: those who may invite meet the rule core's NOT_OPEN, and nobody is told.
    document:
      'mutation($o: ID!, $c: ID!) { inviteToApply(opportunityId: $o, candidateId: $c) { invitedAt } }',
    variables: ({ ids }) => ({ o: ids.closedOpportunity, c: ids.candidate }),
    allowed: signedIn('sponsor', 'hr'),
    allowedOutcome: 'CONFLICT',
    otherTenant: 'NOT_FOUND',
  },
  runMatchingRound: {
    document:
      'mutation($o: ID!) { runMatchingRound(input: { opportunityIds: [$o], topK: 5 }) { id status } }',
    variables: ({ ids }) => ({ o: ids.openOpportunity }),
    allowed: signedIn('hr'),
    otherTenant: 'NOT_FOUND',
  },
  matchingRound: {
    document: 'query($id: ID!) { matchingRound(id: $id) { id proposals { id } } }',
    variables: () => ({ id: MISSING_ID }),
    // HR only; an id that is not the organization's is not there.
    allowed: signedIn('hr'),
    allowedOutcome: 'NOT_FOUND',
    otherTenant: 'NOT_FOUND',
  },
  matchingRounds: {
    document: '{ matchingRounds { totalCount edges { node { id status } } } }',
    allowed: signedIn('hr'),
    otherTenant: 'ALLOWED',
  },
  cancelMatchingRound: {
    document: 'mutation($id: ID!) { cancelMatchingRound(id: $id) { id status } }',
    variables: () => ({ id: MISSING_ID }),
    allowed: signedIn('hr'),
    allowedOutcome: 'NOT_FOUND',
    otherTenant: 'NOT_FOUND',
  },
  matchingRoundProgress: {
    document: 'subscription($id: ID!) { matchingRoundProgress(id: $id) { id status progress } }',
    variables: () => ({ id: MISSING_ID }),
    subscription: true,
    allowed: signedIn('hr'),
    allowedOutcome: 'NOT_FOUND',
    otherTenant: 'NOT_FOUND',
  },
  myMatchProposals: {
    document: '{ myMatchProposals { id score opportunity { id } } }',
    // Each sponsor's own opportunities' proposals: empty for everyone else.
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  acceptMatchProposal: {
    document: 'mutation($id: ID!) { acceptMatchProposal(id: $id) { id status } }',
    variables: () => ({ id: MISSING_ID }),
    // HR or the opportunity's sponsor; anyone else is told the proposal is not there.
    allowed: 'everyone',
    allowedOutcome: 'NOT_FOUND',
    otherTenant: 'NOT_FOUND',
  },
  acceptMatchProposals: {
    document: 'mutation($id: ID!) { acceptMatchProposals(ids: [$id]) { proposalId accepted reason } }',
    variables: () => ({ id: MISSING_ID }),
    // Answered per proposal: the missing one is refused as NOT_FOUND inside the answer.
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
};

function expectedOutcome(row: MatrixRow, persona: Persona): Outcome {
  const override = row.outcomes?.[persona];
  if (override && persona !== 'signedOut' && persona !== 'otherTenantAdmin') return override;
  const allowed = row.allowedOutcome ?? 'ALLOWED';
  if (row.allowed === 'public') return persona === 'otherTenantAdmin' ? row.otherTenant : allowed;
  if (persona === 'signedOut') return 'UNAUTHENTICATED';
  if (persona === 'otherTenantAdmin') return row.otherTenant;
  if (row.allowed === 'everyone') return allowed;
  return row.allowed.includes(persona) ? allowed : 'FORBIDDEN';
}

/** Sets up the marketplace objects the rows act on, through the API as its users would. */
async function marketplaceFixtures(
  bridge: TestBridge,
  tokens: Map<Persona, string | undefined>,
): Promise<
  Pick<
    AcmeIds,
    | 'candidate'
    | 'openOpportunity'
    | 'closedOpportunity'
    | 'declinedApplication'
    | 'withdrawnApplication'
    | 'endedPlacement'
  >
> {
  const sponsor = tokens.get('sponsor');
  const candidate = tokens.get('candidate');
  const manager = tokens.get('manager');
  const post = async () => {
    const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
      'mutation { createOpportunity(input: { kind: STRETCH_PROJECT, title: "Matrix fixture", description: "For the matrix", seats: 2, hoursPerWeek: 2, capabilityKeys: ["coaching"] }) { id } }',
      {},
      sponsor,
    );
    await bridge.data(
      'mutation($id: ID!) { publishOpportunity(id: $id) { id } }',
      { id: createOpportunity.id },
      sponsor,
    );
    return createOpportunity.id;
  };
  const apply = async (opportunityId: string) =>
    (
      await bridge.data<{ applyToOpportunity: { id: string; candidate: { id: string } } }>(
        'mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "Fixture") { id candidate { id } } }',
        { id: opportunityId },
        candidate,
      )
    ).applyToOpportunity;
  const openOpportunity = await post();
  const declined = await apply(openOpportunity);
  await bridge.data(
    'mutation($id: ID!) { decideConsent(applicationId: $id, approve: false, reason: "Not this quarter") { id } }',
    { id: declined.id },
    manager,
  );
  const placedOn = await post();
  const placed = await apply(placedOn);
  await bridge.data(
    'mutation($id: ID!) { decideConsent(applicationId: $id, approve: true) { id } }',
    { id: placed.id },
    manager,
  );
  await bridge.data(
    'mutation($id: ID!) { offerPlacement(applicationId: $id) { id } }',
    { id: placed.id },
    sponsor,
  );
  const { respondToOffer } = await bridge.data<{ respondToOffer: { placement: { id: string } } }>(
    'mutation($id: ID!) { respondToOffer(applicationId: $id, accept: true) { placement { id } } }',
    { id: placed.id },
    candidate,
  );
  await bridge.data(
    'mutation($id: ID!) { endPlacement(placementId: $id, completed: true) { id } }',
    { id: respondToOffer.placement.id },
    sponsor,
  );
  const withdrawnFrom = await post();
  const withdrawn = await apply(withdrawnFrom);
  await bridge.data(
    'mutation($id: ID!) { decideConsent(applicationId: $id, approve: true) { id } }',
    { id: withdrawn.id },
    manager,
  );
  await bridge.data(
    'mutation($id: ID!) { withdrawApplication(applicationId: $id) { id } }',
    { id: withdrawn.id },
    candidate,
  );
  const closedOpportunity = await post();
  await bridge.data(
    'mutation($id: ID!) { closeOpportunity(id: $id) { id } }',
    { id: closedOpportunity },
    sponsor,
  );
  return {
    candidate: declined.candidate.id,
    openOpportunity,
    closedOpportunity,
    declinedApplication: declined.id,
    withdrawnApplication: withdrawn.id,
    endedPlacement: respondToOffer.placement.id,
  };
}

/** The first result of a subscription over graphql-ws; a refused connection reads as UNAUTHENTICATED. */
async function subscribeOnce(
  url: string,
  document: string,
  token: string | undefined,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse<unknown>> {
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  try {
    for await (const result of client.iterate({ query: document, variables })) {
      return result as GraphqlResponse<unknown>;
    }
    return { errors: [{ message: 'no result', extensions: { code: 'NO_RESULT' } }] };
  } catch (error: unknown) {
    // The operation itself failed (graphql-ws hands over its errors), as opposed to a refused connection.
    if (Array.isArray(error)) return { errors: error as GraphqlResponse<unknown>['errors'] };
    const code = (error as { code?: number }).code;
    return {
      errors: [
        { message: String(code), extensions: { code: code === 4403 ? 'UNAUTHENTICATED' : `CLOSED_${code}` } },
      ],
    };
  } finally {
    await client.dispose();
  }
}

function outcomeOf(response: GraphqlResponse<unknown>): Outcome | string {
  if (!response.errors?.length) return 'ALLOWED';
  return String(response.errors[0].extensions?.code);
}

describe('authorization matrix', () => {
  let bridge: TestBridge;
  const tokens = new Map<Persona, string | undefined>();
  let ids: AcmeIds;
  let acmeEmails: Set<string>;
  const emailOf = new Map<Persona, string>();
  const signInAgain = async (email: string) =>
    (
      await bridge.data<{ login: { token: string; refreshToken: string } }>(
        'mutation($e: String!) { login(email: $e, password: "bridge-demo") { token refreshToken } }',
        { e: email },
      )
    ).login;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    for (const [persona, email] of Object.entries(SIGN_IN)) {
      tokens.set(persona as Persona, await bridge.signIn(email));
      emailOf.set(persona as Persona, email);
    }
    const [noRoles] = await bridge.sql<{ email: string }>(
      "SELECT p.email FROM person p JOIN organization o ON o.id = p.organization_id WHERE o.slug = 'acme' AND p.roles = '{}' ORDER BY p.email LIMIT 1",
    );
    tokens.set('noRoles', await bridge.signIn(noRoles.email));
    emailOf.set('noRoles', noRoles.email);
    tokens.set('signedOut', undefined);

    const admin = tokens.get('admin');
    const { importPeople } = await bridge.data<{ importPeople: { id: string } }>(
      'mutation { importPeople(csv: "id,name,email\\nM0,Seed Person,seed@x.test", dryRun: true) { id } }',
      {},
      admin,
    );
    const [row] = await bridge.sql<{ mentee: string; unit: string }>(
      "SELECT p.id AS mentee, p.unit_id AS unit FROM person p WHERE p.email = 'mentee@acme.test'",
    );
    const marketplace = await marketplaceFixtures(bridge, tokens);
    const { recordObservation } = await bridge.data<{ recordObservation: { id: string } }>(
      `mutation($id: ID!) { recordObservation(input: { candidateId: $id, ${OBSERVATION_CONTENT} }) { id } }`,
      { id: marketplace.candidate },
      tokens.get('hr'),
    );
    const ask = async (candidateId: string) =>
      (
        await bridge.data<{ requestObservation: { id: string } }>(
          'mutation($c: ID!, $o: ID!) { requestObservation(candidateId: $c, observerId: $o, question: "How?") { id } }',
          { c: candidateId, o: row.mentee },
          tokens.get('hr'),
        )
      ).requestObservation;
    // mentee@ is asked about candidate@ (so may observe them), and about manager@: the request the decline
    // row acts on, which mentee@'s observation of candidate@ does not answer, whatever order rows run in.
    await ask(marketplace.candidate);
    const [{ id: managerId }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM person WHERE email = 'manager@acme.test'",
    );
    const requestObservation = await ask(managerId);
    const openReview = async (transition: string) =>
      (
        await bridge.data<{ openPromotionReview: { id: string } }>(
          'mutation($id: ID!, $t: TransitionKey) { openPromotionReview(candidateId: $id, transition: $t) { id } }',
          { id: marketplace.candidate, t: transition },
          tokens.get('hr'),
        )
      ).openPromotionReview.id;
    const decidedReview = await openReview('T1');
    await bridge.data(
      'mutation($id: ID!) { decidePromotionReview(id: $id, decision: READY, rationale: "Ready") { id } }',
      { id: decidedReview },
      tokens.get('hr'),
    );
    const addIndicator = async (text: string) =>
      (
        await bridge.data<{ addIndicator: { id: string } }>(
          'mutation($text: String!) { addIndicator(input: { capabilityKey: "coaching", kind: POSITIVE, text: $text }) { id } }',
          { text },
          admin,
        )
      ).addIndicator.id;
    const { addReflection } = await bridge.data<{ addReflection: { id: string } }>(
      'mutation { addReflection(input: { text: "I held back in the kickoff.", sharedWithHr: true }) { id } }',
      {},
      tokens.get('candidate'),
    );
    ids = {
      mentee: row.mentee,
      unit: row.unit,
      peopleImport: importPeople.id,
      ...marketplace,
      observation: recordObservation.id,
      observationRequest: requestObservation.id,
      decidedReview,
      openReview: await openReview('T2'),
      indicatorToEdit: await addIndicator('Asks what they would try first'),
      indicatorToRetire: await addIndicator('Leaves the answer to them'),
      reflection: addReflection.id,
    };
    acmeEmails = new Set(
      (await bridge.sql<{ email: string }>("SELECT email FROM person WHERE email LIKE '%@acme.test'")).map(
        (r) => r.email,
      ),
    );
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('has a row for every query and mutation of the schema, and none for anything else', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .flatMap((type) => (type ? Object.keys(type.getFields()) : []))
      .sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  const cells = Object.entries(MATRIX).flatMap(([operation, row]) =>
    PERSONAS.map((persona) => [operation, persona, expectedOutcome(row, persona)] as const),
  );

  it.each(cells)('%s as %s → %s', async (operation, persona, expected) => {
    const row = MATRIX[operation];
    const email = emailOf.get(persona);
    const token = row.endsSessions && email ? (await signInAgain(email)).token : tokens.get(persona);
    const variables = (await row.variables?.({ ids, signInAgain })) ?? {};
    const response = row.subscription
      ? await subscribeOnce(bridge.url, row.document, token, variables)
      : await bridge.graphql(row.document, variables, token);
    expect(outcomeOf(response)).toBe(expected);
    // Signing out everywhere ended the persona's usual session too: give them a new one for the next rows.
    if (row.endsSessions && email) tokens.set(persona, await bridge.signIn(email));
    if (persona === 'otherTenantAdmin' && expected === 'ALLOWED' && operation !== 'login') {
      // Allowed for the other tenant means: answered from their own data, nothing of Acme in it.
      const text = JSON.stringify(response.data);
      expect([...acmeEmails].filter((email) => text.includes(email))).toEqual([]);
      expect(text).not.toContain(ids.mentee);
      expect(text).not.toContain(ids.peopleImport);
    }
  });
});
