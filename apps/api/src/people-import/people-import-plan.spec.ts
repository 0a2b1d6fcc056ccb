import fc from 'fast-check';
import { Role } from '@bridge/domain';
import { parsePeopleCsv, PersonImportRow, RejectedPersonRow } from './people-csv';
import {
  ExistingPerson,
  ExistingUnit,
  PeopleImportPlan,
  PlanContext,
  planPeopleImport,
} from './people-import-plan';

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

function person(employeeId: string, overrides: Partial<ExistingPerson> = {}): ExistingPerson {
  return {
    id: employeeId.toLowerCase(),
    employeeId,
    email: `${employeeId.toLowerCase()}@x.test`,
    name: `Person ${employeeId}`,
    title: null,
    level: null,
    location: null,
    joinedOn: null,
    unitId: null,
    managerId: null,
    roles: [],
    active: true,
    ...overrides,
  };
}

function rejectedRow(
  employeeId: string | null,
  overrides: Partial<RejectedPersonRow> = {},
): RejectedPersonRow {
  return {
    row: Number((employeeId ?? '').replace(/\D/g, '')) + 1,
    employeeId,
    email: employeeId ? `${employeeId.toLowerCase()}@x.test` : null,
    managerRef: null,
    ...overrides,
  };
}

/** Rejected rows as the row checks hand them over: their ids and e-mails are known as rejected too. */
function rejectedContext(
  rows: RejectedPersonRow[],
  unreadable: { employeeIds?: string[]; emails?: string[] } = {},
): PlanContext['rejected'] {
  return {
    rows,
    employeeIds: new Set([
      ...rows.flatMap((row) => (row.employeeId ? [row.employeeId] : [])),
      ...(unreadable.employeeIds ?? []),
    ]),
    emails: new Set([...rows.flatMap((row) => (row.email ? [row.email] : [])), ...(unreadable.emails ?? [])]),
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
  rejected?: PlanContext['rejected'],
): PeopleImportPlan {
  return planPeopleImport(rows, {
    existingPeople,
    existingUnits,
    managerColumn: 'Manager',
    emailColumn: 'Email',
    newId: idSequence(),
    rejected,
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

  it('keeps a start date the file has no column for, and changes it when the file says', () => {
    const existing = [person('E1', { joinedOn: '2019-05-01' })];
    const kept = plan([row('E1', { functionName: null, teamName: null })], existing);
    expect(kept.unchangedCount).toBe(1);
    const changed = plan([row('E1', { joinedOn: '2019-06-01' })], existing);
    expect(changed.updates.map((write) => write.joinedOn)).toEqual(['2019-06-01']);
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
      joinedOn: null,
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
      joinedOn: null,
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
      joinedOn: null,
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

  describe('with rows the row checks rejected', () => {
    it('still reports their unknown manager, taken e-mail and reporting cycle', () => {
      const result = plan(
        [row('E3', { managerRef: 'E4' })],
        [person('O1', { email: 'taken@x.test', name: 'Owner' })],
        [],
        rejectedContext([
          rejectedRow('E1', { managerRef: 'E9' }),
          rejectedRow('E2', { email: 'taken@x.test' }),
          rejectedRow('E4', { managerRef: 'e3@x.test' }),
        ]),
      );
      expect(result.problems).toEqual([
        { row: 2, column: 'Manager', message: 'no one with employee id "E9" in this file or in Bridge' },
        { row: 3, column: 'Email', message: '"taken@x.test" already belongs to Owner (employee id O1)' },
        { row: 4, column: 'Manager', message: 'reporting cycle: E3 → E4 → E3' },
        { row: 5, column: 'Manager', message: 'reporting cycle: E3 → E4 → E3' },
      ]);
    });

    it('never writes them, nor counts them as changes', () => {
      const result = plan(
        [row('E2', { managerRef: 'E1' })],
        [person('E1', { name: 'Someone else' })],
        [],
        rejectedContext([rejectedRow('E1', { managerRef: null })]),
      );
      expect(result.problems).toEqual([]);
      expect(result.creates.map((write) => write.employeeId)).toEqual(['E2']);
      expect(result.updates).toEqual([]);
      expect(result.unchangedCount).toBe(0);
    });

    it('does not report a reference to one of them, even one too malformed to read', () => {
      const result = plan(
        [
          row('E2', { managerRef: 'E1' }),
          row('E3', { managerRef: 'e1@x.test' }),
          row('E4', { managerRef: 'E5' }),
          row('E6', { managerRef: 'e5@x.test' }),
        ],
        [],
        [],
        rejectedContext([rejectedRow('E1')], { employeeIds: ['E5'], emails: ['e5@x.test'] }),
      );
      expect(result.problems).toEqual([]);
    });

    it('does not say whose e-mail a row without a usable employee id would take', () => {
      const result = plan(
        [],
        [person('O1', { email: 'taken@x.test' })],
        [],
        rejectedContext([rejectedRow(null, { row: 2, email: 'taken@x.test' })]),
      );
      expect(result.problems).toEqual([]);
    });

    it('still checks the manager of a row repeating an employee id, keeping it out of the reporting lines', () => {
      const result = plan(
        [row('E1', { managerRef: 'E2' }), row('E2', { managerRef: 'E1', row: 3 })],
        [],
        [],
        // Row 4 repeats E1: the row checks reported that and left its employee id out.
        rejectedContext([rejectedRow(null, { row: 4, email: 'other@x.test', managerRef: 'E7' })], {
          employeeIds: ['E1'],
        }),
      );
      expect(result.problems).toEqual([
        { row: 2, column: 'Manager', message: 'reporting cycle: E1 → E2 → E1' },
        { row: 3, column: 'Manager', message: 'reporting cycle: E1 → E2 → E1' },
        { row: 4, column: 'Manager', message: 'no one with employee id "E7" in this file or in Bridge' },
      ]);
    });

    it('lets a rejected row that gives its owner a new e-mail free the old one', () => {
      const result = plan(
        [row('E2', { email: 'shared@x.test' })],
        [person('O1', { email: 'shared@x.test' })],
        [],
        rejectedContext([rejectedRow('O1', { row: 2, email: 'owner.new@x.test' })]),
      );
      expect(result.problems).toEqual([]);
    });
  });

  it('reports a bad e-mail, a bad role and an unknown manager of one row in one report', () => {
    const file = parsePeopleCsv(
      [
        'Employee ID,Name,Work Email,Manager,Roles',
        'E1,Ann Lead,ann@x.test,,sponsor',
        'E2,Bo Report,bo-at-x.test,E99,wizard',
        'E3,Cy Report,cy@x.test,E2,candidate',
      ].join('\n'),
    );
    const result = planPeopleImport(file.rows, {
      existingPeople: [],
      existingUnits: [],
      managerColumn: 'Manager',
      emailColumn: 'Work Email',
      newId: idSequence(),
      rejected: file.rejected,
    });
    expect([...file.problems, ...result.problems]).toEqual([
      { row: 3, column: 'Work Email', message: '"bo-at-x.test" is not an e-mail address' },
      {
        row: 3,
        column: 'Roles',
        message: '"wizard" is not a role (use admin, hr, sponsor, candidate or mentee)',
      },
      { row: 3, column: 'Manager', message: 'no one with employee id "E99" in this file or in Bridge' },
    ]);
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
