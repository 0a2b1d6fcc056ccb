import { onlyError, TestBridge } from './bridge-test-app';

interface PersonRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  roles: string[];
  unit: { id: string; name: string } | null;
  manager: { id: string } | null;
}
interface PeoplePage {
  people: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: PersonRow }[];
  };
}

const PEOPLE = `query People($filter: PeopleFilterInput, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name email title roles unit { id name } manager { id } } }
  }
}`;

describe('people directory', () => {
  let bridge: TestBridge;
  let acmeAdmin: string;
  let globexHr: string;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    acmeAdmin = await bridge.signIn('admin@acme.test');
    globexHr = await bridge.signIn('hr@globex.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('pages through the whole organization by name without overlap or gaps', async () => {
    const [{ count }] = await bridge.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM person p JOIN organization o ON o.id = p.organization_id WHERE o.slug = 'acme' AND p.active",
    );
    expect(count).toBeGreaterThanOrEqual(240);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { people }: PeoplePage = await bridge.data<PeoplePage>(PEOPLE, { first: 100, after }, acmeAdmin);
      expect(people.totalCount).toBe(count);
      seen.push(...people.edges.map((edge) => edge.node.name + edge.node.id));
      after = people.pageInfo.hasNextPage ? people.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(count / 100));
    expect(new Set(seen).size).toBe(count);
    expect([...seen].sort()).toEqual(seen);
  });

  it('searches names, e-mails and titles, case-insensitively', async () => {
    const byName = await bridge.data<PeoplePage>(PEOPLE, { filter: { search: 'alex rivera' } }, acmeAdmin);
    expect(byName.people.edges.map((edge) => edge.node.email)).toEqual(['candidate@acme.test']);
    const byEmail = await bridge.data<PeoplePage>(PEOPLE, { filter: { search: 'SPONSOR@' } }, acmeAdmin);
    expect(byEmail.people.edges.map((edge) => edge.node.name)).toEqual(['Dana Whitfield']);
    const byTitle = await bridge.data<PeoplePage>(
      PEOPLE,
      { filter: { search: 'plant manager' }, first: 50 },
      acmeAdmin,
    );
    expect(byTitle.people.totalCount).toBe(2);
    const wildcard = await bridge.data<PeoplePage>(PEOPLE, { filter: { search: '%' } }, acmeAdmin);
    expect(wildcard.people.totalCount).toBe(0);
  });

  it('filters by unit including the teams inside it, and by role', async () => {
    const units = await bridge.data<{
      orgUnits: { id: string; name: string; kind: string; parentId: string | null; memberCount: number }[];
    }>('{ orgUnits { id name kind parentId memberCount } }', {}, acmeAdmin);
    const engineering = units.orgUnits.find(
      (unit) => unit.name === 'Engineering' && unit.kind === 'FUNCTION',
    );
    expect(engineering).toBeDefined();
    const engineeringUnitIds = new Set([
      engineering?.id,
      ...units.orgUnits.filter((unit) => unit.parentId === engineering?.id).map((unit) => unit.id),
    ]);
    const expected = units.orgUnits
      .filter((unit) => engineeringUnitIds.has(unit.id))
      .reduce((sum, unit) => sum + unit.memberCount, 0);

    const inEngineering = await bridge.data<PeoplePage>(
      PEOPLE,
      { filter: { unitId: engineering?.id }, first: 100 },
      acmeAdmin,
    );
    expect(inEngineering.people.totalCount).toBe(expected);
    expect(inEngineering.people.edges.every((edge) => engineeringUnitIds.has(edge.node.unit?.id))).toBe(true);

    const admins = await bridge.data<PeoplePage>(PEOPLE, { filter: { role: 'ADMIN' } }, acmeAdmin);
    expect(admins.people.edges.map((edge) => edge.node.email)).toEqual(['admin@acme.test']);
  });

  it('shows reporting lines: manager, direct reports, and the top of the chart', async () => {
    const { people } = await bridge.data<PeoplePage>(
      PEOPLE,
      { filter: { search: 'candidate@acme.test' } },
      acmeAdmin,
    );
    const candidate = people.edges[0].node;
    const { person } = await bridge.data<{
      person: { name: string; reports: { email: string }[]; reportCount: number };
    }>(
      'query Manager($id: ID!) { person(id: $id) { name reportCount reports { email } } }',
      { id: candidate.manager?.id },
      acmeAdmin,
    );
    expect(person.name).toBe('Marcus Lee');
    expect(person.reports.map((report) => report.email)).toContain('candidate@acme.test');
    expect(person.reportCount).toBe(person.reports.length);

    const { orgChartRoots } = await bridge.data<{ orgChartRoots: { name: string; reportCount: number }[] }>(
      '{ orgChartRoots { name reportCount } }',
      {},
      acmeAdmin,
    );
    expect(orgChartRoots).toEqual([{ name: 'Helena Brandt', reportCount: 5 }]);
  });

  it('never shows one organization the people of another', async () => {
    const acmePerson = (
      await bridge.data<PeoplePage>(PEOPLE, { filter: { search: 'candidate@acme.test' } }, acmeAdmin)
    ).people.edges[0].node;

    const globexPeople = await bridge.data<PeoplePage>(PEOPLE, { first: 100 }, globexHr);
    expect(globexPeople.people.totalCount).toBe(12);
    expect(globexPeople.people.edges.every((edge) => edge.node.email.endsWith('@globex.test'))).toBe(true);

    const foreign = onlyError(
      await bridge.graphql('query P($id: ID!) { person(id: $id) { name } }', { id: acmePerson.id }, globexHr),
    );
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.message).not.toMatch(/acme/i);

    const foreignFilter = await bridge.data<PeoplePage>(
      PEOPLE,
      { filter: { managerId: acmePerson.manager?.id } },
      globexHr,
    );
    expect(foreignFilter.people.totalCount).toBe(0);
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ filter: { search: 'x'.repeat(201) } }, 'filter.search'],
    [{ filter: { unitId: 'not-an-id' } }, 'filter.unitId'],
    [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
    // Well-formed base64 JSON, but not a key this API made: must not reach the database.
    [{ after: Buffer.from(JSON.stringify(['Ana', 'not-a-uuid'])).toString('base64url') }, 'after'],
    [
      {
        after: Buffer.from(JSON.stringify([42, '7b0c5d1e-8a4f-4c7e-9d6a-2f3b4c5d6e7f'])).toString(
          'base64url',
        ),
      },
      'after',
    ],
  ])('refuses %j naming the argument %s', async (variables, field) => {
    const error = onlyError(await bridge.graphql(PEOPLE, variables, acmeAdmin));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(field);
  });

  it('says NOT_FOUND for an id that does not exist and BAD_USER_INPUT for one that is malformed', async () => {
    const missing = onlyError(
      await bridge.graphql('{ person(id: "7b0c5d1e-8a4f-4c7e-9d6a-2f3b4c5d6e7f") { name } }', {}, acmeAdmin),
    );
    expect(missing.extensions?.code).toBe('NOT_FOUND');
    const malformed = onlyError(
      await bridge.graphql('{ person(id: "42; DROP TABLE person") { name } }', {}, acmeAdmin),
    );
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
