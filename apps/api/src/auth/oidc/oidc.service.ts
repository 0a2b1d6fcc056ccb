import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Configuration } from 'openid-client';
import { DataSource } from 'typeorm';
import type { AppConfig, OidcConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { AuthService, SignIn } from '../auth.service';

type OpenIdClient = typeof import('openid-client');

/** openid-client is published as an ES module only; a native import() keeps it one under CommonJS. */
const importOpenIdClient = new Function('return import("openid-client")') as () => Promise<OpenIdClient>;

/** What must survive the round trip to the identity provider, in a signed cookie (no server state). */
interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  returnUrl: string;
}

export type SingleSignOnOutcome =
  | { kind: 'signed-in'; signIn: SignIn; returnUrl: string }
  | { kind: 'no-account' | 'failed' };

const PENDING_TTL_SECONDS = 600;

/** Sign-in through the company's identity provider: OpenID Connect, authorization code with PKCE. */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private readonly pending: JwtService;
  private configuration: Promise<{ client: OpenIdClient; server: Configuration }> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {
    this.pending = new JwtService({ secret: `${config.tokenSecret}:oidc` });
  }

  get settings(): OidcConfig | undefined {
    return this.config.oidc;
  }

  get callbackUrl(): string {
    return `${this.config.publicUrl}/auth/oidc/callback`;
  }

  /** Where to send the browser, and the cookie that remembers this attempt. */
  async start(returnUrl: string): Promise<{ authorizationUrl: string; pendingCookie: string }> {
    const { client, server } = await this.discovered();
    const verifier = client.randomPKCECodeVerifier();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier,
      returnUrl: safeReturnUrl(returnUrl),
    };
    const authorizationUrl = client.buildAuthorizationUrl(server, {
      redirect_uri: this.callbackUrl,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    const pendingCookie = await this.pending.signAsync(
      { ...pending },
      { algorithm: 'HS256', expiresIn: PENDING_TTL_SECONDS },
    );
    return { authorizationUrl: authorizationUrl.href, pendingCookie };
  }

  /**
   * Finishes the attempt: checks state, nonce and PKCE, and signs in the person of the configured
   * organization whose work e-mail the provider vouches for.
   */
  async finish(callbackUrl: URL, pendingCookie: string | undefined): Promise<SingleSignOnOutcome> {
    const settings = this.config.oidc;
    if (!settings || !pendingCookie) return { kind: 'failed' };
    try {
      const pending = await this.pending.verifyAsync<PendingSignIn>(pendingCookie, { algorithms: ['HS256'] });
      const { client, server } = await this.discovered();
      const tokens = await client.authorizationCodeGrant(server, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) return { kind: 'failed' };
      // Providers put scope claims in the ID token or only behind the UserInfo endpoint; ask there if needed.
      const claims =
        typeof idToken['email'] === 'string'
          ? idToken
          : await client.fetchUserInfo(server, tokens.access_token, idToken.sub);
      const email = typeof claims['email'] === 'string' ? claims['email'] : undefined;
      if (!email || claims['email_verified'] === false) return { kind: 'no-account' };
      const [organization] = await this.dataSource.query('SELECT bridge_organization_id($1) AS id', [
        settings.organizationSlug,
      ]);
      if (!organization?.id)
        throw new Error(`OIDC_ORGANIZATION "${settings.organizationSlug}" is not an organization`);
      const signIn = await this.auth.signInVerified(organization.id, email, 'single sign-on');
      return signIn ? { kind: 'signed-in', signIn, returnUrl: pending.returnUrl } : { kind: 'no-account' };
    } catch (error: unknown) {
      this.logger.warn({ err: error }, 'Single sign-on failed');
      return { kind: 'failed' };
    }
  }

  private discovered(): Promise<{ client: OpenIdClient; server: Configuration }> {
    const settings = this.config.oidc;
    if (!settings) throw new Error('Single sign-on is not configured.');
    this.configuration ??= (async () => {
      const client = await importOpenIdClient();
      const issuer = new URL(settings.issuer);
      // A plain-http provider is only for local development and tests.
      const insecure = issuer.protocol === 'http:' && this.config.environment !== 'production';
      const server = await client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, {
        execute: insecure ? [client.allowInsecureRequests] : [],
      });
      return { client, server };
    })().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }
}

/** Only paths of this site: an attacker's link must not turn sign-in into a redirect to elsewhere. */
function safeReturnUrl(returnUrl: string): string {
  return /^\/(?![/\\])[\w\-./?=&%#]*$/.test(returnUrl) ? returnUrl : '/';
}
