import type { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { appRoleUrl } from '../src/database/database-server';
import { DEMO_PASSWORD } from '../src/demo-seed/demo-organizations';
import { cloneTestDatabase, TEST_TOKEN_SECRET, type GraphqlResponse } from './bridge-test-app';
import { freePort, startProcess, stopProcess } from './child-processes';

interface LogLine {
  level: number;
  msg?: string;
  raw: string;
  [key: string]: unknown;
}

const ERROR_LEVEL = 50;
const SECRET_NAME = 'Coaching SECRET-CAPABILITY-NAME';
const SECRET_CODE = 'SECRET-OIDC-CODE';

/**
 * What an operator reads: Bridge runs as a process of its own at LOG_LEVEL=debug, its output
 * captured line by line. A batch of client mistakes raises no error line and no stack; a fault on
 * our side is one error line, with the request id the client was given; no line holds SQL
 * parameters, a query string or the OIDC code.
 */
describe('Logs an operator can live with', () => {
  let bridge: ChildProcess | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let ownerUrl: string;
  let url: string;
  let port: number;
  const lines: LogLine[] = [];

  beforeAll(async () => {
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const database = await cloneTestDatabase();
    ownerUrl = database.ownerUrl;
    dropDatabase = database.drop;
    bridge = await startProcess(
      ['-r', join(__dirname, '../../../tools/register.cjs'), join(__dirname, '../src/main.ts')],
      {
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: appRoleUrl(database.ownerUrl),
        DATABASE_OWNER_URL: database.ownerUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'debug',
        TOKEN_SECRET: TEST_TOKEN_SECRET,
      },
      /Bridge is running/,
    );
    let pending = '';
    bridge.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const raw of complete) {
        if (!raw.startsWith('{')) continue;
        lines.push({ ...(JSON.parse(raw) as { level: number }), raw });
      }
    });
  }, 120_000);

  afterAll(async () => {
    await stopProcess(bridge);
    await dropDatabase?.();
  });

  const post = async (
    body: unknown,
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<{
    status: number;
    requestId: string | null;
    body: GraphqlResponse<Record<string, unknown>>;
  }> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      requestId: response.headers.get('x-request-id'),
      body: (await response.json()) as GraphqlResponse<Record<string, unknown>>,
    };
  };

  const signIn = async (email: string): Promise<string> => {
    const { body } = await post({
      query:
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email, password: DEMO_PASSWORD },
    });
    return (body.data?.['login'] as { token: string }).token;
  };

  /** The lines logged from now until a marker request has been logged: the output is in order. */
  const linesDuring = async (work: () => Promise<void>): Promise<LogLine[]> => {
    const from = lines.length;
    await work();
    const marker = `marker-${Math.random().toString(36).slice(2)}`;
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': marker },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    while (!lines.slice(from).some((line) => line.raw.includes(marker))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return lines.slice(from);
  };

  const waitForLine = async (predicate: (line: LogLine) => boolean): Promise<void> => {
    while (!lines.some(predicate)) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  /** Sends part of a body, then goes away. */
  const abandon = (): Promise<void> =>
    new Promise((resolve) => {
      const request = httpRequest(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      request.on('error', () => resolve());
      request.write('{"query": "{ me');
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 100);
    });

  it('logs a batch of client mistakes without an error line or a stack', async () => {
    const admin = await signIn('admin@acme.test');
    const candidate = await signIn('candidate@acme.test');
    const hr = await signIn('hr@acme.test');
    const { body: open } = await post({ query: '{ opportunities(first: 1) { edges { node { id } } } }' }, hr);
    const openId = (open.data?.['opportunities'] as { edges: { node: { id: string } }[] }).edges[0].node.id;
    const codes = new Set<string>();

    const batch = await linesDuring(async () => {
      const requests: [unknown, string?][] = [
        [{ query: '{ me { id } }' }],
        [{ query: '{ me { id }' }, admin],
        [{ query: '{ me { emal } }' }, admin],
        [
          {
            query: 'query($first: Int!) { people(first: $first) { totalCount } }',
            variables: { first: 'many' },
          },
          admin,
        ],
        [{ query: '{ people(first: 101) { totalCount } }' }, admin],
        [{ query: 'mutation { login(email: "admin@acme.test\\u0000", password: "x") { token } }' }],
        [{ query: '{ people(first: 100) { edges { node { reports { reports { id } } } } } }' }, admin],
        [{ query: '{ auditLog(first: 10) { totalCount } }' }, candidate],
        [{ query: '{ person(id: "00000000-0000-4000-8000-000000000000") { id } }' }, admin],
        [{ query: `mutation { publishOpportunity(id: "${openId}") { id } }` }, hr],
        ['{"query": '],
        [`{"query":"{ me { id } }","variables":{"x":"${'y'.repeat(2 * 1024 * 1024)}"}}`],
      ];
      for (let attempt = 0; attempt < 7; attempt++) {
        requests.push([
          {
            query: 'mutation($email: String!) { login(email: $email, password: "wrong") { token } }',
            variables: { email: 'manager@acme.test' },
          },
        ]);
      }
      for (const [body, token] of requests) {
        const { body: answer } = await post(body, token);
        for (const error of answer.errors ?? []) codes.add(String(error.extensions?.code));
      }
      await abandon();
      await fetch(`${url}/auth/oidc/callback?code=${SECRET_CODE}&state=abc`, { redirect: 'manual' });
    });

    expect([...codes].sort()).toEqual([
      'BAD_REQUEST',
      'BAD_USER_INPUT',
      'CONFLICT',
      'FORBIDDEN',
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'NOT_FOUND',
      'PAYLOAD_TOO_LARGE',
      'TOO_MANY_REQUESTS',
      'UNAUTHENTICATED',
    ]);
    expect(batch.filter((line) => line.level >= ERROR_LEVEL).map((line) => line.raw)).toEqual([]);
    expect(batch.filter((line) => /"stack"/.test(line.raw)).map((line) => line.raw)).toEqual([]);
    // Each refusal is a routine line naming its code.
    expect(batch.filter((line) => line['code'] === 'FORBIDDEN').map((line) => line.level)).toEqual([20]);
    expect(batch.some((line) => line.raw.includes(SECRET_CODE))).toBe(false);
    expect(batch.some((line) => line.raw.includes('manager@acme.test'))).toBe(false);
  });

  it('logs a fault on our side once, with the request id the client got, and without SQL parameters', async () => {
    const admin = await signIn('admin@acme.test');
    const { Client } = await import('pg');
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      // A rule the service does not know about: its UPDATE fails in PostgreSQL, quoting the row.
      await owner.query(
        "ALTER TABLE framework_capability ADD CONSTRAINT no_secrets CHECK (name NOT LIKE '%SECRET%')",
      );
    } finally {
      await owner.end();
    }
    let answer: Awaited<ReturnType<typeof post>> | undefined;
    const logged = await linesDuring(async () => {
      answer = await post(
        {
          query:
            'mutation($name: String) { updateCapability(input: { key: "coaching", name: $name }) { key } }',
          variables: { name: SECRET_NAME },
        },
        admin,
        { 'x-request-id': 'support-ticket-42' },
      );
    });

    const error = answer?.body.errors?.[0];
    expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'support-ticket-42' });
    expect(answer?.requestId).toBe('support-ticket-42');
    const errorLines = logged.filter((line) => line.level >= ERROR_LEVEL);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0].raw).toContain('support-ticket-42');
    expect(errorLines[0].raw).toContain('no_secrets');
    for (const line of logged) {
      expect(line.raw).not.toContain('SECRET-CAPABILITY-NAME');
      expect(line.raw).not.toMatch(/"parameters"|UPDATE "framework_capability"/);
    }
  });

  it('does not count a request the client abandoned mid-way as an error', async () => {
    const admin = await signIn('admin@acme.test');
    const { Client } = await import('pg');
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      // The request waits on this lock while its client gives up.
      await owner.query('BEGIN');
      await owner.query('LOCK TABLE framework_capability IN ACCESS EXCLUSIVE MODE');
      const logged = await linesDuring(async () => {
        const client = new AbortController();
        const answer = fetch(`${url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${admin}`,
            'x-request-id': 'abandoned-1',
          },
          body: JSON.stringify({ query: '{ leadershipFramework { capabilities { key name } } }' }),
          signal: client.signal,
        }).catch(() => undefined);
        const waiting =
          "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        while ((await owner.query(waiting)).rowCount === 0)
          await new Promise((resolve) => setTimeout(resolve, 20));
        client.abort();
        await answer;
        await waitForLine((line) => line.raw.includes('abandoned-1') && line.msg === 'request aborted');
        await owner.query('COMMIT');
        // What the server makes of the failure that follows: one line, whatever its level.
        await waitForLine((line) => line.raw.includes('abandoned-1') && line.msg !== 'request aborted');
      });
      expect(logged.filter((line) => line.level >= ERROR_LEVEL).map((line) => line.raw)).toEqual([]);
      expect(logged.map((line) => line.msg)).toContain(
        'The client went away before its answer; its request was abandoned',
      );
    } finally {
      await owner.end();
    }
  });
});
