import { ALL_ROLES, parseRoleName, Role, ROLE_LABELS } from './roles';

describe('roles', () => {
  it('parses the role names HR exports use', () => {
    expect(parseRoleName('HR')).toBe(Role.HR);
    expect(parseRoleName(' talent_partner ')).toBe(Role.HR);
    expect(parseRoleName('Org-Admin')).toBe(Role.ADMIN);
    expect(parseRoleName('Candidate')).toBe(Role.CANDIDATE);
  });

  it('refuses unknown names and the derived manager role', () => {
    expect(parseRoleName('manager')).toBeUndefined();
    expect(parseRoleName('wizard')).toBeUndefined();
  });

  it('labels every role', () => {
    for (const role of ALL_ROLES) expect(ROLE_LABELS[role].length).toBeGreaterThan(0);
  });
});
