import type { PeopleImportStatus } from '../../graphql/generated';

export interface AcceptedColumn {
  label: string;
  examples: string;
  required: boolean;
}

/** What the page promises the file may contain; the API reads the same headers (case and spacing don't matter). */
export const ACCEPTED_COLUMNS: readonly AcceptedColumn[] = [
  { label: 'Employee id', examples: 'Employee ID, Employee Number', required: true },
  { label: 'Name', examples: 'Full Name, or First Name + Last Name', required: true },
  { label: 'Work e-mail', examples: 'Work Email, Email', required: true },
  { label: 'Job title', examples: 'Job Title, Title', required: false },
  { label: 'Department / function', examples: 'Department, Function', required: false },
  { label: 'Team', examples: 'Team', required: false },
  { label: 'Manager', examples: 'Manager Employee ID, Manager Email, Reports To', required: false },
  { label: 'Location', examples: 'Location, Office', required: false },
  { label: 'Level', examples: 'Job Level, Grade', required: false },
  { label: 'Start date', examples: 'Start Date, Hire Date (YYYY-MM-DD)', required: false },
  { label: 'Roles', examples: 'Roles (HR, Sponsor, Candidate, Mentee, Admin)', required: false },
];

const FIELD_LABELS: Record<string, string> = {
  employeeId: 'Employee id',
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Name',
  email: 'Work e-mail',
  title: 'Job title',
  functionName: 'Department / function',
  teamName: 'Team',
  managerRef: 'Manager',
  location: 'Location',
  level: 'Level',
  joinedOn: 'Start date',
  roles: 'Roles',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export const STATUS_LABELS: Readonly<Record<PeopleImportStatus, string>> = {
  DRY_RUN: 'Checked',
  INVALID: 'Has problems',
  QUEUED: 'Waiting',
  RUNNING: 'Importing',
  SUCCEEDED: 'Imported',
  FAILED: 'Failed',
};
