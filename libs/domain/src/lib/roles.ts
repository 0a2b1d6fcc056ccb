/**
 * Roles a person can hold in an organization. "Manager" is not here on purpose:
 * it is derived from reporting lines, never granted.
 */
export enum Role {
  Admin = 'ADMIN',
  Hr = 'HR',
  Sponsor = 'SPONSOR',
  Candidate = 'CANDIDATE',
  Mentee = 'MENTEE',
}

export const ALL_ROLES: readonly Role[] = [Role.Admin, Role.Hr, Role.Sponsor, Role.Candidate, Role.Mentee];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.Admin]: 'Org admin',
  [Role.Hr]: 'HR / talent partner',
  [Role.Sponsor]: 'Sponsor',
  [Role.Candidate]: 'Candidate',
  [Role.Mentee]: 'Mentee',
};

/** Accepts role names as HR exports write them ("hr", "Talent Partner", "org admin") and returns the role. */
export function parseRoleName(raw: string): Role | undefined {
  const normalized = raw.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  const aliases: Record<string, Role> = {
    admin: Role.Admin,
    'org admin': Role.Admin,
    administrator: Role.Admin,
    hr: Role.Hr,
    'talent partner': Role.Hr,
    'hr partner': Role.Hr,
    sponsor: Role.Sponsor,
    candidate: Role.Candidate,
    mentee: Role.Mentee,
  };
  return aliases[normalized];
}
