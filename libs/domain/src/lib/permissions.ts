import { Role } from './roles';

/** What someone may do in Bridge. Roles grant permissions; relationships narrow them (see `can`). */
export enum Permission {
  ReadDirectory = 'directory.read',
  ImportPeople = 'people.import',
  ChangeRoles = 'people.roles.change',
  ReadAuditLog = 'audit.read',
  ResetPasswords = 'people.password.reset',
  EditFramework = 'framework.edit',
}

/** Who holds each permission. `everyone` means every signed-in person of the organization. */
const GRANTS: Readonly<Record<Permission, readonly Role[] | 'everyone'>> = {
  [Permission.ReadDirectory]: 'everyone',
  [Permission.ImportPeople]: [Role.ADMIN],
  [Permission.ChangeRoles]: [Role.ADMIN],
  [Permission.ReadAuditLog]: [Role.ADMIN],
  [Permission.ResetPasswords]: [Role.ADMIN],
  [Permission.EditFramework]: [Role.ADMIN],
};

export interface PolicyActor {
  personId: string;
  roles: readonly Role[];
}

/** The thing acted on, when the rule depends on it. */
export type PolicySubject = {
  kind: 'person';
  personId: string;
  roles?: readonly Role[];
  newRoles?: readonly Role[];
};

export interface PolicyDecision {
  allowed: boolean;
  /** Why not, in words a person can act on. */
  reason?: string;
}

/**
 * The one place that decides permissions, for the API's guards and services alike (and the web
 * client, to hide what would be refused anyway). Pure: no I/O, unit-tested.
 */
export function decide(actor: PolicyActor, permission: Permission, subject?: PolicySubject): PolicyDecision {
  const grant = GRANTS[permission];
  if (grant !== 'everyone' && !grant.some((role) => actor.roles.includes(role))) {
    return { allowed: false, reason: 'You do not have permission to do this.' };
  }
  if (
    permission === Permission.ChangeRoles &&
    subject?.kind === 'person' &&
    subject.personId === actor.personId
  ) {
    const keepsAdmin = subject.newRoles?.includes(Role.ADMIN) ?? true;
    if (!keepsAdmin)
      return { allowed: false, reason: 'You cannot remove your own admin role; ask another admin.' };
  }
  return { allowed: true };
}

export function can(actor: PolicyActor, permission: Permission, subject?: PolicySubject): boolean {
  return decide(actor, permission, subject).allowed;
}
