import { TestBridge } from './bridge-test-app';

/**
 * Every request's tenant transaction ends with the request. An operation with several root fields
 * passes the guard once per field, concurrently; each must join the one transaction, not open its
 * own (an orphan would sit "idle in transaction" holding a pool connection and its locks).
 */
describe('request transactions', () => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await TestBridge.start();
  });

  afterAll(async () => {
    await bridge.stop();
  });

  async function openTransactions(): Promise<number> {
    // Give just-answered requests a moment to finish committing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [{ count }] = await bridge.sql<{ count: string }>(
      `SELECT count(*) FROM pg_stat_activity
       WHERE datname = current_database() AND usename = 'bridge_app' AND state LIKE 'idle in transaction%'`,
    );
    return Number(count);
  }

  it('asks the request’s one connection one query at a time, however many fields ask at once', async () => {
    // Watches pg's own client: a query asked while the connection still runs or queues another is
    // what pg deprecates and pg@9 refuses.
    const { Client } = await import('pg');
    type Watched = { _activeQuery?: unknown; _queryQueue?: unknown[] };
    const query = Client.prototype.query;
    let overlapping = 0;
    Client.prototype.query = function (this: Watched, ...args: unknown[]) {
      if (this._activeQuery || (this._queryQueue?.length ?? 0) > 0) overlapping++;
      return (query as (...args: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      const token = await bridge.signIn('hr@acme.test');
      const response = await bridge.graphql(
        `{ me { id } unreadNotificationCount opportunities(first: 5) { totalCount edges { node { sponsor { name } } } }
           people(first: 20) { edges { node { name manager { name } unit { name } } } } }`,
        {},
        token,
      );
      expect(response.errors).toBeUndefined();
    } finally {
      Client.prototype.query = query;
    }
    expect(overlapping).toBe(0);
  });

  it('leaves no transaction open after operations with several root fields, one by one or at once', async () => {
    const token = await bridge.signIn('sponsor@acme.test');
    const query = `{ me { id } unreadNotificationCount notifications(first: 1) { totalCount }
      leadershipFramework { capabilities { key } } opportunities(first: 1) { totalCount } }`;
    for (let round = 0; round < 12; round++) {
      const response = await bridge.graphql(query, {}, token);
      expect(response.errors).toBeUndefined();
    }
    const parallel = await Promise.all(Array.from({ length: 12 }, () => bridge.graphql(query, {}, token)));
    expect(parallel.every((response) => !response.errors)).toBe(true);
    expect(await openTransactions()).toBe(0);
  });

  it('writes a mutation with several root fields in one transaction: all of it or none', async () => {
    const token = await bridge.signIn('candidate@acme.test');
    const [{ id }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM opportunity WHERE status = 'OPEN' LIMIT 1",
    );
    const response = await bridge.graphql(
      `mutation($id: ID!) { first: saveOpportunity(id: $id) { id } second: applyToOpportunity(opportunityId: $id, motivation: "${'x'.repeat(4001)}") { id } }`,
      { id },
      token,
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const saved = await bridge.sql('SELECT 1 FROM saved_opportunity WHERE opportunity_id = $1', [id]);
    expect(saved).toHaveLength(0);
    expect(await openTransactions()).toBe(0);
  });
});
