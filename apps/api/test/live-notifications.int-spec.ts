import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { appRoleUrl } from '../src/database/database-server';
import { DEMO_PASSWORD } from '../src/demo-seed/demo-organizations';
import { cloneTestDatabase, TEST_TOKEN_SECRET } from './bridge-test-app';
import { freePort, startProcess, stopProcess } from './child-processes';

/**
 * The live unread count with two API processes on one database, as behind a load balancer: the
 * manager's browser is subscribed to process A while the candidate's action goes through process B.
 * Nothing is shared between the processes but PostgreSQL (LISTEN/NOTIFY).
 */

/** Collects a subscription's values and lets the test wait for one that matches. */
class CountWatcher {
  readonly values: number[] = [];
  private waiters: { predicate: (value: number) => boolean; resolve: () => void }[] = [];

  push(value: number): void {
    this.values.push(value);
    this.waiters = this.waiters.filter((waiter) => {
      if (!waiter.predicate(value)) return true;
      waiter.resolve();
      return false;
    });
  }

  until(predicate: (value: number) => boolean, timeoutMs = 10_000): Promise<void> {
    if (this.values.some(predicate)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No matching count; saw ${JSON.stringify(this.values)}`)),
        timeoutMs,
      );
      this.waiters.push({ predicate, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }
}

describe('live notification count across API processes', () => {
  const processes: ChildProcess[] = [];
  const urls: string[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;
  let wsClient: Client | undefined;

  beforeAll(async () => {
    const database = await cloneTestDatabase();
    dropDatabase = database.drop;
    for (let index = 0; index < 2; index++) {
      const port = await freePort();
      processes.push(
        await startProcess(
          ['-r', join(__dirname, '../../../tools/register.cjs'), join(__dirname, '../src/main.ts')],
          {
            NODE_ENV: 'test',
            PORT: String(port),
            HOST: '127.0.0.1',
            DATABASE_URL: appRoleUrl(database.ownerUrl),
            DATABASE_OWNER_URL: database.ownerUrl,
            SEED_DEMO: 'false',
            LOG_LEVEL: 'warn',
            TOKEN_SECRET: TEST_TOKEN_SECRET,
          },
          /Bridge is running/,
        ),
      );
      urls.push(`http://127.0.0.1:${port}`);
    }
  }, 180_000);

  afterAll(async () => {
    await wsClient?.dispose();
    for (const child of processes) await stopProcess(child);
    await dropDatabase?.();
  });

  async function graphql<T>(
    url: string,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<T> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  const signIn = async (url: string, email: string) =>
    (
      await graphql<{ login: { token: string } }>(
        url,
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password: DEMO_PASSWORD },
      )
    ).login.token;

  it('pushes the manager’s new count from process A when the candidate applies through process B', async () => {
    const [processA, processB] = urls;
    const managerToken = await signIn(processA, 'manager@acme.test');
    const candidateToken = await signIn(processB, 'candidate@acme.test');
    const sponsorToken = await signIn(processB, 'sponsor@acme.test');

    const counts = new CountWatcher();
    wsClient = createClient({
      url: `${processA.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${managerToken}` },
      retryAttempts: 0,
    });
    wsClient.subscribe<{ unreadNotificationCountChanged: number }>(
      { query: 'subscription { unreadNotificationCountChanged }' },
      {
        next: (result) => {
          if (typeof result.data?.unreadNotificationCountChanged === 'number')
            counts.push(result.data.unreadNotificationCountChanged);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await counts.until(() => true);
    const before = counts.values[0];

    const { createOpportunity } = await graphql<{ createOpportunity: { id: string } }>(
      processB,
      'mutation { createOpportunity(input: { kind: STRETCH_PROJECT, title: "Live count project", description: "Two processes", seats: 1, hoursPerWeek: 2, capabilityKeys: ["coaching"] }) { id } }',
      {},
      sponsorToken,
    );
    await graphql(
      processB,
      'mutation($id: ID!) { publishOpportunity(id: $id) { id } }',
      { id: createOpportunity.id },
      sponsorToken,
    );
    await graphql(
      processB,
      'mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "Across processes") { id } }',
      { id: createOpportunity.id },
      candidateToken,
    );
    await counts.until((value) => value === before + 1);

    await graphql(processB, 'mutation { markNotificationsRead }', {}, managerToken);
    await counts.until((value) => value === 0);
    expect(counts.values).toEqual(expect.arrayContaining([before, before + 1, 0]));
  });

  it('refuses a subscription without a valid token', async () => {
    const client = createClient({
      url: `${urls[0].replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: 'Bearer not-a-token' },
      retryAttempts: 0,
    });
    const closed = await new Promise<number>((resolve) => {
      client.subscribe(
        { query: 'subscription { unreadNotificationCountChanged }' },
        {
          next: () => resolve(-1),
          error: (error) => resolve((error as { code?: number }).code ?? -2),
          complete: () => resolve(-3),
        },
      );
    });
    await client.dispose();
    expect(closed).toBe(4403);
  });
});
