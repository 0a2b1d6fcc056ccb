import { ErrorReason } from './error-reasons';
import { OpportunityKind } from './marketplace';

/** What a candidate holds now: the sum of their active placements. */
export interface CandidateLoad {
  committedHours: number;
  activeProjects: number;
  activeMentees: number;
}

/** What a candidate's profile says they can take on, and what they hold now. */
export interface CandidateCapacity extends CandidateLoad {
  hoursPerWeek: number;
  maxProjects: number;
  maxMentees: number;
}

/** What one placement adds to a candidate's load while it lasts. */
export interface PlacementLoad {
  hours: number;
  projects: number;
  mentees: number;
}

export type CapacityReason =
  | ErrorReason.CAPACITY_HOURS
  | ErrorReason.CAPACITY_PROJECTS
  | ErrorReason.CAPACITY_MENTEES;

/** One limit a placement would break: the limit, what is in use, and what the placement needs. */
export interface CapacityShortfall {
  reason: CapacityReason;
  limit: number;
  inUse: number;
  needed: number;
  /** True when the limit itself is below what is needed, so no placement ending would make room. */
  exceedsLimitItself: boolean;
}

/** A project counts against the project limit, a mentorship against the mentee limit; both take hours. */
export function placementLoad(kind: OpportunityKind, hoursPerWeek: number): PlacementLoad {
  const mentorship = kind === OpportunityKind.MENTORSHIP;
  return { hours: hoursPerWeek, projects: mentorship ? 0 : 1, mentees: mentorship ? 1 : 0 };
}

/** What is left: hours, projects and mentees the candidate could still take on. */
export function freeCapacity(capacity: CandidateCapacity): PlacementLoad {
  return {
    hours: Math.max(0, capacity.hoursPerWeek - capacity.committedHours),
    projects: Math.max(0, capacity.maxProjects - capacity.activeProjects),
    mentees: Math.max(0, capacity.maxMentees - capacity.activeMentees),
  };
}

/** Every limit that taking on `load` would break; empty when it fits. */
export function capacityShortfalls(capacity: CandidateCapacity, load: PlacementLoad): CapacityShortfall[] {
  const limits: [CapacityReason, number, number, number][] = [
    [ErrorReason.CAPACITY_HOURS, capacity.hoursPerWeek, capacity.committedHours, load.hours],
    [ErrorReason.CAPACITY_PROJECTS, capacity.maxProjects, capacity.activeProjects, load.projects],
    [ErrorReason.CAPACITY_MENTEES, capacity.maxMentees, capacity.activeMentees, load.mentees],
  ];
  return limits
    .filter(([, limit, inUse, needed]) => needed > 0 && inUse + needed > limit)
    .map(([reason, limit, inUse, needed]) => ({
      reason,
      limit,
      inUse,
      needed,
      exceedsLimitItself: needed > limit,
    }));
}

/** The load after a placement starts (`sign` 1) or ends (`sign` -1). */
export function applyPlacementLoad(
  capacity: CandidateCapacity,
  load: PlacementLoad,
  sign: 1 | -1,
): CandidateCapacity {
  return {
    ...capacity,
    committedHours: capacity.committedHours + sign * load.hours,
    activeProjects: capacity.activeProjects + sign * load.projects,
    activeMentees: capacity.activeMentees + sign * load.mentees,
  };
}

/** A limit a new profile would set below what the candidate holds now. */
export interface LimitBelowLoad {
  reason: CapacityReason;
  limit: number;
  inUse: number;
}

/** A profile may not be lowered under its own placements until one ends. */
export function limitsBelowLoad(
  limits: Pick<CandidateCapacity, 'hoursPerWeek' | 'maxProjects' | 'maxMentees'>,
  load: CandidateLoad,
): LimitBelowLoad[] {
  const pairs: LimitBelowLoad[] = [
    { reason: ErrorReason.CAPACITY_HOURS, limit: limits.hoursPerWeek, inUse: load.committedHours },
    { reason: ErrorReason.CAPACITY_PROJECTS, limit: limits.maxProjects, inUse: load.activeProjects },
    { reason: ErrorReason.CAPACITY_MENTEES, limit: limits.maxMentees, inUse: load.activeMentees },
  ];
  return pairs.filter((pair) => pair.limit < pair.inUse);
}

const UNITS: Record<CapacityReason, [singular: string, plural: string]> = {
  [ErrorReason.CAPACITY_HOURS]: ['hour a week', 'hours a week'],
  [ErrorReason.CAPACITY_PROJECTS]: ['project', 'projects'],
  [ErrorReason.CAPACITY_MENTEES]: ['mentee', 'mentees'],
};

/** "1 project", "4 hours a week". */
export function capacityAmount(reason: CapacityReason, amount: number): string {
  const [singular, plural] = UNITS[reason];
  return `${amount} ${amount === 1 ? singular : plural}`;
}
