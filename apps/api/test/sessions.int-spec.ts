import { onlyError, TestBridge } from './bridge-test-app';

const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token refreshToken } }';
const REFRESH =
  'mutation($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { token refreshToken me { email organization { name } } } }';
const ME = '{ me { email } }';

interface Session {
  token: string;
  refreshToken: string;
}

describe('sessions and passwords', () => {
  let bridge: TestBridge;

  const signIn = async (email: string, password = 'bridge-demo'): Promise<Session> =>
    (await bridge.data<{ login: Session }>(LOGIN, { email, password })).login;
  const works = async (token: string): Promise<boolean> => !(await bridge.graphql(ME, {}, token)).errors;
  const idOf = async (email: string): Promise<string> =>
    (await bridge.sql<{ id: string }>('SELECT id FROM person WHERE email = $1', [email]))[0].id;

  beforeAll(async () => {
    bridge = await TestBridge.start();
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('trades a refresh token once for new tokens, and ends the session when an old one is replayed', async () => {
    const first = await signIn('candidate@acme.test');
    const { refreshSession } = await bridge.data<{
      refreshSession: Session & { me: { email: string; organization: { name: string } } };
    }>(REFRESH, { refreshToken: first.refreshToken });
    expect(refreshSession.me).toEqual({
      email: 'candidate@acme.test',
      organization: { name: 'Acme Manufacturing' },
    });
    expect(refreshSession.refreshToken).not.toBe(first.refreshToken);
    expect(await works(refreshSession.token)).toBe(true);

    // The first refresh token again: someone else has it. The whole session ends.
    expect(
      onlyError(await bridge.graphql(REFRESH, { refreshToken: first.refreshToken })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(await works(refreshSession.token)).toBe(false);
    expect(
      onlyError(await bridge.graphql(REFRESH, { refreshToken: refreshSession.refreshToken })).extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it.each([
    'garbage',
    'a.b.c',
    '00000000-0000-0000-0000-000000000000.00000000-0000-0000-0000-000000000000.x',
  ])('refuses the made-up refresh token %j', async (refreshToken) => {
    expect(onlyError(await bridge.graphql(REFRESH, { refreshToken })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('signs out one session at once, leaving the others', async () => {
    const laptop = await signIn('sponsor@acme.test');
    const phone = await signIn('sponsor@acme.test');
    expect((await bridge.data<{ signOut: boolean }>('mutation { signOut }', {}, laptop.token)).signOut).toBe(
      true,
    );
    expect(await works(laptop.token)).toBe(false);
    expect(
      onlyError(await bridge.graphql(REFRESH, { refreshToken: laptop.refreshToken })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(await works(phone.token)).toBe(true);
  });

  it('signs out everywhere at once, and records it', async () => {
    const sessions = [
      await signIn('manager@acme.test'),
      await signIn('manager@acme.test'),
      await signIn('manager@acme.test'),
    ];
    const { signOutEverywhere } = await bridge.data<{ signOutEverywhere: number }>(
      'mutation { signOutEverywhere }',
      {},
      sessions[0].token,
    );
    expect(signOutEverywhere).toBe(3);
    for (const session of sessions) expect(await works(session.token)).toBe(false);
    const [event] = await bridge.sql<{ action: string }>(
      "SELECT action FROM audit_event WHERE action = 'signed-out-everywhere'",
    );
    expect(event).toEqual({ action: 'signed-out-everywhere' });
  });

  it('changes a password: checks the current one and the new one, ends the other sessions', async () => {
    const current = await signIn('mentee@acme.test');
    const other = await signIn('mentee@acme.test');
    const change =
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

    const wrongCurrent = onlyError(
      await bridge.graphql(change, { c: 'not-it', n: 'a much longer password' }, current.token),
    );
    expect(wrongCurrent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = onlyError(await bridge.graphql(change, { c: 'bridge-demo', n: 'short' }, current.token));
    expect(weak).toMatchObject({
      message: 'newPassword: Use at least 12 characters.',
      extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
    });
    expect(await works(other.token)).toBe(true);

    expect(
      (
        await bridge.data<{ changePassword: boolean }>(
          change,
          { c: 'bridge-demo', n: 'mentoring is leading' },
          current.token,
        )
      ).changePassword,
    ).toBe(true);
    expect(await works(current.token)).toBe(true);
    expect(await works(other.token)).toBe(false);
    expect(
      onlyError(await bridge.graphql(LOGIN, { email: 'mentee@acme.test', password: 'bridge-demo' }))
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await signIn('mentee@acme.test', 'mentoring is leading')).token).toBeTruthy();
  });

  it('lets an admin issue a one-time reset link that ends every session of the person', async () => {
    const admin = (await signIn('admin@acme.test')).token;
    const victimSession = await signIn('hr@acme.test');
    const issue = 'mutation($id: ID!) { createPasswordResetLink(personId: $id) { url expiresAt } }';
    const { createPasswordResetLink } = await bridge.data<{
      createPasswordResetLink: { url: string; expiresAt: string };
    }>(issue, { id: await idOf('hr@acme.test') }, admin);
    expect(createPasswordResetLink.url).toMatch(/^http:\/\/localhost:\d+\/reset-password\?token=/);
    const token = decodeURIComponent(
      new URL(createPasswordResetLink.url).searchParams.get('token') as string,
    );
    const [stored] = await bridge.sql<{ secret_hash: string }>('SELECT secret_hash FROM password_reset');
    expect(stored.secret_hash).not.toContain(token.split('.')[2]);

    const reset = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
    expect(onlyError(await bridge.graphql(reset, { t: token, p: 'hr' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    expect(
      (await bridge.data<{ resetPassword: boolean }>(reset, { t: token, p: 'talent is evidence' }))
        .resetPassword,
    ).toBe(true);
    expect(await works(victimSession.token)).toBe(false);
    expect((await signIn('hr@acme.test', 'talent is evidence')).token).toBeTruthy();

    const reused = onlyError(await bridge.graphql(reset, { t: token, p: 'another long password' }));
    expect(reused).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
    expect(reused.message).toMatch(/not valid any more/);

    const second = await bridge.data<{ createPasswordResetLink: { url: string } }>(
      issue,
      { id: await idOf('hr@acme.test') },
      admin,
    );
    await bridge.sql(
      "UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL",
    );
    const expiredToken = decodeURIComponent(
      new URL(second.createPasswordResetLink.url).searchParams.get('token') as string,
    );
    expect(
      onlyError(await bridge.graphql(reset, { t: expiredToken, p: 'another long password' })).extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');

    const actions = (
      await bridge.sql<{ action: string }>(
        "SELECT action FROM audit_event WHERE action LIKE 'password.%' ORDER BY occurred_at",
      )
    ).map((row) => row.action);
    expect(actions).toEqual([
      'password.changed',
      'password.reset-issued',
      'password.reset',
      'password.reset-issued',
    ]);
  });
});
