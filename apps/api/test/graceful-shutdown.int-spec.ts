import type { ChildProcess } from 'node:child_process';
import { Agent, IncomingHttpHeaders, request, RequestOptions } from 'node:http';
import { join } from 'node:path';
import { appRoleUrl } from '../src/database/database-server';
import { cloneTestDatabase, TEST_TOKEN_SECRET } from './bridge-test-app';
import { freePort, startProcess } from './child-processes';
import { DEMO_PASSWORD } from '../src/demo-seed/demo-organizations';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const PAGE = JSON.stringify({
  query:
    'query { people(first: 50) { edges { node { id email name roles manager { id } unit { id name } } } } }',
});

/**
 * SIGTERM to a real Bridge process while 20 signed-in requests are in flight. Each request announces
 * its body with `Expect: 100-continue`, so the test knows the server has taken it in before the
 * signal, and sends the body only after: draining must wait for them.
 */
describe('graceful shutdown', () => {
  let bridge: ChildProcess;
  let port: number;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const database = await cloneTestDatabase();
    dropDatabase = database.drop;
    port = await freePort();
    bridge = await startProcess(
      ['-r', join(__dirname, '../../../tools/register.cjs'), join(__dirname, '../src/main.ts')],
      {
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: appRoleUrl(database.ownerUrl),
        DATABASE_OWNER_URL: database.ownerUrl,
        SEED_DEMO: 'false',
        // At info, Bridge says when it has begun to drain: the test waits for that, not for luck.
        LOG_LEVEL: 'info',
        TOKEN_SECRET: TEST_TOKEN_SECRET,
      },
      /Bridge is running/,
    );
  }, 120_000);

  afterAll(async () => {
    if (bridge.exitCode === null && bridge.signalCode === null) bridge.kill('SIGKILL');
    await dropDatabase();
  });

  const answer = (options: RequestOptions, body?: string) => {
    const outgoing = request({ host: '127.0.0.1', port, ...options });
    const answered = new Promise<Answer>((resolve, reject) => {
      outgoing.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
        response.on('error', reject);
      });
      outgoing.on('error', reject);
    });
    const taken = new Promise<void>((resolve) => outgoing.once('continue', resolve));
    if (body === undefined) outgoing.end();
    else outgoing.flushHeaders();
    return { answered, taken, send: () => outgoing.end(body) };
  };

  it('answers every request in flight, reports draining, refuses new connections and exits 0', async () => {
    const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(email: "hr@acme.test", password: "${DEMO_PASSWORD}") { token } }`,
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;

    // A load balancer's keep-alive connection, idle when the signal comes.
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await answer({ path: '/health', agent: keepAlive }).answered).status).toBe(200);

    const inFlight = Array.from({ length: 20 }, () =>
      answer(
        {
          method: 'POST',
          path: '/graphql',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(PAGE),
            authorization: `Bearer ${token}`,
            expect: '100-continue',
          },
        },
        PAGE,
      ),
    );
    await Promise.all(inFlight.map((each) => each.taken));
    const exited = new Promise<number | null>((resolve) => bridge.once('exit', resolve));
    // A signal is handled on a later turn of Bridge's event loop than a request already on its way,
    // so the health check below waits until Bridge has said it is draining.
    const draining = new Promise<void>((resolve) => {
      let output = '';
      const watch = (chunk: Buffer) => {
        output += chunk.toString();
        if (!output.includes('received: draining')) return;
        bridge.stdout?.off('data', watch);
        resolve();
      };
      bridge.stdout?.on('data', watch);
    });
    bridge.kill('SIGTERM');
    await draining;

    const health = await answer({ path: '/health', agent: keepAlive }).answered;
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({ status: 'draining', database: 'up' });
    expect(health.headers.connection).toBe('close');
    const newConnection = await answer({ path: '/health', agent: false }).answered.then(
      (refused) => refused.status,
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(['ECONNREFUSED', 503]).toContain(newConnection);

    inFlight.forEach((each) => each.send());
    const answers = await Promise.all(inFlight.map((each) => each.answered));
    for (const { status, body } of answers) {
      expect(status).toBe(200);
      const parsed = JSON.parse(body) as { data?: { people: { edges: unknown[] } }; errors?: unknown };
      expect(parsed.errors).toBeUndefined();
      expect(parsed.data?.people.edges).toHaveLength(50);
    }
    expect(await exited).toBe(0);
    keepAlive.destroy();
  });
});
