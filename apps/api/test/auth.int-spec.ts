import { JwtService } from '@nestjs/jwt';
import { onlyError, TEST_TOKEN_SECRET, TestBridge } from './bridge-test-app';

const ME = '{ me { id name email roles organization { name } } }';

describe('sign-in', () => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await TestBridge.start();
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('signs a demo admin in and tells them who they are', async () => {
    const { login } = await bridge.data<{
      login: {
        token: string;
        expiresAt: string;
        me: { email: string; roles: string[]; organization: { name: string } };
      };
    }>(
      'mutation { login(email: "ADMIN@acme.test", password: "bridge-demo") { token expiresAt me { email roles organization { name } } } }',
    );
    expect(login.me).toEqual({
      email: 'admin@acme.test',
      roles: ['ADMIN'],
      organization: { name: 'Acme Manufacturing' },
    });
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const { me } = await bridge.data<{ me: { email: string; organization: { name: string } } }>(
      ME,
      {},
      login.token,
    );
    expect(me.email).toBe('admin@acme.test');
    expect(me.organization.name).toBe('Acme Manufacturing');
  });

  it('answers a wrong password and an unknown e-mail with the same error', async () => {
    const wrongPassword = onlyError(
      await bridge.graphql('mutation { login(email: "admin@acme.test", password: "not-it") { token } }'),
    );
    const unknownEmail = onlyError(
      await bridge.graphql(
        'mutation { login(email: "nobody@acme.test", password: "bridge-demo") { token } }',
      ),
    );
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail).toEqual({
      ...wrongPassword,
      locations: unknownEmail['locations' as keyof typeof unknownEmail],
    });
    expect(unknownEmail.message).toBe(wrongPassword.message);
  });

  it('refuses every operation but login without a token', async () => {
    const error = onlyError(await bridge.graphql(ME));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['signed with another secret', new JwtService({ secret: 'another-secret-another-secret-0000' })],
    ['signed with our secret but expired', new JwtService({ secret: TEST_TOKEN_SECRET })],
  ])('refuses a token %s', async (label, jwt) => {
    const expired = label.includes('expired');
    const [row] = await bridge.sql<{ id: string; organization_id: string }>(
      "SELECT id, organization_id FROM person WHERE email = 'admin@acme.test'",
    );
    const token = await jwt.signAsync(
      {
        sub: row.id,
        org: row.organization_id,
        ...(expired ? { exp: Math.floor(Date.now() / 1000) - 60 } : {}),
      },
      { algorithm: 'HS256', issuer: 'bridge', audience: 'bridge-api' },
    );
    expect(onlyError(await bridge.graphql(ME, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const [row] = await bridge.sql<{ id: string; organization_id: string }>(
      "SELECT id, organization_id FROM person WHERE email = 'admin@acme.test'",
    );
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: row.id, org: row.organization_id, iss: 'bridge', aud: 'bridge-api' })}.`;
    expect(onlyError(await bridge.graphql(ME, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops accepting the token of a person who was deactivated', async () => {
    const token = await bridge.signIn('candidate@acme.test');
    await bridge.sql("UPDATE person SET active = false WHERE email = 'candidate@acme.test'");
    expect(onlyError(await bridge.graphql(ME, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
    const login = await bridge.graphql(
      'mutation { login(email: "candidate@acme.test", password: "bridge-demo") { token } }',
    );
    expect(onlyError(login).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names the argument that is malformed', async () => {
    const error = onlyError(await bridge.graphql('mutation { login(email: "", password: "x") { token } }'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('answers a malformed JSON body with a 400 and no internals', async () => {
    const response = await fetch(`${bridge.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ me { id } ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(text).not.toMatch(/node_modules/);
  });
});
