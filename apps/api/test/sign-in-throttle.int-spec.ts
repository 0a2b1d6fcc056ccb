import * as argon2 from 'argon2';
import { onlyError, TestBridge } from './bridge-test-app';

const LOGIN =
  'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

describe('sign-in throttling and password hashes', () => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await TestBridge.start();
  });

  afterAll(async () => {
    await bridge.stop();
  });

  afterEach(async () => {
    await bridge.sql('DELETE FROM sign_in_throttle');
  });

  const attempt = (email: string, password: string) => bridge.graphql(LOGIN, { email, password });

  it('locks an account after 5 failures, says when to try again, and refuses even the right password meanwhile', async () => {
    for (let failure = 0; failure < 5; failure++) {
      expect(onlyError(await attempt('candidate@acme.test', 'wrong')).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const locked = onlyError(await attempt('candidate@acme.test', 'wrong'));
    expect(locked.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ seconds\.$/);
    const retryAfter = locked.extensions?.['retryAfterSeconds'] as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);

    expect(onlyError(await attempt('candidate@acme.test', 'bridge-demo')).extensions?.code).toBe(
      'TOO_MANY_REQUESTS',
    );

    // Once the lock has run out, the right password works again and clears the count.
    await bridge.sql(
      "UPDATE sign_in_throttle SET locked_until = now() - interval '1 second', window_started_at = now() - interval '1 hour'",
    );
    expect((await attempt('candidate@acme.test', 'bridge-demo')).data).toBeTruthy();
    const [account] = await bridge.sql(
      "SELECT * FROM sign_in_throttle WHERE key = 'account:candidate@acme.test'",
    );
    expect(account).toBeUndefined();
  });

  it('counts an unknown e-mail exactly like a wrong password', async () => {
    const errors = [];
    for (let failure = 0; failure < 6; failure++)
      errors.push(onlyError(await attempt('nobody@acme.test', 'x')));
    expect(errors.slice(0, 5).every((error) => error.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect(errors[5].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('survives 100 wrong passwords in a row while serving everyone else', async () => {
    const token = await bridge.signIn('hr@acme.test');
    const codes = new Set<string | undefined>();
    for (let failure = 0; failure < 100; failure++) {
      codes.add(onlyError(await attempt('admin@acme.test', `guess-${failure}`)).extensions?.code);
      if (failure % 25 === 0) {
        const { me } = await bridge.data<{ me: { email: string } }>('{ me { email } }', {}, token);
        expect(me.email).toBe('hr@acme.test');
      }
    }
    expect([...codes].sort()).toEqual(['TOO_MANY_REQUESTS', 'UNAUTHENTICATED']);
    // Only the first 5 passwords were ever checked: a locked account gives no further guesses.
    const [account] = await bridge.sql<{ failures: number }>(
      "SELECT failures FROM sign_in_throttle WHERE key = 'account:admin@acme.test'",
    );
    expect(account.failures).toBe(5);
  });

  it('locks a client address that sprays passwords across many accounts', async () => {
    const codes: (string | undefined)[] = [];
    for (let attemptNumber = 0; attemptNumber < 40; attemptNumber++) {
      codes.push(
        onlyError(await attempt(`person${attemptNumber}@acme.test`, 'Summer2026!')).extensions?.code,
      );
    }
    expect(codes.slice(0, 29).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(30).every((code) => code === 'TOO_MANY_REQUESTS')).toBe(true);
  });

  it('re-hashes a password made with weaker parameters at the next sign-in', async () => {
    const weak = await argon2.hash('bridge-demo', {
      type: argon2.argon2id,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    await bridge.sql("UPDATE person SET password_hash = $1 WHERE email = 'mentee@acme.test'", [weak]);
    await bridge.signIn('mentee@acme.test');
    const [{ password_hash }] = await bridge.sql<{ password_hash: string }>(
      "SELECT password_hash FROM person WHERE email = 'mentee@acme.test'",
    );
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(password_hash).toContain('m=19456');
    expect(password_hash).toMatch(/[$,]t=2[$,]/);
    expect(await argon2.verify(password_hash, 'bridge-demo')).toBe(true);
  });
});
