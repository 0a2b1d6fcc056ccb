import { PEOPLE_LIMITS } from '@bridge/domain';
import { GRAPHQL_LIMITS } from '../src/common/graphql-limits';
import { onlyError, TestBridge } from './bridge-test-app';

describe('GraphQL limits', () => {
  let bridge: TestBridge;
  let token: string;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    token = await bridge.signIn('admin@acme.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  const stillServing = async () => {
    const { me } = await bridge.data<{ me: { email: string } }>('{ me { email } }', {}, token);
    expect(me.email).toBe('admin@acme.test');
  };

  it('refuses a query nested 20 levels deep before running it', async () => {
    const nested = `{ me { ${'manager { '.repeat(19)}id${' }'.repeat(19)} } }`;
    const response = await bridge.graphql(nested, {}, token);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(
      true,
    );
    expect(response.errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(/depth limit of 10 exceeded/),
    );
    await stillServing();
  });

  it.each([
    [1000, /contains more tha[nt] 3000 tokens/i],
    [20, /aliases limit of 15 exceeded/i],
  ])('refuses %i aliases of one field', async (count, reason) => {
    const aliases = Array.from({ length: count }, (_, index) => `a${index}: me { id }`).join(' ');
    const response = await bridge.graphql(`{ ${aliases} }`, {}, token);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(reason));
    await stillServing();
  });

  it('refuses a 5 MB query string without reading it', async () => {
    const huge = `{ me { ${'id '.repeat((5 * 1024 * 1024) / 3)} } }`;
    const response = await bridge.graphql(huge, {}, token);
    expect(response.data ?? null).toBeNull();
    expect(onlyError(response).extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    await stillServing();
  });

  describe('cost', () => {
    const PAGE = 'edges { node { id email name roles manager { id } unit { id name } } }';

    it('serves the largest page the directory allows, given inline or through a variable', async () => {
      const inline = await bridge.data<{ people: { edges: unknown[] } }>(
        `{ people(first: ${PEOPLE_LIMITS.maxPageSize}) { ${PAGE} } }`,
        {},
        token,
      );
      expect(inline.people.edges.length).toBeGreaterThan(0);
      const variable = await bridge.data<{ people: { edges: unknown[] } }>(
        `query($first: Int!) { people(first: $first) { totalCount ${PAGE} } }`,
        { first: PEOPLE_LIMITS.maxPageSize },
        token,
      );
      expect(variable.people.edges).toEqual(inline.people.edges);
    });

    it.each([
      [
        'lists nested in a full page',
        '{ people(first: 100) { edges { node { reports { reports { id } } } } } }',
        {},
      ],
      [
        'the same with the page size in a variable',
        'query($first: Int!) { people(first: $first) { edges { node { reports { reports { id } } } } } }',
        { first: 100 },
      ],
      [
        'full pages repeated under aliases',
        `{ ${Array.from({ length: 15 }, (_, index) => `p${index}: people(first: 100) { ${PAGE} }`).join(' ')} }`,
        {},
      ],
    ])('refuses %s before running it', async (_label, query, variables) => {
      const error = onlyError(await bridge.graphql(query, variables, token));
      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error.message).toMatch(/could produce \d+ objects, more than the limit of 5000/);
      await stillServing();
    });
  });

  it('never suggests field names in errors', async () => {
    const error = onlyError(await bridge.graphql('{ me { emal } }', {}, token));
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).not.toMatch(/did you mean/i);
    expect(error.message).not.toContain('email');
  });

  it('refuses batched operations', async () => {
    const response = await fetch(`${bridge.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/"me"/);
  });

  it('lets the deepest screen of the web client through', async () => {
    expect(GRAPHQL_LIMITS.maxDepth).toBeGreaterThanOrEqual(6);
    const { me } = await bridge.data<{ me: { manager: { reports: { unit: { name: string } | null }[] } } }>(
      '{ me { manager { reports { unit { name } manager { name } organization { name } } } } }',
      {},
      token,
    );
    expect(me.manager.reports.length).toBeGreaterThan(0);
  });
});
