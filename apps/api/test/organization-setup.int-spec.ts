import { OrganizationSetupService } from '../src/organizations/organization-setup.service';
import { TestBridge } from './bridge-test-app';

describe('creating an organization from the command line', () => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await TestBridge.start();
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('creates the tenant and an admin who can sign in with the one-time password and sees only their own people', async () => {
    const setup = bridge.provider(OrganizationSetupService);
    const created = await setup.create({
      name: 'Initech',
      slug: 'initech',
      adminName: 'Bill Lumbergh',
      adminEmail: 'Bill@Initech.test',
    });
    const token = await bridge.signIn('bill@initech.test', created.adminPassword);
    const { me, people } = await bridge.data<{
      me: { roles: string[]; organization: { name: string } };
      people: { totalCount: number };
    }>('{ me { roles organization { name } } people { totalCount } }', {}, token);
    expect(me).toEqual({ roles: ['ADMIN'], organization: { name: 'Initech' } });
    expect(people.totalCount).toBe(1);
  });

  it.each([
    [{ slug: 'acme' }, 'CONFLICT'],
    [{ slug: 'Not A Slug!' }, 'BAD_USER_INPUT'],
    [{ adminEmail: 'nope' }, 'BAD_USER_INPUT'],
  ])('refuses %j with %s and creates nothing', async (override, code) => {
    const [{ count: before }] = await bridge.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM organization',
    );
    const attempt = bridge.provider(OrganizationSetupService).create({
      name: 'Other',
      slug: 'other',
      adminName: 'Someone',
      adminEmail: 'someone@other.test',
      ...override,
    });
    await expect(attempt).rejects.toMatchObject({ extensions: { code } });
    const [{ count: after }] = await bridge.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM organization',
    );
    expect(after).toBe(before);
  });
});
