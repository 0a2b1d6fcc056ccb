import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PEOPLE_LIMITS } from '@bridge/domain';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../../testing/settle';
import { PeopleImportPage } from './people-import-page';

const CSV = 'Employee ID,First Name,Last Name,Work Email\nE1,Marta,Lindqvist,marta@example.com\n';

/** jsdom's File has no arrayBuffer(); the page reads files the way browsers allow. */
function csvFile(text: string, name = 'people.csv'): File {
  const file = new File([text], name, { type: 'text/csv' });
  const bytes = new TextEncoder().encode(text);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer });
  return file;
}

function report(overrides: Record<string, unknown>) {
  return {
    __typename: 'PeopleImport',
    id: 'imp-1',
    status: 'DRY_RUN',
    dryRun: true,
    fileName: 'people.csv',
    totalRows: 53,
    processedRows: 0,
    createdCount: 50,
    updatedCount: 2,
    unchangedCount: 1,
    unitsCreatedCount: 4,
    columns: [
      { __typename: 'ImportColumn', field: 'employeeId', header: 'Employee ID' },
      { __typename: 'ImportColumn', field: 'email', header: 'Work Email' },
    ],
    problems: [],
    failureMessage: null,
    createdAt: '2026-01-01T10:00:00Z',
    finishedAt: null,
    ...overrides,
  };
}

describe('PeopleImportPage', () => {
  let fixture: ComponentFixture<PeopleImportPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PeopleImportPage, ApolloTestingModule],
      providers: [provideRouter([])],
    }).compileComponents();
    fixture = TestBed.createComponent(PeopleImportPage);
    controller = TestBed.inject(ApolloTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
    controller.expectOne('RecentPeopleImports').flushData({ peopleImports: [] });
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  async function chooseFile(file: File): Promise<void> {
    const input = element.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
  }

  function importButton(): HTMLButtonElement | null {
    return element.querySelector<HTMLButtonElement>('button.import-button');
  }

  it('checks a chosen file with a dry run and lists the problems of an invalid file', async () => {
    await chooseFile(csvFile(CSV));

    const dryRun = controller.expectOne('ImportPeople');
    expect(dryRun.operation.variables).toEqual({ csv: CSV, dryRun: true, fileName: 'people.csv' });
    // The API lets a body as large as a CSV in only for a request that names the import.
    expect(dryRun.operation.getContext()['headers']).toEqual({ 'X-Bridge-Operation': 'importPeople' });
    dryRun.flushData({
      importPeople: report({
        status: 'INVALID',
        problems: [
          {
            __typename: 'ImportProblem',
            row: 4,
            column: 'Work Email',
            message: '"uma.at.example" is not an e-mail address',
          },
          {
            __typename: 'ImportProblem',
            row: 9,
            column: 'Manager Employee ID',
            message: 'No one has employee id E999',
          },
        ],
      }),
    });
    await settle(fixture);
    controller.expectOne('RecentPeopleImports').flushData({ peopleImports: [] });

    const rows = Array.from(element.querySelectorAll('table.problems tbody tr'));
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('4');
    expect(rows[0].textContent).toContain('is not an e-mail address');
    expect(rows[1].textContent).toContain('No one has employee id E999');
    expect(element.querySelector('.callout.error strong')?.textContent).toMatch(
      /2 problems in\s+2 of 53 rows/,
    );
    expect(element.textContent).toContain('Fix these rows in your file and choose it again');
    expect(importButton()?.textContent?.trim()).toBe('Import 53 people');
    expect(importButton()?.disabled).toBe(true);
  });

  it('groups the problems of one row under its row number, each naming its column', async () => {
    await chooseFile(csvFile(CSV));
    const problem = (row: number, column: string, message: string) => ({
      __typename: 'ImportProblem',
      row,
      column,
      message,
    });
    controller.expectOne('ImportPeople').flushData({
      importPeople: report({
        status: 'INVALID',
        problems: [
          problem(3, 'Work Email', '"bo-at-x.test" is not an e-mail address'),
          problem(3, 'Roles', '"wizard" is not a role'),
          problem(3, 'Manager Employee ID', 'no one with employee id "E99" in this file or in Bridge'),
          problem(7, 'Employee ID', 'is required'),
        ],
      }),
    });
    await settle(fixture);
    controller.expectOne('RecentPeopleImports').flushData({ peopleImports: [] });

    expect(element.querySelector('.callout.error strong')?.textContent).toMatch(
      /4 problems in\s+2 of 53 rows/,
    );
    const groups = Array.from(element.querySelectorAll('table.problems tbody'));
    expect(groups).toHaveLength(2);
    const rowNumber = groups[0].querySelector('th[scope="rowgroup"]');
    expect(rowNumber?.textContent?.trim()).toBe('3');
    expect(rowNumber?.getAttribute('rowspan')).toBe('3');
    const cells = Array.from(groups[0].querySelectorAll('tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(cells).toEqual([
      ['Work Email', '"bo-at-x.test" is not an e-mail address'],
      ['Roles', '"wizard" is not a role'],
      ['Manager Employee ID', 'no one with employee id "E99" in this file or in Bridge'],
    ]);
    expect(groups[1].querySelector('th')?.textContent?.trim()).toBe('7');
  });

  it('shows what a clean file would change and allows importing it', async () => {
    await chooseFile(csvFile(CSV));
    controller.expectOne('ImportPeople').flushData({ importPeople: report({}) });
    await settle(fixture);
    controller.expectOne('RecentPeopleImports').flushData({ peopleImports: [] });

    expect(element.querySelector('table.problems')).toBeNull();
    const counts = Array.from(element.querySelectorAll('.counts dd')).map((count) =>
      count.textContent?.trim(),
    );
    expect(counts).toEqual(['50', '2', '1', '4']);
    expect(element.querySelector('.mapping')?.textContent).toContain('Work e-mail←“Work Email”');
    expect(importButton()?.disabled).toBe(false);

    importButton()?.click();
    await settle(fixture);
    const run = controller.expectOne('ImportPeople');
    expect(run.operation.variables).toEqual({ csv: CSV, dryRun: false, fileName: 'people.csv' });
  });

  it('shows the API message for a file it cannot read', async () => {
    await chooseFile(csvFile(CSV));
    controller.expectOne('ImportPeople').graphqlErrors([
      {
        message:
          'The file is not UTF-8 text (unreadable characters on line 3). Export it again as "CSV UTF-8" and retry.',
        extensions: { code: 'BAD_USER_INPUT', field: 'csv' },
      },
    ]);
    await settle(fixture);

    expect(element.querySelector('.callout.error')?.textContent).toContain('The file is not UTF-8 text');
    expect(importButton()).toBeNull();
  });

  it('refuses a file over 20 MB before sending it', async () => {
    const big = csvFile('x', 'huge.csv');
    Object.defineProperty(big, 'size', { value: PEOPLE_LIMITS.maxImportBytes + 1 });
    await chooseFile(big);

    controller.expectNone('ImportPeople');
    expect(element.querySelector('.callout.error')?.textContent).toContain('larger than 20 MB');
  });
});
