import fc from 'fast-check';
import { Role } from '@bridge/domain';
import type { PersonImportRow } from './people-csv';
import { ExistingPerson, ExistingUnit, PeopleImportPlan, planPeopleImport } from './people-import-plan';

function row(employeeId: string, overrides: Partial<PersonImportRow> = {}): PersonImportRow {
  return {
    row: Number(employeeId.replace(/\D/g, '')) + 1,
    employeeId,
    name: `Person ${employeeId}`,
    email: `${employeeId.toLowerCase()}@x.test`,
    title: null,
    functionName: 'Engineering',
    teamName: 'Platform',
    managerRef: null,
    location: null,
    level: null,
    roles: undefined,
    ...overrides,
  };
}

function idSequence(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

function plan(
  rows: PersonImportRow[],
  existingPeople: ExistingPerson[] = [],
  existingUnits: ExistingUnit[] = [],
): PeopleImportPlan {
  return planPeopleImport(rows, {
    existingPeople,
    existingUnits,
    managerColumn: 'Manager',
    emailColumn: 'Email',
    newId: idSequence(),
  });
}

/** What the organization looks like once a plan is applied: the starting point of the next import. */
function applied(
  result: PeopleImportPlan,
  before: ExistingPerson[],
  units: ExistingUnit[],
): { people: ExistingPerson[]; units: ExistingUnit[] } {
  const people = new Map(before.map((person) => [person.id, person]));
  for (const write of [...result.creates, ...result.updates])
    people.set(write.id, { ...write, active: true });
  return {
    people: [...people.values()],
    units: [...units, ...result.unitsToCreate.map((unit) => ({ id: unit.id, pathKey: unit.pathKey }))],
  };
}

describe('planPeopleImport', () => {
  it('creates functions, teams and people, with managers from the same file', () => {
    const result = plan([
      row('E1', { teamName: null }),
      row('E2', { managerRef: 'E1' }),
      row('E3', { managerRef: 'e1@x.test' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.unitsToCreate.map((unit) => [unit.pathKey, unit.kind])).toEqual([
      ['engineering', 'FUNCTION'],
      ['engineering/platform', 'TEAM'],
    ]);
    const byEmployee = new Map(result.creates.map((write) => [write.employeeId, write]));
    expect(byEmployee.get('E2')?.managerId).toBe(byEmployee.get('E1')?.id);
    expect(byEmployee.get('E3')?.managerId).toBe(byEmployee.get('E1')?.id);
    expect(byEmployee.get('E2')?.unitId).toBe(result.unitsToCreate[1].id);
  });

  it('resolves managers already in Bridge and keeps roles when the file has no roles column', () => {
    const boss: ExistingPerson = {
      id: 'boss',
      employeeId: 'B1',
      email: 'boss@x.test',
      name: 'Boss',
      title: null,
      level: null,
      location: null,
      unitId: null,
      managerId: null,
      roles: [Role.SPONSOR],
      active: true,
    };
    const result = plan(
      [
        row('B1', { name: 'Boss', email: 'boss@x.test', functionName: null, teamName: null }),
        row('E2', { managerRef: 'B1' }),
      ],
      [boss],
    );
    expect(result.unchangedCount).toBe(1);
    expect(result.creates[0].managerId).toBe('boss');
  });

  it('reports unknown managers, e-mails owned by someone else, and reporting cycles', () => {
    const owner: ExistingPerson = {
      id: 'o',
      employeeId: 'O1',
      email: 'taken@x.test',
      name: 'Owner',
      title: null,
      level: null,
      location: null,
      unitId: null,
      managerId: null,
      roles: [],
      active: true,
    };
    const result = plan(
      [
        row('E1', { managerRef: 'E9' }),
        row('E2', { email: 'taken@x.test' }),
        row('E3', { managerRef: 'E4' }),
        row('E4', { managerRef: 'E3' }),
      ],
      [owner],
    );
    expect(result.problems).toEqual([
      { row: 2, column: 'Manager', message: 'no one with employee id "E9" in this file or in Bridge' },
      { row: 3, column: 'Email', message: '"taken@x.test" already belongs to Owner (employee id O1)' },
      { row: 4, column: 'Manager', message: 'reporting cycle: E3 → E4 → E3' },
      { row: 5, column: 'Manager', message: 'reporting cycle: E3 → E4 → E3' },
    ]);
  });

  it('allows an e-mail to move to someone else when its owner gets a new one in the same file', () => {
    const owner: ExistingPerson = {
      id: 'o',
      employeeId: 'O1',
      email: 'shared@x.test',
      name: 'Owner',
      title: null,
      level: null,
      location: null,
      unitId: null,
      managerId: null,
      roles: [],
      active: true,
    };
    const result = plan(
      [row('O1', { email: 'owner.new@x.test' }), row('E2', { email: 'shared@x.test' })],
      [owner],
    );
    expect(result.problems).toEqual([]);
  });

  it('does not report a reference to a row that was already rejected', () => {
    const result = planPeopleImport([row('E2', { managerRef: 'E1' })], {
      existingPeople: [],
      existingUnits: [],
      managerColumn: 'Manager',
      emailColumn: 'Email',
      newId: idSequence(),
      rejected: { employeeIds: new Set(['E1']), emails: new Set() },
    });
    expect(result.problems).toEqual([]);
  });

  const acyclicFile = fc
    .array(
      fc.record({
        title: fc.option(fc.constantFrom('Engineer', 'Lead', 'Analyst'), { nil: null }),
        functionName: fc.option(fc.constantFrom('Sales', 'Engineering'), { nil: null }),
        teamName: fc.option(fc.constantFrom('North', 'South'), { nil: null }),
        managerOffset: fc.nat(),
        hasManager: fc.boolean(),
        roles: fc.option(fc.subarray([Role.CANDIDATE, Role.MENTEE, Role.SPONSOR]), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 40 },
    )
    // Each person's manager comes earlier in the file, so the reporting lines are a forest.
    .map((specs) =>
      specs.map((spec, index) =>
        row(`E${index + 1}`, {
          title: spec.title,
          functionName: spec.functionName,
          teamName: spec.teamName,
          roles: spec.roles?.slice().sort(),
          managerRef: spec.hasManager && index > 0 ? `E${(spec.managerOffset % index) + 1}` : null,
        }),
      ),
    );

  it('finds nothing to change when the same file comes again (property)', () => {
    fc.assert(
      fc.property(acyclicFile, (rows) => {
        const first = plan(rows);
        expect(first.problems).toEqual([]);
        expect(first.creates).toHaveLength(rows.length);
        const state = applied(first, [], []);
        const second = plan(rows, state.people, state.units);
        expect(second.problems).toEqual([]);
        expect(second.creates).toEqual([]);
        expect(second.updates).toEqual([]);
        expect(second.unitsToCreate).toEqual([]);
        expect(second.unchangedCount).toBe(rows.length);
      }),
    );
  });

  it('reports a cycle whenever a file closes a loop of managers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), (length) => {
        const rows = Array.from({ length }, (_, index) =>
          row(`E${index + 1}`, { managerRef: `E${((index + 1) % length) + 1}` }),
        );
        const result = plan(rows);
        expect(result.problems).toHaveLength(length);
        expect(result.problems.every((problem) => problem.message.startsWith('reporting cycle: '))).toBe(
          true,
        );
      }),
    );
  });
});
