import { parsePeopleCsv, PeopleFileError } from './people-csv';

describe('parsePeopleCsv', () => {
  it('maps the headers HR systems use and reads each row', () => {
    const file = parsePeopleCsv(
      [
        'Employee #,First Name,Last Name,Work Email,Job Title,Department,Team,Reports To,Office,Grade',
        'E7,Ana,Ruiz,ANA@X.TEST,Lead,Sales,EMEA,E1,Lisbon,IC3',
      ].join('\n'),
    );
    expect(file.columns).toMatchObject({
      employeeId: 'Employee #',
      email: 'Work Email',
      managerRef: 'Reports To',
      level: 'Grade',
      location: 'Office',
    });
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      {
        row: 2,
        employeeId: 'E7',
        name: 'Ana Ruiz',
        email: 'ana@x.test',
        title: 'Lead',
        functionName: 'Sales',
        teamName: 'EMEA',
        managerRef: 'E1',
        location: 'Lisbon',
        level: 'IC3',
        roles: undefined,
      },
    ]);
  });

  it('reads an optional start date, and names a cell that is not a date', () => {
    const file = parsePeopleCsv(
      [
        'Employee ID,Name,Email,Start Date',
        'E1,Ana Ruiz,ana@x.test,2019-04-01',
        'E2,Bo Li,bo@x.test,01/04/2019',
        'E3,Cy Oh,cy@x.test,',
      ].join('\n'),
    );
    expect(file.columns.joinedOn).toBe('Start Date');
    expect(file.rows.map((row) => [row.employeeId, row.joinedOn])).toEqual([
      ['E1', '2019-04-01'],
      ['E3', null],
    ]);
    expect(file.problems).toEqual([
      { row: 3, column: 'Start Date', message: '"01/04/2019" is not a date (write it as YYYY-MM-DD)' },
    ]);
  });

  it('detects semicolon and tab delimiters and strips a byte-order mark', () => {
    expect(parsePeopleCsv('\uFEFFid;name;email\n1;Ann;ann@x.test').rows[0].email).toBe('ann@x.test');
    expect(parsePeopleCsv('id\tname\temail\n1\tAnn\tann@x.test').rows[0].name).toBe('Ann');
  });

  it('reads quoted cells with commas and line breaks', () => {
    const file = parsePeopleCsv('id,name,email,title\n1,"Ruiz, Ana",ana@x.test,"Lead,\nPlatform"');
    expect(file.rows[0]).toMatchObject({ name: 'Ruiz, Ana', title: 'Lead,\nPlatform' });
  });

  it('names what is missing when required columns are absent', () => {
    expect(() => parsePeopleCsv('Employee ID,Phone\n1,555')).toThrow(
      /no column for work e-mail \(a column such as "workemail", "email", "emailaddress"\); name .*Its columns are: "Employee ID", "Phone"/,
    );
  });

  it.each([
    ['', 'The file is empty.'],
    ['   \n  ', 'The file is empty.'],
    ['id,name,email', 'The file has a header but no people in it.'],
    ['id,name,email\n1,Ren\uFFFD,r@x.test', 'The file is not UTF-8 text (unreadable characters on line 2)'],
    ['i\u0000d,name,email', 'The file is not UTF-8 text (unreadable characters on line 1)'],
    ['id,name,email\n1,"Ann,ann@x.test', 'The file is not valid CSV'],
  ])('refuses %j as a whole', (csv, message) => {
    expect(() => parsePeopleCsv(csv)).toThrow(PeopleFileError);
    expect(() => parsePeopleCsv(csv)).toThrow(message);
  });

  it('reports each bad cell with its row and column, keeping good rows', () => {
    const file = parsePeopleCsv(
      [
        'id,name,email,manager,roles',
        '1,Ann,ann@x.test,,hr',
        '2,,bo@x.test,1,',
        '3,Cy,not-an-email,1,',
        '1,Di,di@x.test,1,',
        '5,Ed,ANN@x.test,1,',
        '6,Flo,flo@x.test,6,',
        '7,Gus,gus@x.test,1,wizard',
        `8,${'x'.repeat(201)},h@x.test,1,`,
      ].join('\n'),
    );
    expect(file.problems).toEqual([
      { row: 3, column: 'name', message: 'is required' },
      { row: 4, column: 'email', message: '"not-an-email" is not an e-mail address' },
      { row: 5, column: 'id', message: '"1" is already used on row 2' },
      { row: 5, column: 'manager', message: 'a person cannot be their own manager (reporting cycle)' },
      { row: 6, column: 'email', message: '"ann@x.test" is already used on row 2' },
      { row: 7, column: 'manager', message: 'a person cannot be their own manager (reporting cycle)' },
      {
        row: 8,
        column: 'roles',
        message: '"wizard" is not a role (use admin, hr, sponsor, candidate or mentee)',
      },
      { row: 9, column: 'name', message: 'is longer than 200 characters' },
    ]);
    expect(file.rows.map((row) => row.employeeId)).toEqual(['1']);
    expect(file.rows[0].roles).toEqual(['HR']);
    expect(file.totalRows).toBe(8);
    expect([...file.rejected.employeeIds].sort()).toEqual(['1', '2', '3', '5', '6', '7', '8']);
  });

  it('reports every problem of a row at once, whichever cells they are in', () => {
    const file = parsePeopleCsv(
      [
        'Employee ID,First Name,Last Name,Work Email,Job Title,Team,Manager,Roles',
        `E1,,,not-an-email,${'t'.repeat(201)},${'x'.repeat(201)},E9,wizard;hr;boss`,
      ].join('\n'),
    );
    expect(file.problems).toEqual([
      { row: 2, column: 'Job Title', message: 'is longer than 200 characters' },
      { row: 2, column: 'Team', message: 'is longer than 200 characters' },
      { row: 2, column: 'First Name', message: 'is required' },
      { row: 2, column: 'Work Email', message: '"not-an-email" is not an e-mail address' },
      {
        row: 2,
        column: 'Roles',
        message: '"wizard" is not a role (use admin, hr, sponsor, candidate or mentee)',
      },
      {
        row: 2,
        column: 'Roles',
        message: '"boss" is not a role (use admin, hr, sponsor, candidate or mentee)',
      },
    ]);
    expect(file.rows).toEqual([]);
  });

  it('keeps what it could read of a rejected row for the plan, leaving out the cells that have problems', () => {
    const file = parsePeopleCsv(
      [
        'id,name,email,manager,roles',
        '1,Ann,ann@x.test,9,wizard',
        '1,Bo,not-an-email,5,',
        `3,Cy,cy@x.test,${'m'.repeat(201)},`,
        '4,Di,di@x.test,1,hr,extra',
        '5,Ed,ed@x.test,,',
      ].join('\n'),
    );
    expect(file.rejected.rows).toEqual([
      { row: 2, employeeId: '1', email: 'ann@x.test', managerRef: '9' },
      { row: 3, employeeId: null, email: null, managerRef: '5' },
      { row: 4, employeeId: '3', email: 'cy@x.test', managerRef: null },
    ]);
    expect(file.rows.map((row) => row.employeeId)).toEqual(['5']);
    // The row with shifted cells is not read, but references to it are known not to be new problems.
    expect(file.rejected.employeeIds.has('4')).toBe(true);
    expect(file.rejected.emails.has('di@x.test')).toBe(true);
  });
});
