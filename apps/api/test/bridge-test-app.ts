import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createBridgeApp } from '../src/bootstrap';
import { IMPORT_OPERATION, OPERATION_HEADER } from '../src/common/request-body-limits';
import { loadAppConfig } from '../src/config/app-config';
import { appRoleUrl } from '../src/database/database-server';
import { DEMO_PASSWORD } from '../src/demo-seed/demo-organizations';
import { databaseUrl, TEMPLATE_DATABASE, testServerUrl, withAdminClient } from './test-database';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

export const TEST_TOKEN_SECRET = 'bridge-integration-test-secret-0123456789';

/** A running Bridge on its own fresh database (cloned from the template), reached over real HTTP. */
export class TestBridge {
  private constructor(
    readonly url: string,
    readonly databaseUrl: string,
    private readonly database: string,
    private readonly app: NestExpressApplication,
  ) {}

  /** `environment` adds or overrides configuration, e.g. SMTP_URL for the e-mail tests. */
  static async start(environment: Record<string, string> = {}): Promise<TestBridge> {
    const { ownerUrl: url, database } = await cloneTestDatabase();
    const config = loadAppConfig({
      NODE_ENV: 'test',
      DATABASE_URL: appRoleUrl(url),
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      SEED_DEMO: 'false',
      TOKEN_SECRET: TEST_TOKEN_SECRET,
      // Tests wait for jobs (imports, e-mails): they poll more often than a server would.
      JOB_POLL_SECONDS: '0.5',
      ...environment,
    });
    const app = await createBridgeApp(config, { url: appRoleUrl(url), ownerUrl: url });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestBridge(`http://127.0.0.1:${port}`, url, database, app);
  }

  /** A provider of the running app, for flows that have no GraphQL operation (command-line tasks). */
  provider<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`));
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        // As the web client does: only a signed-in import may send a body as large as its CSV.
        ...(query.includes(`${IMPORT_OPERATION}(`) ? { [OPERATION_HEADER]: IMPORT_OPERATION } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** Data of a request that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const response = await this.graphql<T>(query, variables, token);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
    const { login } = await this.data<{ login: { token: string } }>(
      'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    return login.token;
  }

  /** Runs SQL on this app's database as the tests' superuser, to check what was (not) written. */
  async sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }
}

/** A fresh database of its own, cloned from the migrated and seeded template. */
export async function cloneTestDatabase(): Promise<{
  ownerUrl: string;
  database: string;
  drop: () => Promise<void>;
}> {
  const database = `bridge_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) =>
    client.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`),
  );
  return {
    ownerUrl: databaseUrl(testServerUrl(), database),
    database,
    drop: async () => {
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

/** The one error of a response, asserting there is exactly one. */
export function onlyError(response: GraphqlResponse<unknown>): GraphqlError {
  expect(response.errors).toHaveLength(1);
  return (response.errors as GraphqlError[])[0];
}
