import { Role } from '@bridge/domain';
import type { OrgUnitKind } from '../org-units/org-unit.entity';
import { ImportProblem, PersonImportRow, RejectedPersonRow, unitPathKey, unitPathOf } from './people-csv';

export interface ExistingPerson {
  id: string;
  employeeId: string;
  email: string;
  name: string;
  title: string | null;
  level: string | null;
  location: string | null;
  joinedOn: string | null;
  unitId: string | null;
  managerId: string | null;
  roles: Role[];
  active: boolean;
}

export interface ExistingUnit {
  id: string;
  pathKey: string;
}

export interface UnitWrite {
  id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  pathKey: string;
}

/** A person as the import writes them; `active` is always set to true on write. */
export type PersonWrite = Omit<ExistingPerson, 'active'>;

export interface PeopleImportPlan {
  problems: ImportProblem[];
  unitsToCreate: UnitWrite[];
  creates: PersonWrite[];
  updates: PersonWrite[];
  unchangedCount: number;
}

export interface PlanContext {
  existingPeople: readonly ExistingPerson[];
  existingUnits: readonly ExistingUnit[];
  /** The file's header for the manager column, so problems name the column the user sees. */
  managerColumn: string;
  emailColumn: string;
  newId: () => string;
  /**
   * Rows of the file already rejected by the row checks: checked here too, never written; a
   * reference to one of them is not a second problem.
   */
  rejected?: {
    rows: readonly RejectedPersonRow[];
    employeeIds: ReadonlySet<string>;
    emails: ReadonlySet<string>;
  };
}

/** A row the plan checks: one to import, or one the row checks rejected. */
type CheckedRow = PersonImportRow | RejectedPersonRow;

/** Rows by a key; where a key appears twice (reported by the row checks), its first row counts. */
function firstRowsBy(
  rows: readonly CheckedRow[],
  key: (row: CheckedRow) => string | null,
): Map<string, CheckedRow> {
  const byKey = new Map<string, CheckedRow>();
  for (const row of rows) {
    const value = key(row);
    if (value !== null && !byKey.has(value)) byKey.set(value, row);
  }
  return byKey;
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && [...a].sort().every((role, index) => role === [...b].sort()[index]);
}

/**
 * Works out what importing these rows would do to the organization: which units and people to
 * create, which people change, and every row that cannot be imported (unknown manager, an e-mail
 * that belongs to someone else, a reporting cycle). Pure: the service applies the plan.
 */
export function planPeopleImport(rows: readonly PersonImportRow[], context: PlanContext): PeopleImportPlan {
  const problems: ImportProblem[] = [];
  const existingByEmployeeId = new Map(context.existingPeople.map((person) => [person.employeeId, person]));
  const existingByEmail = new Map(context.existingPeople.map((person) => [person.email, person]));
  const existingById = new Map(context.existingPeople.map((person) => [person.id, person]));
  // Rejected rows are checked with the others, so one upload reports every problem of every row.
  const checkedRows = [...rows, ...(context.rejected?.rows ?? [])].sort((a, b) => a.row - b.row);
  const rowByEmployeeId = firstRowsBy(checkedRows, (row) => row.employeeId);
  const rowByEmail = firstRowsBy(checkedRows, (row) => row.email);

  const idOfEmployee = new Map<string, string>();
  for (const person of context.existingPeople) idOfEmployee.set(person.employeeId, person.id);
  for (const row of rows)
    if (!idOfEmployee.has(row.employeeId)) idOfEmployee.set(row.employeeId, context.newId());

  const unitIdByKey = new Map(context.existingUnits.map((unit) => [unit.pathKey, unit.id]));
  const unitsToCreate: UnitWrite[] = [];
  const unitIdFor = (row: PersonImportRow): string | null => {
    const path = unitPathOf(row);
    let parentId: string | null = null;
    for (let depth = 0; depth < path.length; depth++) {
      const key = unitPathKey(path.slice(0, depth + 1));
      let id = unitIdByKey.get(key);
      if (!id) {
        id = context.newId();
        unitIdByKey.set(key, id);
        const kind: OrgUnitKind = depth === 0 && row.functionName !== null ? 'FUNCTION' : 'TEAM';
        unitsToCreate.push({ id, name: path[depth], kind, parentId, pathKey: key });
      }
      parentId = id;
    }
    return parentId;
  };

  // The manager each employee will have after the import, by employee id, to find cycles.
  const finalManagerOf = new Map<string, string | null>();
  for (const person of context.existingPeople) {
    const manager = person.managerId ? existingById.get(person.managerId) : undefined;
    finalManagerOf.set(person.employeeId, manager?.employeeId ?? null);
  }

  // The employee id of each row's manager; null for none, or a manager whose employee id is not known.
  const resolvedManager = new Map<CheckedRow, string | null>();
  for (const row of checkedRows) {
    if (!row.managerRef) {
      resolvedManager.set(row, null);
      continue;
    }
    const byEmail = row.managerRef.includes('@');
    const reference = byEmail ? row.managerRef.toLowerCase() : row.managerRef;
    const inFile = (byEmail ? rowByEmail : rowByEmployeeId).get(reference);
    const inBridge = (byEmail ? existingByEmail : existingByEmployeeId).get(reference);
    const refersToRejectedRow = (byEmail ? context.rejected?.emails : context.rejected?.employeeIds)?.has(
      reference,
    );
    if (!inFile && !inBridge && !refersToRejectedRow) {
      problems.push({
        row: row.row,
        column: context.managerColumn,
        message: `no one with ${byEmail ? 'e-mail' : 'employee id'} "${row.managerRef}" in this file or in Bridge`,
      });
    }
    resolvedManager.set(row, inFile ? inFile.employeeId : (inBridge?.employeeId ?? null));
  }
  for (const [employeeId, row] of rowByEmployeeId)
    finalManagerOf.set(employeeId, resolvedManager.get(row) ?? null);

  for (const row of checkedRows) {
    // Without a usable employee id, whether the e-mail is someone else's is not known yet.
    if (!row.employeeId || !row.email) continue;
    const owner = existingByEmail.get(row.email);
    if (!owner || owner.employeeId === row.employeeId) continue;
    const ownerKeepsEmail = (rowByEmployeeId.get(owner.employeeId)?.email ?? owner.email) === row.email;
    if (ownerKeepsEmail) {
      problems.push({
        row: row.row,
        column: context.emailColumn,
        message: `"${row.email}" already belongs to ${owner.name} (employee id ${owner.employeeId})`,
      });
    }
  }

  const people = [...rowByEmployeeId].map(([employeeId, row]) => ({ employeeId, row: row.row }));
  problems.push(...findReportingCycles(people, finalManagerOf, context.managerColumn));

  const creates: PersonWrite[] = [];
  const updates: PersonWrite[] = [];
  let unchangedCount = 0;
  for (const row of rows) {
    const existing = existingByEmployeeId.get(row.employeeId);
    const managerEmployeeId = resolvedManager.get(row) ?? null;
    const write: PersonWrite = {
      id: idOfEmployee.get(row.employeeId) as string,
      employeeId: row.employeeId,
      email: row.email,
      name: row.name,
      title: row.title,
      level: row.level,
      location: row.location,
      joinedOn: row.joinedOn === undefined ? (existing?.joinedOn ?? null) : row.joinedOn,
      unitId: unitIdFor(row),
      managerId: managerEmployeeId ? (idOfEmployee.get(managerEmployeeId) ?? null) : null,
      roles: row.roles ?? existing?.roles ?? [],
    };
    if (!existing) {
      creates.push(write);
    } else if (
      existing.email !== write.email ||
      existing.name !== write.name ||
      existing.title !== write.title ||
      existing.level !== write.level ||
      existing.location !== write.location ||
      existing.joinedOn !== write.joinedOn ||
      existing.unitId !== write.unitId ||
      existing.managerId !== write.managerId ||
      !sameRoles(existing.roles, write.roles) ||
      !existing.active
    ) {
      updates.push(write);
    } else {
      unchangedCount++;
    }
  }

  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return { problems, unitsToCreate, creates, updates, unchangedCount };
}

/** Each file row whose chain of managers comes back to itself gets one problem naming the loop. */
function findReportingCycles(
  rows: readonly { employeeId: string; row: number }[],
  managerOf: ReadonlyMap<string, string | null>,
  managerColumn: string,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const settled = new Set<string>();
  const rowOf = new Map(rows.map((row) => [row.employeeId, row.row]));
  for (const row of rows) {
    const walk: string[] = [];
    const positionInWalk = new Map<string, number>();
    let current: string | null | undefined = row.employeeId;
    while (current && !settled.has(current) && !positionInWalk.has(current)) {
      positionInWalk.set(current, walk.length);
      walk.push(current);
      current = managerOf.get(current);
    }
    if (current && positionInWalk.has(current)) {
      const loop = walk.slice(positionInWalk.get(current));
      // Self-management is already reported by the row checks.
      if (loop.length > 1) {
        const description = [...loop, loop[0]].join(' → ');
        for (const member of loop) {
          const memberRow = rowOf.get(member);
          if (memberRow !== undefined) {
            problems.push({
              row: memberRow,
              column: managerColumn,
              message: `reporting cycle: ${description}`,
            });
          }
        }
      }
    }
    for (const visited of walk) settled.add(visited);
  }
  return problems;
}
