import fc from 'fast-check';
import {
  applyPlacementLoad,
  capacityAmount,
  capacityShortfalls,
  freeCapacity,
  limitsBelowLoad,
  placementLoad,
} from './capacity';
import { ErrorReason } from './error-reasons';
import { OpportunityKind } from './marketplace';

const profile = {
  hoursPerWeek: 6,
  maxProjects: 1,
  maxMentees: 2,
  committedHours: 2,
  activeProjects: 0,
  activeMentees: 1,
};

describe('capacity', () => {
  it('counts a project against projects and a mentorship against mentees, both in hours', () => {
    expect(placementLoad(OpportunityKind.STRETCH_PROJECT, 4)).toEqual({ hours: 4, projects: 1, mentees: 0 });
    expect(placementLoad(OpportunityKind.MENTORSHIP, 2)).toEqual({ hours: 2, projects: 0, mentees: 1 });
  });

  it('says what is free', () => {
    expect(freeCapacity(profile)).toEqual({ hours: 4, projects: 1, mentees: 1 });
  });

  it('names each limit a placement would break, with the numbers', () => {
    expect(capacityShortfalls(profile, { hours: 5, projects: 1, mentees: 0 })).toEqual([
      { reason: ErrorReason.CAPACITY_HOURS, limit: 6, inUse: 2, needed: 5, exceedsLimitItself: false },
    ]);
    expect(capacityShortfalls({ ...profile, maxProjects: 0 }, { hours: 1, projects: 1, mentees: 0 })).toEqual(
      [{ reason: ErrorReason.CAPACITY_PROJECTS, limit: 0, inUse: 0, needed: 1, exceedsLimitItself: true }],
    );
    expect(capacityShortfalls(profile, { hours: 4, projects: 1, mentees: 0 })).toEqual([]);
  });

  it('refuses lowering a limit under what is held', () => {
    expect(limitsBelowLoad({ hoursPerWeek: 1, maxProjects: 1, maxMentees: 0 }, profile)).toEqual([
      { reason: ErrorReason.CAPACITY_HOURS, limit: 1, inUse: 2 },
      { reason: ErrorReason.CAPACITY_MENTEES, limit: 0, inUse: 1 },
    ]);
    expect(limitsBelowLoad(profile, profile)).toEqual([]);
  });

  it('writes amounts in words', () => {
    expect(capacityAmount(ErrorReason.CAPACITY_HOURS, 1)).toBe('1 hour a week');
    expect(capacityAmount(ErrorReason.CAPACITY_PROJECTS, 2)).toBe('2 projects');
    expect(capacityAmount(ErrorReason.CAPACITY_MENTEES, 1)).toBe('1 mentee');
  });

  it('gives back exactly what a placement took when it ends (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(OpportunityKind.STRETCH_PROJECT, OpportunityKind.MENTORSHIP),
        fc.integer({ min: 1, max: 40 }),
        (kind, hours) => {
          const load = placementLoad(kind, hours);
          expect(applyPlacementLoad(applyPlacementLoad(profile, load, 1), load, -1)).toEqual(profile);
        },
      ),
    );
  });

  it('finds no shortfall exactly when the placement fits every limit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(OpportunityKind.STRETCH_PROJECT, OpportunityKind.MENTORSHIP),
        (limit, committed, hours, kind) => {
          const capacity = { ...profile, hoursPerWeek: limit, committedHours: Math.min(committed, limit) };
          const load = placementLoad(kind, hours);
          const after = applyPlacementLoad(capacity, load, 1);
          const fits =
            after.committedHours <= after.hoursPerWeek &&
            after.activeProjects <= after.maxProjects &&
            after.activeMentees <= after.maxMentees;
          expect(capacityShortfalls(capacity, load).length === 0).toBe(fits);
        },
      ),
    );
  });
});
