import { parse } from 'csv-parse/sync';
import { isPlausibleEmail, parseRoleName, PEOPLE_LIMITS, Role } from '@bridge/domain';
import { isCalendarDate } from '../common/calendar-date';

/** One problem with one cell of the file: row numbers count the header as row 1, like a spreadsheet. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** A problem with the file as a whole: nothing can be imported from it. */
export class PeopleFileError extends Error {}

export type PeopleField =
  | 'employeeId'
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'email'
  | 'title'
  | 'functionName'
  | 'teamName'
  | 'managerRef'
  | 'location'
  | 'level'
  | 'joinedOn'
  | 'roles';

/** Header names HR systems use, normalized (lower case, letters and digits only). First match wins. */
const HEADER_ALIASES: Record<PeopleField, string[]> = {
  employeeId: [
    'employeeid',
    'employeenumber',
    'employeeno',
    'employee',
    'empid',
    'empno',
    'workerid',
    'personid',
    'staffid',
    'id',
  ],
  firstName: ['firstname', 'givenname', 'forename', 'preferredfirstname', 'legalfirstname', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'legallastname', 'last'],
  fullName: ['fullname', 'name', 'employeename', 'displayname', 'preferredname'],
  email: ['workemail', 'email', 'emailaddress', 'workemailaddress', 'businessemail', 'companyemail', 'mail'],
  title: ['jobtitle', 'title', 'position', 'positiontitle', 'businesstitle', 'jobname'],
  functionName: ['department', 'function', 'division', 'dept', 'departmentname', 'businessunit'],
  teamName: ['team', 'teamname', 'subdepartment', 'group'],
  managerRef: [
    'manageremployeeid',
    'managerid',
    'manageremployeenumber',
    'supervisoremployeeid',
    'supervisorid',
    'reportsto',
    'reportstoid',
    'linemanagerid',
    'manageremail',
    'supervisoremail',
    'reportstoemail',
    'linemanageremail',
    'manager',
    'supervisor',
  ],
  location: ['location', 'worklocation', 'office', 'site', 'city'],
  level: ['joblevel', 'level', 'grade', 'band', 'careerlevel', 'paygrade'],
  joinedOn: [
    'startdate',
    'hiredate',
    'joindate',
    'joinedon',
    'datejoined',
    'dateofjoining',
    'originalhiredate',
  ],
  roles: ['roles', 'bridgeroles', 'accessroles'],
};

/** The fields in the order a report lists them. */
export const PEOPLE_FIELDS = Object.keys(HEADER_ALIASES) as PeopleField[];

const FIELD_LABELS: Record<PeopleField, string> = {
  employeeId: 'employee id',
  firstName: 'first name',
  lastName: 'last name',
  fullName: 'name',
  email: 'work e-mail',
  title: 'job title',
  functionName: 'department / function',
  teamName: 'team',
  managerRef: "manager's employee id or e-mail",
  location: 'location',
  level: 'job level',
  joinedOn: 'start date',
  roles: 'roles',
};

export interface PersonImportRow {
  row: number;
  employeeId: string;
  name: string;
  email: string;
  title: string | null;
  functionName: string | null;
  teamName: string | null;
  /** The manager as the file names them: an employee id, or an e-mail when it contains @. */
  managerRef: string | null;
  location: string | null;
  level: string | null;
  /** YYYY-MM-DD. Undefined when the file has no start date column: an existing date is then kept. */
  joinedOn?: string | null;
  /** Undefined when the file has no roles column: existing roles are then kept. */
  roles: Role[] | undefined;
}

/**
 * A row the row checks rejected, as far as it could be read, so the plan still checks it against the
 * organization and one upload reports every problem. A cell with a problem of its own is left null,
 * so it is not reported a second time.
 */
export interface RejectedPersonRow {
  row: number;
  employeeId: string | null;
  email: string | null;
  managerRef: string | null;
}

export interface RejectedRows {
  rows: RejectedPersonRow[];
  /** Employee ids and e-mails of every rejected row as written, so references to them are not reported twice. */
  employeeIds: Set<string>;
  emails: Set<string>;
}

export interface ParsedPeopleFile {
  /** The rows without problems: what the import writes. */
  rows: PersonImportRow[];
  problems: ImportProblem[];
  /** Which header of the file each field was read from. */
  columns: Partial<Record<PeopleField, string>>;
  totalRows: number;
  rejected: RejectedRows;
}

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function detectDelimiter(headerLine: string): string {
  const candidates = [',', ';', '\t', '|'];
  const counts = candidates.map((candidate) => headerLine.split(candidate).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? candidates[best] : ',';
}

function mapColumns(headers: string[]): Partial<Record<PeopleField, number>> {
  const normalized = headers.map(normalizeHeader);
  const mapping: Partial<Record<PeopleField, number>> = {};
  const taken = new Set<number>();
  for (const field of Object.keys(HEADER_ALIASES) as PeopleField[]) {
    for (const alias of HEADER_ALIASES[field]) {
      const index = normalized.findIndex((header, position) => header === alias && !taken.has(position));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

function describeMissing(field: PeopleField): string {
  const examples = HEADER_ALIASES[field].slice(0, 3).join('", "');
  return `${FIELD_LABELS[field]} (a column such as "${examples}")`;
}

/** Rejects text that was not UTF-8: a UTF-16 file read as UTF-8 has NULs, a Latin-1 one has U+FFFD. */
function assertReadableText(csv: string): void {
  const positions = [csv.indexOf('\u0000'), csv.indexOf('\uFFFD')].filter((position) => position >= 0);
  if (positions.length === 0) return;
  const bad = Math.min(...positions);
  const line = csv.slice(0, bad).split('\n').length;
  throw new PeopleFileError(
    `The file is not UTF-8 text (unreadable characters on line ${line}). Export it again as "CSV UTF-8" and retry.`,
  );
}

export function parsePeopleCsv(csv: string): ParsedPeopleFile {
  if (Buffer.byteLength(csv, 'utf8') > PEOPLE_LIMITS.maxImportBytes) {
    throw new PeopleFileError('The file is larger than 20 MB. Split it into smaller files.');
  }
  assertReadableText(csv);
  const text = csv.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new PeopleFileError('The file is empty.');

  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error: unknown) {
    const line = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : 'unreadable CSV';
    throw new PeopleFileError(`The file is not valid CSV${line ? ` (near line ${line})` : ''}: ${reason}`);
  }

  const [headers, ...dataRecords] = records;
  const columnIndex = mapColumns(headers);
  const hasName =
    columnIndex.fullName !== undefined ||
    (columnIndex.firstName !== undefined && columnIndex.lastName !== undefined);
  const missing: string[] = [];
  if (columnIndex.employeeId === undefined) missing.push(describeMissing('employeeId'));
  if (columnIndex.email === undefined) missing.push(describeMissing('email'));
  if (!hasName) missing.push(`name (a "Name" column, or "First Name" and "Last Name")`);
  if (missing.length > 0) {
    throw new PeopleFileError(
      `The file has no column for ${missing.join('; ')}. Its columns are: ${headers.map((h) => `"${h}"`).join(', ')}.`,
    );
  }
  if (dataRecords.length === 0) throw new PeopleFileError('The file has a header but no people in it.');

  const columns: Partial<Record<PeopleField, string>> = {};
  for (const [field, index] of Object.entries(columnIndex) as [PeopleField, number][])
    columns[field] = headers[index];

  const problems: ImportProblem[] = [];
  const rows: PersonImportRow[] = [];
  const firstRowOfEmployeeId = new Map<string, number>();
  const firstRowOfEmail = new Map<string, number>();
  const rejected: RejectedRows = { rows: [], employeeIds: new Set(), emails: new Set() };

  dataRecords.forEach((record, position) => {
    const row = position + 2;
    const rowProblems: ImportProblem[] = [];
    const fieldsWithProblems = new Set<PeopleField>();
    const cell = (field: PeopleField): string | null => {
      const index = columnIndex[field];
      if (index === undefined) return null;
      const value = (record[index] ?? '').trim();
      if (value.length > PEOPLE_LIMITS.maxCellLength) {
        // Reported once here; the value is kept so no "is required" follows for the same cell.
        rowProblems.push({
          row,
          column: headers[index],
          message: `is longer than ${PEOPLE_LIMITS.maxCellLength} characters`,
        });
        fieldsWithProblems.add(field);
      }
      return value === '' ? null : value;
    };
    const problem = (field: PeopleField, message: string): void => {
      rowProblems.push({ row, column: columns[field] ?? FIELD_LABELS[field], message });
      fieldsWithProblems.add(field);
    };

    if (record.length !== headers.length) {
      // Its cells are shifted, so any other message about this row would be noise.
      problems.push({
        row,
        column: '(row)',
        message: `has ${record.length} values but the header has ${headers.length}`,
      });
      const employeeIdCell = record[columnIndex.employeeId as number]?.trim();
      const emailCell = record[columnIndex.email as number]?.trim().toLowerCase();
      if (employeeIdCell) rejected.employeeIds.add(employeeIdCell);
      if (emailCell) rejected.emails.add(emailCell);
      return;
    }

    // Every cell is read, so each one's problems are reported even when another cell has some too.
    const employeeId = cell('employeeId');
    const emailCell = cell('email');
    const email = emailCell?.toLowerCase() ?? null;
    const fullName = cell('fullName');
    const composedName = [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    const name = fullName ?? (composedName || null);
    const managerRef = cell('managerRef');
    const rolesCell = cell('roles');
    const title = cell('title');
    const functionName = cell('functionName');
    const teamName = cell('teamName');
    const location = cell('location');
    const level = cell('level');
    const joinedOnCell = cell('joinedOn');

    if (!employeeId) problem('employeeId', 'is required');
    if (!name) problem(columnIndex.fullName !== undefined ? 'fullName' : 'firstName', 'is required');
    if (!email) problem('email', 'is required');
    else if (!isPlausibleEmail(email)) problem('email', `"${emailCell}" is not an e-mail address`);

    if (employeeId) {
      const earlier = firstRowOfEmployeeId.get(employeeId);
      if (earlier !== undefined) problem('employeeId', `"${employeeId}" is already used on row ${earlier}`);
      else firstRowOfEmployeeId.set(employeeId, row);
    }
    if (email) {
      const earlier = firstRowOfEmail.get(email);
      if (earlier !== undefined) problem('email', `"${email}" is already used on row ${earlier}`);
      else firstRowOfEmail.set(email, row);
    }
    if (managerRef && (managerRef === employeeId || managerRef.toLowerCase() === email)) {
      problem('managerRef', 'a person cannot be their own manager (reporting cycle)');
    }

    if (joinedOnCell && !isCalendarDate(joinedOnCell))
      problem('joinedOn', `"${joinedOnCell}" is not a date (write it as YYYY-MM-DD)`);

    let roles: Role[] | undefined;
    if (columnIndex.roles !== undefined) {
      roles = [];
      for (const roleName of (rolesCell ?? '')
        .split(/[,;|]/)
        .map((part) => part.trim())
        .filter(Boolean)) {
        const role = parseRoleName(roleName);
        if (role) {
          if (!roles.includes(role)) roles.push(role);
        } else {
          problem('roles', `"${roleName}" is not a role (use admin, hr, sponsor, candidate or mentee)`);
        }
      }
      roles.sort();
    }

    problems.push(...rowProblems);
    if (rowProblems.length > 0) {
      if (employeeId) rejected.employeeIds.add(employeeId);
      if (email) rejected.emails.add(email);
      const checked = (field: PeopleField, value: string | null): string | null =>
        fieldsWithProblems.has(field) ? null : value;
      rejected.rows.push({
        row,
        employeeId: checked('employeeId', employeeId),
        email: checked('email', email),
        managerRef: checked('managerRef', managerRef),
      });
    } else if (employeeId && name && email) {
      rows.push({
        row,
        employeeId,
        name,
        email,
        title,
        functionName,
        teamName,
        managerRef,
        location,
        level,
        ...(columnIndex.joinedOn !== undefined && { joinedOn: joinedOnCell }),
        roles,
      });
    }
  });

  return { rows, problems, columns, totalRows: dataRecords.length, rejected };
}

/** Unit paths as a person's row names them: "Engineering/Platform", or just "Engineering". */
export function unitPathOf(row: Pick<PersonImportRow, 'functionName' | 'teamName'>): string[] {
  return [row.functionName, row.teamName].filter((part): part is string => part !== null);
}

export function unitPathKey(path: readonly string[]): string {
  return path.map((part) => part.toLowerCase()).join('/');
}
