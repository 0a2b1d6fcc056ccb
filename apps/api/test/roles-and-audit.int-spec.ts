import { onlyError, TestBridge } from './bridge-test-app';

const SET_ROLES =
  'mutation SetRoles($personId: ID!, $roles: [Role!]!) { setPersonRoles(personId: $personId, roles: $roles) { email roles } }';
const AUDIT_LOG = '{ auditLog(first: 100) { totalCount edges { node { action summary actor { email } } } } }';

interface AuditPage {
  auditLog: {
    totalCount: number;
    edges: { node: { action: string; summary: string; actor: { email: string } | null } }[];
  };
}

describe('roles and the audit log', () => {
  let bridge: TestBridge;
  let admin: string;

  const idOf = async (email: string): Promise<string> =>
    (await bridge.sql<{ id: string }>('SELECT id FROM person WHERE email = $1', [email]))[0].id;
  const rolesOf = async (email: string): Promise<string[]> =>
    (await bridge.sql<{ roles: string[] }>('SELECT roles FROM person WHERE email = $1', [email]))[0].roles;
  const auditCount = async (): Promise<number> =>
    (await bridge.sql<{ count: number }>('SELECT count(*)::int AS count FROM audit_event'))[0].count;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    admin = await bridge.signIn('admin@acme.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('lets an admin change roles, and records who changed what', async () => {
    const { setPersonRoles } = await bridge.data<{ setPersonRoles: { roles: string[] } }>(
      SET_ROLES,
      { personId: await idOf('hr@acme.test'), roles: ['SPONSOR', 'HR', 'HR'] },
      admin,
    );
    expect(setPersonRoles.roles).toEqual(['HR', 'SPONSOR']);
    expect(await rolesOf('hr@acme.test')).toEqual(['HR', 'SPONSOR']);

    const { auditLog } = await bridge.data<AuditPage>(AUDIT_LOG, {}, admin);
    expect(auditLog.edges[0].node).toEqual({
      action: 'roles.changed',
      summary: 'Changed the roles of Jordan Okafor from HR to HR, SPONSOR',
      actor: { email: 'admin@acme.test' },
    });
    expect(
      auditLog.edges.some(
        (edge) => edge.node.action === 'sign-in' && edge.node.actor?.email === 'admin@acme.test',
      ),
    ).toBe(true);
  });

  it('takes a removed role away at once, even from a token signed before', async () => {
    await bridge.data(
      SET_ROLES,
      { personId: await idOf('candidate@acme.test'), roles: ['CANDIDATE', 'ADMIN'] },
      admin,
    );
    const token = await bridge.signIn('candidate@acme.test');
    expect((await bridge.graphql(AUDIT_LOG, {}, token)).errors).toBeUndefined();
    await bridge.data(
      SET_ROLES,
      { personId: await idOf('candidate@acme.test'), roles: ['CANDIDATE'] },
      admin,
    );
    expect(onlyError(await bridge.graphql(AUDIT_LOG, {}, token)).extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses non-admins, foreign ids and self-demotion, changing nothing', async () => {
    const hr = await bridge.signIn('hr@acme.test');
    const globexAdmin = await bridge.signIn('hr@globex.test');
    const before = await auditCount();

    expect(
      onlyError(
        await bridge.graphql(SET_ROLES, { personId: await idOf('mentee@acme.test'), roles: ['ADMIN'] }, hr),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(onlyError(await bridge.graphql(AUDIT_LOG, {}, hr)).extensions?.code).toBe('FORBIDDEN');

    const foreign = onlyError(
      await bridge.graphql(
        SET_ROLES,
        { personId: await idOf('mentee@acme.test'), roles: ['ADMIN'] },
        globexAdmin,
      ),
    );
    expect(foreign.extensions?.code).toBe('NOT_FOUND');

    const selfDemotion = onlyError(
      await bridge.graphql(SET_ROLES, { personId: await idOf('admin@acme.test'), roles: ['HR'] }, admin),
    );
    expect(selfDemotion).toMatchObject({
      message: 'You cannot remove your own admin role; ask another admin.',
      extensions: { code: 'FORBIDDEN' },
    });

    const badRole = onlyError(
      await bridge.graphql(SET_ROLES, { personId: await idOf('mentee@acme.test'), roles: ['WIZARD'] }, admin),
    );
    expect(badRole.extensions?.code).toBe('BAD_USER_INPUT');
    const badId = onlyError(await bridge.graphql(SET_ROLES, { personId: 'nope', roles: [] }, admin));
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });

    expect(await rolesOf('mentee@acme.test')).toEqual(['MENTEE']);
    expect(await rolesOf('admin@acme.test')).toEqual(['ADMIN']);
    // Only the sign-ins above were recorded.
    expect(await auditCount()).toBe(before);
  });

  it('refuses an audit log cursor it did not make, naming the argument', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
    const error = onlyError(
      await bridge.graphql(
        'query($after: String) { auditLog(after: $after) { totalCount } }',
        { after: forged },
        admin,
      ),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('shows each organization only its own audit log', async () => {
    const globexAdmin = await bridge.signIn('hr@globex.test');
    const { auditLog } = await bridge.data<AuditPage>(AUDIT_LOG, {}, globexAdmin);
    expect(auditLog.totalCount).toBeGreaterThan(0);
    expect(auditLog.edges.every((edge) => edge.node.actor?.email.endsWith('@globex.test'))).toBe(true);
  });
});
