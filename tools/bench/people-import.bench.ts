import type { BenchContext, BenchResult } from './bench-context';
import { generatePeopleCsv } from './people-csv-generator';

const ROWS = 50_000;
const REPORT =
  'id status totalRows processedRows createdCount updatedCount unchangedCount problems { row message }';

/** DESIGN/issue 2: a 50,000-row HR export imports in under a minute, through the API as the web client sends it. */
export async function benchPeopleImport(bench: BenchContext): Promise<BenchResult[]> {
  const csv = generatePeopleCsv(ROWS);
  const admin = await bench.signIn('admin@acme.test');
  const rssBefore = process.memoryUsage().rss;

  const dryRunStart = performance.now();
  const dryRun = await bench.graphql<{ importPeople: { status: string; createdCount: number } }>(
    `mutation($csv: String!) { importPeople(csv: $csv, dryRun: true) { ${REPORT} } }`,
    { csv },
    admin,
  );
  const dryRunSeconds = (performance.now() - dryRunStart) / 1000;
  if (dryRun.importPeople.status !== 'DRY_RUN') throw new Error(`dry run: ${JSON.stringify(dryRun)}`);

  const start = performance.now();
  const queued = await bench.graphql<{ importPeople: { id: string } }>(
    `mutation($csv: String!) { importPeople(csv: $csv) { ${REPORT} } }`,
    { csv },
    admin,
  );
  let status = 'QUEUED';
  let created = 0;
  while (status === 'QUEUED' || status === 'RUNNING') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { peopleImport } = await bench.graphql<{ peopleImport: { status: string; createdCount: number } }>(
      `query($id: ID!) { peopleImport(id: $id) { ${REPORT} } }`,
      { id: queued.importPeople.id },
      admin,
    );
    status = peopleImport.status;
    created = peopleImport.createdCount;
  }
  const seconds = (performance.now() - start) / 1000;
  if (status !== 'SUCCEEDED' || created !== ROWS)
    throw new Error(`import ended ${status} with ${created} created`);

  const reimportStart = performance.now();
  const reimport = await bench.graphql<{ importPeople: { status: string; unchangedCount: number } }>(
    `mutation($csv: String!) { importPeople(csv: $csv, dryRun: true) { ${REPORT} } }`,
    { csv },
    admin,
  );
  const reimportSeconds = (performance.now() - reimportStart) / 1000;
  if (reimport.importPeople.unchangedCount !== ROWS)
    throw new Error('re-import should find every row unchanged');

  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / 1024 ** 2;
  return [
    {
      name: `people import, ${ROWS} rows: request to SUCCEEDED`,
      value: seconds,
      unit: 's',
      budget: '< 60 s',
    },
    { name: `people import, ${ROWS} rows: dry-run report`, value: dryRunSeconds, unit: 's' },
    {
      name: `people import, ${ROWS} rows: dry run of the same file again (all unchanged)`,
      value: reimportSeconds,
      unit: 's',
    },
    { name: 'people import: peak RSS of the API process (app + bench client)', value: peakRssMb, unit: 'MB' },
    { name: 'people import: RSS before the import', value: rssBefore / 1024 ** 2, unit: 'MB' },
    { name: 'people import: CSV size', value: Buffer.byteLength(csv) / 1024 ** 2, unit: 'MB' },
  ];
}
