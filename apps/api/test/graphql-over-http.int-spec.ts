import { serverAudits } from 'graphql-http';
import { BODY_LIMITS } from '../src/common/request-body-limits';
import { GRAPHQL_LIMITS } from '../src/common/graphql-limits';
import { onlyError, TestBridge, type GraphqlResponse } from './bridge-test-app';

/**
 * Audits graphql-http reports as warnings or notices that Bridge does not follow, on purpose.
 * Everything else, every MUST and every other SHOULD, passes.
 */
const ACCEPTED_DEVIATIONS: Record<string, string> = {
  // The spec's legacy watershed: under application/json it asks for 200 on a request error, for
  // clients that cannot read a non-2xx body. Bridge answers a client's mistake with a 4xx whatever
  // the Accept header (as the issue asks, and as Apollo Server does for validation and variables), so
  // proxies, monitoring and rate limits see it for what it is; the body is the same either way.
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  FDE2: 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
  // CSRF prevention (DESIGN §8) refuses a GET without a JSON content type or Apollo's preflight header.
  '5A70': 'MAY accept application/x-www-form-urlencoded formatted GET requests',
  D6D5: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  '6A70': 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
};

describe('GraphQL over HTTP', () => {
  let bridge: TestBridge;
  let admin: string;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    admin = await bridge.signIn('admin@acme.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  const post = async (
    body: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: GraphqlResponse<unknown> }> => {
    const response = await fetch(`${bridge.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as GraphqlResponse<unknown> };
  };

  it("passes graphql-http's audit: every MUST, and every SHOULD but the deviations Bridge chose", async () => {
    const audits = serverAudits({ url: `${bridge.url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok' && ACCEPTED_DEVIATIONS[audit.id] !== audit.name) {
        failures.push(`${audit.id} ${audit.name}: ${result.status} (${result.reason})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['a syntax error', '{ me { id }'],
    [
      'more tokens than the limit',
      `{ ${Array.from({ length: 600 }, (_, index) => `a${index}: me { id }`).join(' ')} }`,
    ],
  ])('answers %s with HTTP 400 and GRAPHQL_PARSE_FAILED', async (_label, query) => {
    const { status, body } = await post(JSON.stringify({ query }), { authorization: `Bearer ${admin}` });
    expect(status).toBe(400);
    expect(onlyError(body).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a query text over its own limit, apart from the variables, as a GraphQL-shaped 413', async () => {
    const comment = `# ${'x'.repeat(GRAPHQL_LIMITS.maxQueryBytes)}\n{ me { id } }`;
    const { status, body } = await post(JSON.stringify({ query: comment }), {
      authorization: `Bearer ${admin}`,
    });
    expect(status).toBe(413);
    const error = onlyError(body);
    expect(error.extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limitBytes: GRAPHQL_LIMITS.maxQueryBytes,
    });
    expect(error.message).toMatch(/query text is larger than 100 kB/);

    // Even where a large body is allowed (a signed-in import), a 5 MB comment is no query.
    const huge = `# ${'x'.repeat(5 * 1024 * 1024)}\nmutation { importPeople(csv: "", dryRun: true) { id } }`;
    const signedInImport = await post(JSON.stringify({ query: huge }), {
      authorization: `Bearer ${admin}`,
      'x-bridge-operation': 'importPeople',
    });
    expect(signedInImport.status).toBe(413);
    expect(onlyError(signedInImport.body).extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  // Cut off mid-string: were it parsed, it would be refused as invalid JSON instead.
  const twoMegabytes = `{"query":"{ me { id } }","variables":{"x":"${'y'.repeat(2 * 1024 * 1024)}`;

  it('refuses a 2 MB body from anyone not signed in as a GraphQL-shaped 413, without parsing it', async () => {
    for (const headers of [{}, { 'x-bridge-operation': 'importPeople' }] as Record<string, string>[]) {
      const { status, body } = await post(twoMegabytes, headers);
      expect(status).toBe(413);
      const error = onlyError(body);
      expect(error.extensions).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        limitBytes: BODY_LIMITS.standardBytes,
      });
      expect(error.message).toBe('The request is larger than 1,024 kB, the most this server accepts.');
    }
  });

  it('refuses a large body that is not an import, even signed in, or under a forged token', async () => {
    expect((await post(twoMegabytes, { authorization: `Bearer ${admin}` })).status).toBe(413);
    const forged = `${admin.slice(0, -4)}AAAA`;
    expect(
      (await post(twoMegabytes, { authorization: `Bearer ${forged}`, 'x-bridge-operation': 'importPeople' }))
        .status,
    ).toBe(413);

    // Named as an import and signed in, but another operation: parsed, then refused.
    const smuggled = JSON.stringify({
      query: 'query($x: String) { skillSuggestions(search: $x) }',
      variables: { x: 'y'.repeat(2 * 1024 * 1024) },
    });
    const { status, body } = await post(smuggled, {
      authorization: `Bearer ${admin}`,
      'x-bridge-operation': 'importPeople',
    });
    expect(status).toBe(413);
    expect(onlyError(body).extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.data ?? null).toBeNull();
  });

  it("takes a signed-in import's large CSV", async () => {
    const csv = `Employee ID,Name,Phone\n${'E1,Ann Example,555-0100\n'.repeat(120_000)}`;
    expect(csv.length).toBeGreaterThan(2 * BODY_LIMITS.standardBytes);
    const error = onlyError(
      await bridge.graphql(
        'mutation($csv: String!) { importPeople(csv: $csv, dryRun: true) { id } }',
        { csv },
        admin,
      ),
    );
    // Read and judged by the import itself: the body got through.
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(error.message).toContain('The file has no column for work e-mail');
  });

  it('answers a body that is not JSON with a GraphQL-shaped 400', async () => {
    const { status, body } = await post('{"query": ');
    expect(status).toBe(400);
    expect(onlyError(body).extensions?.code).toBe('BAD_REQUEST');
  });
});
