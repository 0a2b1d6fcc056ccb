import fc from 'fast-check';
import { can, decide, Permission } from './permissions';
import { ALL_ROLES, Role } from './roles';

describe('permissions', () => {
  const admin = { personId: 'a', roles: [Role.ADMIN] };
  const hr = { personId: 'h', roles: [Role.HR] };

  it('lets everyone read the directory and only admins import, change roles or read the audit log', () => {
    expect(can({ personId: 'x', roles: [] }, Permission.ReadDirectory)).toBe(true);
    for (const permission of [
      Permission.ImportPeople,
      Permission.ChangeRoles,
      Permission.ReadAuditLog,
      Permission.ResetPasswords,
      Permission.EditFramework,
    ]) {
      expect(can(admin, permission)).toBe(true);
      expect(can(hr, permission)).toBe(false);
    }
  });

  it('keeps an admin from removing their own admin role, not from changing others', () => {
    const self = { kind: 'person' as const, personId: 'a', newRoles: [Role.HR] };
    expect(decide(admin, Permission.ChangeRoles, self)).toEqual({
      allowed: false,
      reason: 'You cannot remove your own admin role; ask another admin.',
    });
    expect(can(admin, Permission.ChangeRoles, { ...self, newRoles: [Role.ADMIN, Role.HR] })).toBe(true);
    expect(can(admin, Permission.ChangeRoles, { kind: 'person', personId: 'b', newRoles: [] })).toBe(true);
  });

  it('never grants an admin-only permission without the admin role (property)', () => {
    const withoutAdmin = fc.subarray(ALL_ROLES.filter((role) => role !== Role.ADMIN));
    fc.assert(
      fc.property(
        withoutAdmin,
        fc.constantFrom(
          Permission.ImportPeople,
          Permission.ChangeRoles,
          Permission.ReadAuditLog,
          Permission.ResetPasswords,
          Permission.EditFramework,
        ),
        (roles, permission) => {
          expect(can({ personId: 'p', roles }, permission)).toBe(false);
        },
      ),
    );
  });
});
