import { onlyError, TestBridge } from './bridge-test-app';

/**
 * A NUL byte or a lone UTF-16 surrogate in any string argument is refused before anything runs, as
 * BAD_USER_INPUT naming the argument: PostgreSQL cannot store the one and text encoders choke on the
 * other. One of each kind of argument, given through variables or inline, nested or not.
 */
describe('Input hygiene: characters no text may hold', () => {
  let bridge: TestBridge;
  let admin: string;
  let hr: string;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    admin = await bridge.signIn('admin@acme.test');
    hr = await bridge.signIn('hr@acme.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  const NUL = 'a NUL byte';
  const SURROGATE = 'an unpaired UTF-16 surrogate';

  const expectRefused = async (
    request: { query: string; variables?: Record<string, unknown>; token?: string },
    field: string,
    problem: string,
  ) => {
    const response = await fetch(`${bridge.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      },
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Parameters<typeof onlyError>[0];
    const error = onlyError(body);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    const name = field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop();
    expect(error.message).toBe(
      `${name} contains a character that is not allowed (${problem}). Remove it and try again.`,
    );
    expect(body.data ?? null).toBeNull();
  };

  it('refuses them in search text, through a variable and inline', async () => {
    await expectRefused(
      {
        query: 'query($filter: PeopleFilterInput) { people(filter: $filter, first: 5) { totalCount } }',
        variables: { filter: { search: 'ana\u0000' } },
        token: admin,
      },
      'filter.search',
      NUL,
    );
    await expectRefused(
      { query: '{ opportunities(filter: { search: "data\\u0000" }) { totalCount } }', token: admin },
      'filter.search',
      NUL,
    );
    await expectRefused(
      {
        query: 'query($text: String) { skillSuggestions(search: $text) }',
        variables: { text: 'ty\uD800' },
        token: admin,
      },
      'search',
      SURROGATE,
    );
  });

  it('refuses them in the login e-mail, before anyone is signed in, and counts no attempt', async () => {
    const before = await bridge.sql('SELECT * FROM sign_in_throttle');
    await expectRefused(
      {
        query:
          'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        variables: { email: 'admin\uDC00@acme.test', password: 'whatever' },
      },
      'email',
      SURROGATE,
    );
    await expectRefused(
      { query: 'mutation { login(email: "admin@acme.test\\u0000", password: "x") { token } }' },
      'email',
      NUL,
    );
    expect(await bridge.sql('SELECT * FROM sign_in_throttle')).toEqual(before);
  });

  it('refuses them in an opportunity title and in one of its skills, and creates nothing', async () => {
    const [{ count: before }] = await bridge.sql<{ count: string }>('SELECT count(*) FROM opportunity');
    const input = {
      kind: 'STRETCH_PROJECT',
      title: 'Data platform',
      description: 'Build it',
      seats: 1,
      hoursPerWeek: 4,
      capabilityKeys: ['coaching'],
      skills: ['SQL', 'Type\u0000Script'],
    };
    const create = 'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }';
    await expectRefused({ query: create, variables: { input }, token: hr }, 'input.skills.1', NUL);
    await expectRefused(
      {
        query: create,
        variables: { input: { ...input, skills: [], title: 'Data \uD83D platform' } },
        token: hr,
      },
      'input.title',
      SURROGATE,
    );
    await expectRefused(
      {
        query:
          'mutation { createOpportunity(input: { kind: STRETCH_PROJECT, title: "Data\\u0000", description: "x", seats: 1, hoursPerWeek: 2, capabilityKeys: ["coaching"] }) { id } }',
        token: hr,
      },
      'input.title',
      NUL,
    );
    const [{ count: after }] = await bridge.sql<{ count: string }>('SELECT count(*) FROM opportunity');
    expect(after).toBe(before);
  });

  it("refuses them in an import's file name and a capability's name, changing neither", async () => {
    const [{ count: imports }] = await bridge.sql<{ count: string }>('SELECT count(*) FROM people_import');
    await expectRefused(
      {
        query:
          'mutation($csv: String!, $fileName: String) { importPeople(csv: $csv, dryRun: true, fileName: $fileName) { id } }',
        variables: { csv: 'Name,Email\n', fileName: 'people\u0000.csv' },
        token: admin,
      },
      'fileName',
      NUL,
    );
    expect((await bridge.sql<{ count: string }>('SELECT count(*) FROM people_import'))[0].count).toBe(
      imports,
    );

    const names = await bridge.sql(
      "SELECT name FROM framework_capability WHERE key = 'coaching' ORDER BY name",
    );
    await expectRefused(
      {
        query:
          'mutation($name: String) { updateCapability(input: { key: "coaching", name: $name }) { key } }',
        variables: { name: 'Coaching \uDE00' },
        token: admin,
      },
      'input.name',
      SURROGATE,
    );
    expect(
      await bridge.sql("SELECT name FROM framework_capability WHERE key = 'coaching' ORDER BY name"),
    ).toEqual(names);
  });

  it('refuses them in a variable left to its default, and lets well-formed text through', async () => {
    await expectRefused(
      { query: 'query($text: String = "x\\u0000") { skillSuggestions(search: $text) }', token: admin },
      'search',
      NUL,
    );
    // A pair of surrogates is one character (an emoji): fine.
    const { people } = await bridge.data<{ people: { totalCount: number } }>(
      'query($filter: PeopleFilterInput) { people(filter: $filter, first: 5) { totalCount } }',
      { filter: { search: 'Ana 😀' } },
      admin,
    );
    expect(people.totalCount).toBe(0);
  });
});
