import type { ChildProcess } from 'node:child_process';
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { freePort, startProcess, stopProcess } from './child-processes';
import { ExternalPostgres, externalPostgres } from './external-postgres';
import { fromSource, runNode } from './run-command';

/**
 * docker/compose.yaml, step by step, on a fresh database of an external server whose owner is a
 * superuser (as the official image's POSTGRES_USER): the API starts in production mode with the
 * owner for migrations and bridge_app for requests, `create-organization` makes the first
 * organization, and its admin signs in over HTTP. The containers run `node dist/apps/api/main.js`;
 * this runs the same entry point from source, so no build is needed.
 */
describe('the production path (docker/compose.yaml)', () => {
  let server: ExternalPostgres;
  let ownerUrl: string;
  let api: ChildProcess | undefined;
  const appPassword = randomBytes(24).toString('hex');
  const production = (): Record<string, string> => ({
    NODE_ENV: 'production',
    TOKEN_SECRET: randomBytes(32).toString('hex'),
    DATABASE_OWNER_URL: ownerUrl,
    BRIDGE_APP_PASSWORD: appPassword,
    DATABASE_URL: withLogin(ownerUrl, 'bridge_app', appPassword),
    LOG_LEVEL: 'warn',
  });

  beforeAll(async () => {
    server = await externalPostgres();
    ownerUrl = await server.createDatabase('bridge_production');
  }, 120_000);

  afterAll(async () => {
    await stopProcess(api);
    await server?.stop();
  });

  it('starts, creates the first organization, and lets its admin sign in', async () => {
    const port = await freePort();
    api = await startProcess(
      fromSource('apps/api/src/main.ts'),
      { ...production(), PORT: String(port), HOST: '127.0.0.1' },
      /Bridge is running/,
    );

    const created = await runNode(
      fromSource(
        'apps/api/src/main.ts',
        'create-organization',
        '--name',
        'Initech',
        '--slug',
        'initech',
        '--admin-name',
        'Ana Ruiz',
        '--admin-email',
        'ana@initech.example',
      ),
      production(),
    );
    expect(created).toMatchObject({ code: 0 });
    const password = /shown once\):\s+(\S+)/.exec(created.stdout)?.[1];
    expect(password).toBeDefined();

    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { me { email roles organization { name } } } }',
        variables: { email: 'ana@initech.example', password },
      }),
    });
    expect(await response.json()).toEqual({
      data: {
        login: {
          me: { email: 'ana@initech.example', roles: ['ADMIN'], organization: { name: 'Initech' } },
        },
      },
    });

    // The owner gave bridge_app the password of BRIDGE_APP_PASSWORD (a trusting server would not check it).
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ verifier: string; login: boolean }>(
        "SELECT rolpassword AS verifier, rolcanlogin AS login FROM pg_authid WHERE rolname = 'bridge_app'",
      );
      expect(rows[0]?.login).toBe(true);
      expect(scramVerifierMatches(rows[0]?.verifier ?? '', appPassword)).toBe(true);
    } finally {
      await owner.end();
    }
  }, 180_000);

  it('refuses to serve through the superuser, and says which settings to use', async () => {
    const refused = await runNode(fromSource('apps/api/src/main.ts'), {
      NODE_ENV: 'production',
      TOKEN_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: ownerUrl,
      DATABASE_OWNER_URL: '',
      BRIDGE_APP_PASSWORD: '',
      PORT: String(await freePort()),
    });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('bypasses row-level security');
    expect(refused.stderr).toContain('DATABASE_OWNER_URL');
    expect(refused.stderr).toContain('BRIDGE_APP_PASSWORD');
  }, 120_000);
});

function withLogin(url: string, user: string, password: string): string {
  const login = new URL(url);
  login.username = user;
  login.password = password;
  return login.toString();
}

/** Checks a stored `SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey` against a password (RFC 5802). */
function scramVerifierMatches(verifier: string, password: string): boolean {
  const match = /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):/.exec(verifier);
  if (!match) return false;
  const [, iterations, salt, storedKey] = match;
  const salted = pbkdf2Sync(password, Buffer.from(salt, 'base64'), Number(iterations), 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  return createHash('sha256').update(clientKey).digest('base64') === storedKey;
}
