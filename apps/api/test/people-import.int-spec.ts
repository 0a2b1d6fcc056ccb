import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onlyError, TestBridge } from './bridge-test-app';

const SAMPLE_CSV = readFileSync(join(__dirname, 'fixtures/hris-export-sample.csv'), 'utf8');

interface ImportReport {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  unitsCreatedCount: number;
  columns: { field: string; header: string }[];
  problems: { row: number; column: string; message: string }[];
  failureMessage: string | null;
}

const REPORT_FIELDS = `id status totalRows processedRows createdCount updatedCount unchangedCount unitsCreatedCount
  columns { field header } problems { row column message } failureMessage`;
const IMPORT = `mutation Import($csv: String!, $dryRun: Boolean) { importPeople(csv: $csv, dryRun: $dryRun, fileName: "people.csv") { ${REPORT_FIELDS} } }`;
const STATUS = `query Status($id: ID!) { peopleImport(id: $id) { ${REPORT_FIELDS} } }`;

describe('people import', () => {
  let bridge: TestBridge;
  let admin: string;

  const peopleCount = async (): Promise<number> => {
    const [{ count }] = await bridge.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM person p JOIN organization o ON o.id = p.organization_id WHERE o.slug = 'acme'",
    );
    return count;
  };

  const importFile = async (csv: string, dryRun = false): Promise<ImportReport> =>
    (await bridge.data<{ importPeople: ImportReport }>(IMPORT, { csv, dryRun }, admin)).importPeople;

  /** Follows a queued import until its job has finished, as the web page does. */
  const finished = async (queued: ImportReport): Promise<ImportReport> => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { peopleImport } = await bridge.data<{ peopleImport: ImportReport }>(
        STATUS,
        { id: queued.id },
        admin,
      );
      if (!['QUEUED', 'RUNNING'].includes(peopleImport.status)) return peopleImport;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import did not finish');
  };

  beforeAll(async () => {
    bridge = await TestBridge.start();
    admin = await bridge.signIn('admin@acme.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('is only for admins', async () => {
    const hr = await bridge.signIn('hr@acme.test');
    const before = await peopleCount();
    const error = onlyError(await bridge.graphql(IMPORT, { csv: SAMPLE_CSV }, hr));
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(await peopleCount()).toBe(before);
  });

  it('reports what a dry run would do and changes nothing', async () => {
    const before = await peopleCount();
    const report = await importFile(SAMPLE_CSV, true);
    expect(report).toMatchObject({
      status: 'DRY_RUN',
      totalRows: 53,
      createdCount: 53,
      updatedCount: 0,
      unchangedCount: 0,
      problems: [],
    });
    expect(report.columns).toEqual(
      expect.arrayContaining([
        { field: 'employeeId', header: 'Employee ID' },
        { field: 'email', header: 'Work Email' },
        { field: 'managerRef', header: 'Manager Employee ID' },
      ]),
    );
    expect(await peopleCount()).toBe(before);
  });

  it('lists every bad row with its column, and imports none of the file', async () => {
    const edit = (text: string, from: string, to: string): string => {
      expect(text).toContain(from);
      return text.replace(from, to);
    };
    let csv = edit(SAMPLE_CSV, 'sami.bauer.0004@example.com', 'sami.bauer-at-example.com');
    csv = edit(csv, 'E0005,Chloe,Nakamura', 'E0004,Chloe,Nakamura');
    csv = edit(
      csv,
      'Payments Manager,Engineering,Payments,E0002',
      'Payments Manager,Engineering,Payments,E9999',
    );
    csv = edit(csv, 'E0009,Rosa,Eriksen', 'E0009,Rosa,,Eriksen');
    const before = await peopleCount();
    const report = await importFile(csv);
    expect(report.status).toBe('INVALID');
    expect(report.problems).toEqual([
      { row: 5, column: 'Work Email', message: '"sami.bauer-at-example.com" is not an e-mail address' },
      { row: 6, column: 'Employee ID', message: '"E0004" is already used on row 5' },
      {
        row: 8,
        column: 'Manager Employee ID',
        message: 'no one with employee id "E9999" in this file or in Bridge',
      },
      { row: 10, column: '(row)', message: 'has 11 values but the header has 10' },
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it.each([true, false])(
    'reports every problem of a row in one upload (dry run: %s), and imports none of the file',
    async (dryRun) => {
      const csv = [
        'Employee ID,Name,Work Email,Manager Employee ID,Roles',
        'R1,Rhea Lead,rhea@rows.test,,sponsor',
        'R2,Rui Report,rui-at-rows.test,R404,wizard',
        'R3,Ros Report,hr@acme.test,R1,captain',
      ].join('\n');
      const before = await peopleCount();
      const report = await importFile(csv, dryRun);
      expect(report.status).toBe('INVALID');
      expect(report.problems).toEqual([
        { row: 3, column: 'Work Email', message: '"rui-at-rows.test" is not an e-mail address' },
        {
          row: 3,
          column: 'Roles',
          message: '"wizard" is not a role (use admin, hr, sponsor, candidate or mentee)',
        },
        {
          row: 3,
          column: 'Manager Employee ID',
          message: 'no one with employee id "R404" in this file or in Bridge',
        },
        {
          row: 4,
          column: 'Roles',
          message: '"captain" is not a role (use admin, hr, sponsor, candidate or mentee)',
        },
        {
          row: 4,
          column: 'Work Email',
          message: expect.stringMatching(/^"hr@acme\.test" already belongs to .+ \(employee id .+\)$/),
        },
      ]);
      expect(await peopleCount()).toBe(before);
    },
  );

  it('finds a reporting cycle', async () => {
    const csv = [
      'Employee ID,Name,Email,Manager',
      'C1,Ann One,ann@cycle.test,C3',
      'C2,Bo Two,bo@cycle.test,C1',
      'C3,Cy Three,cy@cycle.test,C2',
    ].join('\n');
    const report = await importFile(csv, true);
    expect(report.status).toBe('INVALID');
    expect(report.problems.map((problem) => problem.row)).toEqual([2, 3, 4]);
    expect(report.problems[0]).toEqual({
      row: 2,
      column: 'Manager',
      message: 'reporting cycle: C1 → C3 → C2 → C1',
    });
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a header without rows', 'Employee ID,Name,Email\n', 'The file has a header but no people in it.'],
    [
      'a file without an e-mail column',
      'Employee ID,Name,Phone\nE1,Ann,555',
      'The file has no column for work e-mail',
    ],
    [
      'a file that is not UTF-8',
      'Employee ID,Name,Email\nE1,Ren\uFFFDe,r@x.test',
      'The file is not UTF-8 text (unreadable characters on line 2)',
    ],
    [
      'a file over 20 MB',
      `Employee ID,Name,Email\n${'E1,Ann,ann@x.test\n'.repeat(1_200_000)}`,
      'The file is larger than 20 MB',
    ],
  ])('refuses %s with a clear error on the csv argument', async (_label, csv, message) => {
    const before = await peopleCount();
    const error = onlyError(await bridge.graphql(IMPORT, { csv }, admin));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(error.message).toContain(message);
    expect(await peopleCount()).toBe(before);
  });

  it('imports a clean file in the background, then finds nothing to change when it comes again', async () => {
    const before = await peopleCount();
    const queued = await importFile(SAMPLE_CSV);
    expect(queued.status).toBe('QUEUED');
    const done = await finished(queued);
    expect(done).toMatchObject({
      status: 'SUCCEEDED',
      createdCount: 53,
      updatedCount: 0,
      processedRows: 53,
      unitsCreatedCount: expect.any(Number),
    });
    expect(await peopleCount()).toBe(before + 53);

    const { people } = await bridge.data<{
      people: { edges: { node: { name: string; unit: { name: string }; manager: { name: string } } }[] };
    }>(
      '{ people(filter: { search: "sami.bauer.0004@example.com" }) { edges { node { name unit { name } manager { name } } } } }',
      {},
      admin,
    );
    expect(people.edges[0].node).toEqual({
      name: 'Sami Bauer',
      unit: { name: 'Platform' },
      manager: { name: 'Uma Bauer' },
    });

    const again = await finished(await importFile(SAMPLE_CSV));
    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 53,
      unitsCreatedCount: 0,
    });

    const changed = SAMPLE_CSV.replace(
      'E0004,Sami,Bauer,sami.bauer.0004@example.com,Senior Software Engineer',
      'E0004,Sami,Bauer,sami.bauer.0004@example.com,Staff Engineer',
    );
    const update = await finished(await importFile(changed));
    expect(update).toMatchObject({
      status: 'SUCCEEDED',
      createdCount: 0,
      updatedCount: 1,
      unchangedCount: 52,
    });
    const [{ title }] = await bridge.sql<{ title: string }>(
      "SELECT title FROM person WHERE email = 'sami.bauer.0004@example.com'",
    );
    expect(title).toBe('Staff Engineer');
  });

  it('reads the header names and delimiters other HR systems use', async () => {
    const csv = [
      'Employee #;Full Name;E-mail Address;Position;Division;Supervisor Email;Roles',
      'V1;Vera Lead;vera@variant.test;Director;Research;;sponsor',
      'V2;Ugo Report;ugo@variant.test;Scientist;Research;VERA@variant.test;Candidate, mentee',
    ].join('\r\n');
    const done = await finished(await importFile(`\uFEFF${csv}`));
    expect(done.status).toBe('SUCCEEDED');
    const rows = await bridge.sql<{ email: string; roles: string[]; manager: string | null }>(
      `SELECT p.email, p.roles, m.email AS manager FROM person p LEFT JOIN person m
       ON m.organization_id = p.organization_id AND m.id = p.manager_id WHERE p.email LIKE '%@variant.test' ORDER BY p.email`,
    );
    expect(rows).toEqual([
      { email: 'ugo@variant.test', roles: ['CANDIDATE', 'MENTEE'], manager: 'vera@variant.test' },
      { email: 'vera@variant.test', roles: ['SPONSOR'], manager: null },
    ]);
  });

  it('sets the start date from an optional column, shown on the person, and keeps it when a file has none', async () => {
    const withDate = ['Employee ID,Name,Email,Hire Date', 'J1,Jo Start,jo@joined.test,2020-02-03'].join('\n');
    expect((await finished(await importFile(withDate))).status).toBe('SUCCEEDED');
    const [{ id }] = await bridge.sql<{ id: string }>("SELECT id FROM person WHERE email = 'jo@joined.test'");
    const joinedOn = async () =>
      (
        await bridge.data<{ person: { joinedOn: string | null } }>(
          'query($id: ID!) { person(id: $id) { joinedOn } }',
          { id },
          admin,
        )
      ).person.joinedOn;
    expect(await joinedOn()).toBe('2020-02-03');
    const withoutDate = ['Employee ID,Name,Email,Title', 'J1,Jo Start,jo@joined.test,Analyst'].join('\n');
    expect((await finished(await importFile(withoutDate))).status).toBe('SUCCEEDED');
    expect(await joinedOn()).toBe('2020-02-03');
    const badDate = await finished(
      await importFile(
        ['Employee ID,Name,Email,Hire Date', 'J1,Jo Start,jo@joined.test,3 Feb 2020'].join('\n'),
      ),
    );
    expect(badDate.problems).toEqual([
      { row: 2, column: 'Hire Date', message: '"3 Feb 2020" is not a date (write it as YYYY-MM-DD)' },
    ]);
  });

  it('keeps one organization import away from the other', async () => {
    const globex = await bridge.signIn('hr@globex.test');
    const acmeImport = (
      await bridge.data<{ peopleImports: { id: string }[] }>('{ peopleImports(first: 1) { id } }', {}, admin)
    ).peopleImports[0];
    const error = onlyError(await bridge.graphql(STATUS, { id: acmeImport.id }, globex));
    expect(error.extensions?.code).toBe('NOT_FOUND');
    const { people } = await bridge.data<{ people: { totalCount: number } }>(
      '{ people(filter: { search: "example.com" }) { totalCount } }',
      {},
      globex,
    );
    expect(people.totalCount).toBe(0);
  });
});
