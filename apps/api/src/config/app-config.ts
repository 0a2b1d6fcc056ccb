import { resolve } from 'node:path';
import { z } from 'zod';

const DEVELOPMENT_TOKEN_SECRET = 'bridge-development-secret-do-not-use-in-production';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_OWNER_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    BRIDGE_APP_PASSWORD: z
      .string()
      .regex(
        /^[A-Za-z0-9._~-]{16,}$/,
        'must be 16 or more letters, digits or . _ ~ - (it also goes in DATABASE_URL), e.g. $(openssl rand -hex 32)',
      )
      .optional(),
    BRIDGE_DATA_DIR: z.string().min(1).optional(),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    TOKEN_SECRET: z.string().optional(),
    TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(24 * 3600)
      .default(15 * 60),
    SESSION_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(3600)
      .max(90 * 24 * 3600)
      .default(30 * 24 * 3600),
    PUBLIC_URL: z.string().url().optional(),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_ORGANIZATION: z.string().min(1).optional(),
    OIDC_DISPLAY_NAME: z.string().min(1).max(60).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_DEMO: booleanFromEnv.optional(),
    WEB_DIST_DIR: z.string().min(1).optional(),
    // pg-boss polls again at once when a poll took longer than the interval: too short an interval
    // turns into a busy loop on a loaded server.
    JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
    SMTP_URL: z
      .string()
      .regex(
        /^smtps?:\/\//,
        'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587',
      )
      .optional(),
    EMAIL_FROM: z.string().min(3).default('Bridge <bridge@localhost>'),
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d+|[a-z0-9.:/, ]+)$/i, 'must be true, false, a hop count, or addresses/subnets')
      .default('false'),
  })
  .superRefine((env, ctx) => {
    if (env.OIDC_ISSUER) {
      for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_ORGANIZATION'] as const) {
        if (!env[name])
          ctx.addIssue({ code: 'custom', path: [name], message: 'is required when OIDC_ISSUER is set' });
      }
    }
    if (env.BRIDGE_APP_PASSWORD && env.DATABASE_URL) {
      const app = new URL(env.DATABASE_URL);
      if (app.username === 'bridge_app' && decodeURIComponent(app.password) !== env.BRIDGE_APP_PASSWORD) {
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_URL'],
          message: 'signs in as bridge_app with another password than BRIDGE_APP_PASSWORD',
        });
      }
    }
    if (env.NODE_ENV !== 'production') return;
    if (!env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
    if (!env.TOKEN_SECRET || env.TOKEN_SECRET.length < 32 || env.TOKEN_SECRET === DEVELOPMENT_TOKEN_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TOKEN_SECRET'],
        message: 'must be a random secret of at least 32 characters in production',
      });
    }
    if (env.SEED_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'production never seeds demo data' });
    }
  });

export interface AppConfig {
  readonly environment: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** An external server, as the app's own role (bridge_app); when absent the API runs an embedded PostgreSQL. */
  readonly databaseUrl: string | undefined;
  /** The external server as the tables' owner, for migrations and the job queue; defaults to databaseUrl. */
  readonly databaseOwnerUrl: string | undefined;
  /** bridge_app's password, set by the owner at every start (BRIDGE_APP_PASSWORD); absent, its login is left as it is. */
  readonly appRolePassword: string | undefined;
  readonly dataDir: string;
  readonly embeddedPostgresPort: number;
  readonly tokenSecret: string;
  /** How long an access token lives; the web client refreshes it with the session's refresh token. */
  readonly tokenTtlSeconds: number;
  /** How long a session (its refresh token) lasts without signing in again. */
  readonly sessionTtlSeconds: number;
  /** Where people reach the web client, for links Bridge hands out (password reset). */
  readonly publicUrl: string;
  readonly logLevel: string;
  readonly seedDemo: boolean;
  readonly webDistDir: string;
  readonly jobPollSeconds: number;
  /** On SIGTERM, how long requests in flight (and running jobs) may take to finish before they are cut off. */
  readonly shutdownGraceSeconds: number;
  /** Sign-in through the company's identity provider (OpenID Connect), when configured. */
  readonly oidc: OidcConfig | undefined;
  /** Where e-mail goes out; without it, e-mails are written to the log. */
  readonly smtpUrl: string | undefined;
  readonly emailFrom: string;
  /** Express's "trust proxy": which proxies may say who the client is (X-Forwarded-For). */
  readonly trustProxy: boolean | number | string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The slug of the organization whose people sign in through this provider. */
  organizationSlug: string;
  /** How the sign-in page names the provider: "Sign in with …". */
  displayName: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Bridge cannot start, its configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Reads and validates the environment once; a bad variable stops start-up with a message naming it. */
export function loadAppConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const blankAsUnset = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  const root = process.cwd();
  return {
    environment: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databaseOwnerUrl: env.DATABASE_OWNER_URL ?? env.DATABASE_URL,
    appRolePassword: env.BRIDGE_APP_PASSWORD,
    dataDir: resolve(root, env.BRIDGE_DATA_DIR ?? '.data'),
    embeddedPostgresPort: env.EMBEDDED_PG_PORT,
    tokenSecret: env.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET,
    tokenTtlSeconds: env.TOKEN_TTL_SECONDS,
    sessionTtlSeconds: env.SESSION_TTL_SECONDS,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL,
    seedDemo: env.NODE_ENV === 'production' ? false : (env.SEED_DEMO ?? true),
    webDistDir: resolve(root, env.WEB_DIST_DIR ?? 'dist/apps/web/browser'),
    jobPollSeconds: env.JOB_POLL_SECONDS,
    shutdownGraceSeconds: env.SHUTDOWN_GRACE_SECONDS,
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET && env.OIDC_ORGANIZATION
        ? {
            issuer: env.OIDC_ISSUER,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            organizationSlug: env.OIDC_ORGANIZATION,
            displayName: env.OIDC_DISPLAY_NAME ?? 'your company account',
          }
        : undefined,
    smtpUrl: env.SMTP_URL,
    emailFrom: env.EMAIL_FROM,
    trustProxy:
      env.TRUST_PROXY === 'true'
        ? true
        : env.TRUST_PROXY === 'false'
          ? false
          : /^\d+$/.test(env.TRUST_PROXY)
            ? Number(env.TRUST_PROXY)
            : env.TRUST_PROXY,
  };
}
