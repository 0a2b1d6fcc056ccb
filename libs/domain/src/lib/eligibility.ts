import {
  CandidateCapacity,
  capacityAmount,
  CapacityReason,
  capacityShortfalls,
  CapacityShortfall,
  placementLoad,
} from './capacity';
import { ErrorReason } from './error-reasons';
import { OpportunityKind, OpportunityStatus } from './marketplace';
import { inReportingLine, ReportingLine } from './reporting-lines';

/**
 * The marketplace's one rule for who may take which opportunity. The API's apply and accept paths,
 * the hints the web client shows, and the matching engine all ask it; the database's CHECKs and
 * conditional UPDATEs stay as the last line under races, but this decides what a person is told.
 */

/**
 * When the question is asked. A candidate may APPLY while a current placement still fills their
 * time (it may end before an offer comes: they are warned); to ACCEPT an offer, or to be PROPOSED
 * by someone else (a matching round, a sponsor's invitation), the time must be free now.
 */
export type EligibilityStage = 'APPLY' | 'ACCEPT' | 'PROPOSE';

export interface EligibilityCandidate extends ReportingLine {
  name: string;
  /** The function (top-level unit) the candidate works in; null when not placed in a unit. */
  functionId: string | null;
  /** Null until the candidate has set up a candidate profile. */
  capacity: CandidateCapacity | null;
}

export interface EligibilityOpportunity {
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  sponsorId: string;
  /** For a mentor request: the mentee. */
  menteeId: string | null;
  /** The function the host unit belongs to. */
  hostFunctionId: string | null;
  crossFunctional: boolean;
  seats: number;
  seatsFilled: number;
  hoursPerWeek: number;
  /** YYYY-MM-DD, or null when open-ended. */
  endsOn: string | null;
}

export interface EligibilityFacts {
  /** Today as YYYY-MM-DD (UTC): an opportunity whose end date is before it has ended. */
  today: string;
  /** For a mentor request: the mentee's managers, nearest first. */
  menteeManagerChain: readonly string[];
  /** The candidate's manager's latest answer about this opportunity was a refusal. */
  managerRefused: boolean;
}

export type EligibilityReason =
  | ErrorReason.OWN_OPPORTUNITY
  | ErrorReason.OWN_FUNCTION
  | ErrorReason.REPORTING_LINE
  | ErrorReason.NOT_OPEN
  | ErrorReason.OPPORTUNITY_ENDED
  | ErrorReason.SEATS_FULL
  | ErrorReason.PROFILE_REQUIRED
  | CapacityReason
  | ErrorReason.MANAGER_REFUSED;

export interface EligibilityProblem {
  reason: EligibilityReason;
  /** FORBIDDEN when who the candidate is rules it out; CONFLICT when the state of things does. */
  code: 'FORBIDDEN' | 'CONFLICT';
  /** False for a warning: it does not stop this stage, but would stop a later one. */
  blocking: boolean;
  /** Addressed to the candidate ("you"), with what to do next. */
  message: string;
  /** Addressed to anyone else (a sponsor, HR), naming the candidate. */
  messageAbout: string;
  /** For capacity and seats: the limit, what is in use, what this opportunity needs. */
  limit?: number;
  inUse?: number;
  needed?: number;
}

export interface Eligibility {
  /** No problem blocks this stage. */
  eligible: boolean;
  /** Every reason, blocking ones first, in the order a person should address them. */
  problems: EligibilityProblem[];
}

/** Every reason the candidate may not take the opportunity at this stage, and the warnings. */
export function eligibility(
  candidate: EligibilityCandidate,
  opportunity: EligibilityOpportunity,
  facts: EligibilityFacts,
  stage: EligibilityStage = 'APPLY',
): Eligibility {
  const problems: EligibilityProblem[] = [];
  const add = (problem: Omit<EligibilityProblem, 'blocking'>, blocking = true) =>
    problems.push({ ...problem, blocking });
  const title = `“${opportunity.title}”`;
  const name = candidate.name;

  if (opportunity.sponsorId === candidate.personId || opportunity.menteeId === candidate.personId)
    add({
      reason: ErrorReason.OWN_OPPORTUNITY,
      code: 'FORBIDDEN',
      message: 'You cannot apply to your own opportunity.',
      messageAbout: `${name} sponsors ${title}, or is the mentee asking.`,
    });
  if (
    opportunity.crossFunctional &&
    opportunity.hostFunctionId !== null &&
    candidate.functionId === opportunity.hostFunctionId
  )
    add({
      reason: ErrorReason.OWN_FUNCTION,
      code: 'FORBIDDEN',
      message:
        'This cross-functional opportunity is for people from other functions than the one hosting it.',
      messageAbout: `${name} works in the function hosting this cross-functional opportunity.`,
    });
  if (
    opportunity.kind === OpportunityKind.MENTORSHIP &&
    opportunity.menteeId !== null &&
    opportunity.menteeId !== candidate.personId &&
    inReportingLine(candidate, { personId: opportunity.menteeId, managerChain: facts.menteeManagerChain })
  )
    add({
      reason: ErrorReason.REPORTING_LINE,
      code: 'FORBIDDEN',
      message: 'You cannot mentor someone in your own reporting line.',
      messageAbout: `${name} is in the mentee's reporting line: no one mentors someone they manage or who manages them.`,
    });
  if (opportunity.status !== OpportunityStatus.OPEN)
    add({
      reason: ErrorReason.NOT_OPEN,
      code: 'CONFLICT',
      message: `${title} is not open for applications (it is ${opportunity.status.toLowerCase()}).`,
      messageAbout: `${title} is not open (it is ${opportunity.status.toLowerCase()}).`,
    });
  else if (opportunity.endsOn !== null && opportunity.endsOn < facts.today)
    add({
      reason: ErrorReason.OPPORTUNITY_ENDED,
      code: 'CONFLICT',
      message: `${title} ended on ${opportunity.endsOn}.`,
      messageAbout: `${title} ended on ${opportunity.endsOn}.`,
    });
  if (opportunity.seatsFilled >= opportunity.seats)
    add({
      reason: ErrorReason.SEATS_FULL,
      code: 'CONFLICT',
      message: `All ${opportunity.seats} ${opportunity.seats === 1 ? 'seat' : 'seats'} of ${title} are taken.`,
      messageAbout: `All ${opportunity.seats} ${opportunity.seats === 1 ? 'seat' : 'seats'} of ${title} are taken.`,
      limit: opportunity.seats,
      inUse: opportunity.seatsFilled,
      needed: 1,
    });

  if (!candidate.capacity) {
    add({
      reason: ErrorReason.PROFILE_REQUIRED,
      code: 'CONFLICT',
      message: 'Set up your candidate profile (target transition and hours available) before applying.',
      messageAbout: `${name} has no candidate profile yet.`,
    });
  } else {
    const shortfalls = capacityShortfalls(
      candidate.capacity,
      placementLoad(opportunity.kind, opportunity.hoursPerWeek),
    );
    for (const shortfall of shortfalls) {
      // Only a limit below what this one needs stops an application: a placement may end first.
      const blocking = stage !== 'APPLY' || shortfall.exceedsLimitItself;
      add(capacityProblem(shortfall, title, name, blocking), blocking);
    }
  }

  if (facts.managerRefused)
    add(
      {
        reason: ErrorReason.MANAGER_REFUSED,
        code: 'CONFLICT',
        message:
          stage === 'APPLY'
            ? `Your manager declined your time for ${title} before; applying again asks them again.`
            : `Your manager declined your time for ${title}.`,
        messageAbout: `${name}'s manager declined their time for ${title}.`,
      },
      // Someone else may not put the candidate forward against it; the candidate may ask again.
      stage === 'PROPOSE',
    );

  problems.sort((a, b) => Number(b.blocking) - Number(a.blocking));
  return { eligible: !problems.some((problem) => problem.blocking), problems };
}

function capacityProblem(
  shortfall: CapacityShortfall,
  title: string,
  name: string,
  blocking: boolean,
): Omit<EligibilityProblem, 'blocking'> {
  const { reason, limit, inUse, needed } = shortfall;
  const total = inUse + needed;
  const amount = (value: number) => capacityAmount(reason, value);
  const numbers = { reason, code: 'CONFLICT' as const, limit, inUse, needed };
  // Before an offer, a full load is a warning: say that applying is fine and what accepting needs.
  const lead = blocking ? '' : 'You can apply now, but you could not accept an offer yet. ';
  if (reason === ErrorReason.CAPACITY_HOURS) {
    if (shortfall.exceedsLimitItself)
      return {
        ...numbers,
        message: `${title} needs ${amount(needed)}; your profile offers ${limit}. Raise the hours in your profile if you can give more.`,
        messageAbout: `${title} needs ${amount(needed)}; ${name}'s profile offers ${limit}.`,
      };
    return {
      ...numbers,
      message: `${lead}${title} needs ${amount(needed)}: with the ${inUse} you have committed, that makes ${total}, ${total - limit} over the ${limit} in your profile. Raise the hours in your profile, or finish a placement first.`,
      messageAbout: `${title} needs ${amount(needed)}: with the ${inUse} ${name} has committed, that makes ${total}, ${total - limit} over the ${limit} in their profile.`,
    };
  }
  const what = reason === ErrorReason.CAPACITY_PROJECTS ? 'project' : 'mentee';
  if (shortfall.exceedsLimitItself)
    return {
      ...numbers,
      message: `Your profile takes no ${what}s at once. Raise your ${what} limit in your profile.`,
      messageAbout: `${name}'s profile takes no ${what}s at once.`,
    };
  return {
    ...numbers,
    message: `${lead}Accepting would make ${amount(total)} at once, ${total - limit} over your limit of ${limit}. Raise your ${what} limit in your profile, or finish a placement first.`,
    messageAbout: `Accepting would make ${amount(total)} at once for ${name}, ${total - limit} over their limit of ${limit}.`,
  };
}

/** The problems that stop this stage, for an error: the first names the reason, the message says them all. */
export function blockingProblems(result: Eligibility): EligibilityProblem[] {
  return result.problems.filter((problem) => problem.blocking);
}
