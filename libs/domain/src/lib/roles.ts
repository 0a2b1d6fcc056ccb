/**
 * Roles a person can hold in an organization. "Manager" is not here on purpose:
 * it is derived from reporting lines, never granted.
 */
export enum Role {
  ADMIN = 'ADMIN',
  HR = 'HR',
  SPONSOR = 'SPONSOR',
  CANDIDATE = 'CANDIDATE',
  MENTEE = 'MENTEE',
}

export const ALL_ROLES: readonly Role[] = [Role.ADMIN, Role.HR, Role.SPONSOR, Role.CANDIDATE, Role.MENTEE];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.ADMIN]: 'Org admin',
  [Role.HR]: 'HR / talent partner',
  [Role.SPONSOR]: 'Sponsor',
  [Role.CANDIDATE]: 'Candidate',
  [Role.MENTEE]: 'Mentee',
};

/** Accepts role names as HR exports write them ("hr", "Talent Partner", "org admin") and returns the role. */
export function parseRoleName(raw: string): Role | undefined {
  const normalized = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  const aliases: Record<string, Role> = {
    admin: Role.ADMIN,
    'org admin': Role.ADMIN,
    administrator: Role.ADMIN,
    hr: Role.HR,
    'talent partner': Role.HR,
    'hr partner': Role.HR,
    sponsor: Role.SPONSOR,
    candidate: Role.CANDIDATE,
    mentee: Role.MENTEE,
  };
  return aliases[normalized];
}
