import {
  eligibility,
  EligibilityCandidate,
  EligibilityOpportunity,
  EligibilityReason,
  ErrorReason,
  OpportunityKind,
  OpportunityStatus,
} from '@bridge/domain';
import { eligibilityWith, pairKey } from './constraints';
import type { MatchCandidate, MatchFacts, MatchOpportunity } from './types';

/**
 * The hard constraints of a round without calling the rule core 20 M times, and without restating
 * it: the rule core itself is asked about representatives, and its reasons are sorted by what they
 * depend on (REASON_SCOPE):
 * - about the opportunity and the candidate's function: asked once per opportunity and function, of
 *   a probe candidate in that function who is nobody;
 * - about the candidate's load (profile, hours, limits): asked once per distinct capacity and
 *   placement load (kind and hours), of a probe pair;
 * - about who the two are (own opportunity, reporting line, manager's refusal): the few pairs where
 *   they can arise (the sponsor, the mentee, people in the mentee's reporting line, recorded
 *   refusals) are asked of the rule core directly, as they are; pairs with a live application are
 *   left out there too (MatchFacts.liveApplications).
 * A test holds the round's edges to exactly the pairs `eligibility` accepts on random instances.
 */

type ReasonScope = 'OPPORTUNITY_OR_FUNCTION' | 'LOAD' | 'WHO';

/** A reason added to the rule core fails compilation here until it is given a scope. */
const REASON_SCOPE: Record<EligibilityReason, ReasonScope> = {
  [ErrorReason.NOT_OPEN]: 'OPPORTUNITY_OR_FUNCTION',
  [ErrorReason.OPPORTUNITY_ENDED]: 'OPPORTUNITY_OR_FUNCTION',
  [ErrorReason.SEATS_FULL]: 'OPPORTUNITY_OR_FUNCTION',
  [ErrorReason.OWN_FUNCTION]: 'OPPORTUNITY_OR_FUNCTION',
  [ErrorReason.PROFILE_REQUIRED]: 'LOAD',
  [ErrorReason.CAPACITY_HOURS]: 'LOAD',
  [ErrorReason.CAPACITY_PROJECTS]: 'LOAD',
  [ErrorReason.CAPACITY_MENTEES]: 'LOAD',
  [ErrorReason.OWN_OPPORTUNITY]: 'WHO',
  [ErrorReason.REPORTING_LINE]: 'WHO',
  [ErrorReason.MANAGER_REFUSED]: 'WHO',
};

/** Ids no person has: the probes are nobody, so no reason about who they are can arise. */
const NOBODY = '\u0000probe';
const NO_SPONSOR = '\u0000sponsor';

function blockedIn(
  scope: ReasonScope,
  candidate: EligibilityCandidate,
  opportunity: EligibilityOpportunity,
  today: string,
): boolean {
  const result = eligibility(
    candidate,
    opportunity,
    { today, menteeManagerChain: [], managerRefused: false },
    'PROPOSE',
  );
  return result.problems.some((problem) => problem.blocking && REASON_SCOPE[problem.reason] === scope);
}

/** Verdicts of the pairs asked directly: the scan reads 0 as "ask the classes". */
export const ASK_CLASSES = 0;
export const ELIGIBLE = 1;
export const NOT_ELIGIBLE = 2;

/** The candidate's capacity as a class key: every field, so a field added later still tells classes apart. */
export function capacityKey(candidate: MatchCandidate): string {
  const capacity = candidate.eligibility.capacity;
  return capacity ? JSON.stringify(capacity) : 'none';
}

/**
 * The candidates' classes for the rule core, and who they are, indexed once per round. Candidates
 * come grouped by function and capacityKey, so each class is a run of indices [runStart[r], runStart[r+1]).
 */
export class RoundEligibility {
  readonly runStart: number[] = [0];
  readonly runFunction: number[] = [];
  readonly runCapacity: number[] = [];
  /** Per candidate: its function's class and its capacity's class. */
  readonly functionClass: Int32Array;
  readonly capacityClass: Int32Array;
  /** Per function class: open for this opportunity (1) or not (0); refilled per opportunity. */
  readonly functionOpen: Uint8Array;
  /** Per candidate: the rule core's verdict on this opportunity when asked directly. */
  readonly verdict: Int8Array;
  private readonly functions: (string | null)[] = [];
  private readonly capacities: EligibilityCandidate['capacity'][] = [];
  private readonly loadFits = new Map<string, Uint8Array>();
  private readonly byPerson = new Map<string, number[]>();
  private readonly underManager = new Map<string, number[]>();
  private readonly refusals: Set<string>;
  private readonly applied: Set<string>;
  /** Per opportunity: the candidates with a recorded refusal or a live application for it. */
  private readonly refused: number[][];
  /** The candidates asked directly for the current opportunity. */
  asked: number[] = [];

  constructor(
    private readonly candidates: readonly MatchCandidate[],
    capacityKeys: readonly string[],
    opportunityIndex: ReadonlyMap<string, number>,
    private readonly facts: MatchFacts,
  ) {
    const n = candidates.length;
    this.functionClass = new Int32Array(n);
    this.capacityClass = new Int32Array(n);
    this.verdict = new Int8Array(n);
    const functionClasses = new Map<string | null, number>();
    const capacityClasses = new Map<string, number>();
    candidates.forEach((candidate, i) => {
      const { functionId, capacity, personId, managerChain } = candidate.eligibility;
      let f = functionClasses.get(functionId);
      if (f === undefined) {
        functionClasses.set(functionId, (f = this.functions.length));
        this.functions.push(functionId);
      }
      this.functionClass[i] = f;
      let c = capacityClasses.get(capacityKeys[i]);
      if (c === undefined) {
        capacityClasses.set(capacityKeys[i], (c = this.capacities.length));
        this.capacities.push(capacity);
      }
      this.capacityClass[i] = c;
      if (i > 0 && (f !== this.functionClass[i - 1] || c !== this.capacityClass[i - 1]))
        this.runStart.push(i);
      if (this.runStart.length > this.runFunction.length) {
        this.runFunction.push(f);
        this.runCapacity.push(c);
      }
      add(this.byPerson, personId, i);
      for (const manager of managerChain) add(this.underManager, manager, i);
    });
    this.runStart.push(n);
    this.functionOpen = new Uint8Array(this.functions.length);
    this.refusals = new Set(facts.managerRefusals);
    this.applied = new Set(facts.liveApplications);
    this.refused = Array.from({ length: opportunityIndex.size }, () => []);
    const candidateIndex = new Map(candidates.map((candidate, i) => [candidate.id, i]));
    // Ids may hold ':' themselves: every split that names a known pair counts.
    for (const key of [...this.refusals, ...this.applied])
      for (let at = key.indexOf(':'); at >= 0; at = key.indexOf(':', at + 1)) {
        const i = candidateIndex.get(key.slice(0, at));
        const j = opportunityIndex.get(key.slice(at + 1));
        if (i !== undefined && j !== undefined) this.refused[j].push(i);
      }
  }

  /**
   * Prepares the verdicts for opportunity j: fills functionOpen and the direct verdicts, and returns
   * per capacity class whether the load fits (1), or null when nobody may take the opportunity.
   */
  open(j: number, opportunity: MatchOpportunity): Uint8Array | null {
    for (const i of this.asked) this.verdict[i] = ASK_CLASSES;
    this.asked = [];
    let anyOpen = false;
    this.functions.forEach((functionId, f) => {
      const probe = { personId: NOBODY, name: '', managerChain: [], functionId, capacity: null };
      const blocked = blockedIn('OPPORTUNITY_OR_FUNCTION', probe, opportunity.eligibility, this.facts.today);
      this.functionOpen[f] = blocked ? 0 : 1;
      if (!blocked) anyOpen = true;
    });
    if (!anyOpen) return null;
    for (const i of this.aboutWho(j, opportunity)) {
      const candidate = this.candidates[i];
      const key = pairKey(candidate.id, opportunity.id);
      this.verdict[i] =
        !this.applied.has(key) &&
        eligibilityWith(candidate, opportunity, this.facts, this.refusals.has(key)).eligible
          ? ELIGIBLE
          : NOT_ELIGIBLE;
      this.asked.push(i);
    }
    return this.fits(opportunity.eligibility);
  }

  private fits(opportunity: EligibilityOpportunity): Uint8Array {
    const key = `${opportunity.kind}|${opportunity.hoursPerWeek}`;
    let fits = this.loadFits.get(key);
    if (!fits) {
      const probe: EligibilityOpportunity = {
        kind: opportunity.kind,
        hoursPerWeek: opportunity.hoursPerWeek,
        status: OpportunityStatus.OPEN,
        title: '',
        sponsorId: NO_SPONSOR,
        menteeId: null,
        hostFunctionId: null,
        crossFunctional: false,
        seats: 1,
        seatsFilled: 0,
        endsOn: null,
      };
      const today = this.facts.today;
      fits = Uint8Array.from(this.capacities, (capacity) =>
        blockedIn(
          'LOAD',
          { personId: NOBODY, name: '', managerChain: [], functionId: null, capacity },
          probe,
          today,
        )
          ? 0
          : 1,
      );
      this.loadFits.set(key, fits);
    }
    return fits;
  }

  /** The candidates for whom a reason about who they are could arise. */
  private aboutWho(j: number, opportunity: MatchOpportunity): Set<number> {
    const { sponsorId, menteeId, kind } = opportunity.eligibility;
    const pairs = new Set<number>(this.refused[j]);
    const addAll = (list: readonly number[] | undefined) => list?.forEach((i) => pairs.add(i));
    addAll(this.byPerson.get(sponsorId));
    if (menteeId !== null) {
      addAll(this.byPerson.get(menteeId));
      if (kind === OpportunityKind.MENTORSHIP) {
        addAll(this.underManager.get(menteeId));
        for (const manager of opportunity.menteeManagerChain) addAll(this.byPerson.get(manager));
      }
    }
    return pairs;
  }
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}
