import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { appRoleUrl } from '../src/database/database-server';
import { cloneTestDatabase, TEST_TOKEN_SECRET } from './bridge-test-app';
import { freePort, startProcess, stopProcess } from './child-processes';

/**
 * Sign-in through the company's identity provider, end to end: a real OpenID Connect provider
 * (oidc-provider) and Bridge's own main.ts, each in a process of its own, with the browser's part
 * played by fetch following redirects and keeping cookies.
 */

/** The browser: follows redirects by hand, keeping each host's cookies. */
class Browser {
  private readonly cookies = new Map<string, Map<string, string>>();

  async go(url: string, init: RequestInit = {}): Promise<{ url: string; response: Response }> {
    let current = url;
    let request = init;
    for (let hop = 0; hop < 20; hop++) {
      const host = new URL(current).host;
      const jar = this.cookies.get(host) ?? new Map<string, string>();
      const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await fetch(current, {
        ...request,
        redirect: 'manual',
        headers: { ...(request.headers ?? {}), ...(cookie ? { cookie } : {}) },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const index = pair.indexOf('=');
        jar.set(pair.slice(0, index), pair.slice(index + 1));
      }
      this.cookies.set(host, jar);
      const location = response.headers.get('location');
      if (!location || response.status < 300 || response.status >= 400) return { url: current, response };
      const next = new URL(location, current).href;
      // The end of the journey is the web client's page: report where the browser lands.
      if (new URL(next).pathname.startsWith('/sign-in')) return { url: next, response };
      current = next;
      request = {};
    }
    throw new Error('too many redirects');
  }

  /** Fills in the provider's development login, then its consent page. */
  async signInAtProvider(startUrl: string, email: string): Promise<string> {
    let page = await this.go(startUrl);
    for (const prompt of ['login', 'consent']) {
      if (!/\/interaction\//.test(page.url)) break;
      page = await this.go(page.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt, login: email }).toString(),
      });
    }
    return page.url;
  }
}

describe('single sign-on with OpenID Connect', () => {
  let provider: ChildProcess;
  let bridge: ChildProcess;
  let bridgeUrl: string;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const [providerPort, bridgePort] = [await freePort(), await freePort()];
    bridgeUrl = `http://127.0.0.1:${bridgePort}`;
    const issuer = `http://127.0.0.1:${providerPort}`;
    provider = await startProcess(
      [join(__dirname, 'fixtures/oidc-provider.mjs')],
      {
        ISSUER: issuer,
        PORT: String(providerPort),
        CLIENT_ID: 'bridge',
        CLIENT_SECRET: 'bridge-secret',
        REDIRECT_URI: `${bridgeUrl}/auth/oidc/callback`,
      },
      /PROVIDER_READY/,
    );
    const database = await cloneTestDatabase();
    dropDatabase = database.drop;
    bridge = await startProcess(
      ['-r', join(__dirname, '../../../tools/register.cjs'), join(__dirname, '../src/main.ts')],
      {
        NODE_ENV: 'test',
        PORT: String(bridgePort),
        HOST: '127.0.0.1',
        DATABASE_URL: appRoleUrl(database.ownerUrl),
        DATABASE_OWNER_URL: database.ownerUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        TOKEN_SECRET: TEST_TOKEN_SECRET,
        PUBLIC_URL: bridgeUrl,
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: 'bridge',
        OIDC_CLIENT_SECRET: 'bridge-secret',
        OIDC_ORGANIZATION: 'acme',
        OIDC_DISPLAY_NAME: 'Acme SSO',
      },
      /Bridge is running/,
    );
  }, 120_000);

  afterAll(async () => {
    for (const child of [bridge, provider]) await stopProcess(child);
    await dropDatabase?.();
  });

  const graphql = async (query: string, token?: string) =>
    (await (
      await fetch(`${bridgeUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data?: Record<string, unknown>; errors?: unknown[] };

  it('tells the sign-in page that single sign-on is available', async () => {
    expect((await graphql('{ signInOptions { singleSignOn { name startUrl } } }')).data).toEqual({
      signInOptions: { singleSignOn: { name: 'Acme SSO', startUrl: '/auth/oidc/start' } },
    });
  });

  it("signs in the person whose work e-mail the provider vouches for, into a session of Bridge's own", async () => {
    const landing = await new Browser().signInAtProvider(
      `${bridgeUrl}/auth/oidc/start?returnUrl=/people`,
      'candidate@acme.test',
    );
    expect(new URL(landing).pathname).toBe('/sign-in/complete');
    const fragment = new URLSearchParams(new URL(landing).hash.slice(1));
    expect(fragment.get('returnUrl')).toBe('/people');
    expect(fragment.get('refreshToken')).toBeTruthy();
    const me = await graphql('{ me { email organization { name } } }', fragment.get('token') as string);
    expect(me.data).toEqual({
      me: { email: 'candidate@acme.test', organization: { name: 'Acme Manufacturing' } },
    });
  });

  it('refuses someone the provider knows but Bridge does not', async () => {
    const landing = await new Browser().signInAtProvider(
      `${bridgeUrl}/auth/oidc/start`,
      'stranger@acme.test',
    );
    expect(landing).toBe(`${bridgeUrl}/sign-in?sso=no-account`);
  });

  it('refuses a callback that this browser did not start (no state cookie, forged code)', async () => {
    const landing = await new Browser().go(`${bridgeUrl}/auth/oidc/callback?code=forged&state=forged`);
    expect(landing.url).toBe(`${bridgeUrl}/sign-in?sso=failed`);
  });

  it('never redirects back to another site', async () => {
    const landing = await new Browser().signInAtProvider(
      `${bridgeUrl}/auth/oidc/start?returnUrl=https://evil.example/x`,
      'candidate@acme.test',
    );
    expect(new URLSearchParams(new URL(landing).hash.slice(1)).get('returnUrl')).toBe('/');
  });
});
