import { Client } from 'pg';
import { PeopleImportService } from '../src/people-import/people-import.service';
import { TestBridge } from './bridge-test-app';

/**
 * Imports a crashed process left behind. The rows a crash leaves are made here by hand from a dry
 * run's report: RUNNING with no process applying it (the job died with its process), and QUEUED long
 * ago with no job (the process died between the commit and queueing the job).
 */
const CSV = [
  'Employee ID,First Name,Last Name,Work Email,Job Title,Department,Team,Manager Employee ID,Location,Job Level',
  'S0001,Ada,Sweep,ada.sweep@example.com,Engineer,Engineering,,,Berlin,P2',
].join('\n');

const REPORT = 'id status createdCount failureMessage';

interface Report {
  id: string;
  status: string;
  createdCount: number;
  failureMessage: string | null;
}

describe('imports interrupted by a crash', () => {
  let bridge: TestBridge;
  let admin: string;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    admin = await bridge.signIn('admin@acme.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  /** A checked import left as a crash leaves it. */
  const leftBehind = async (status: 'RUNNING' | 'QUEUED'): Promise<string> => {
    const { importPeople } = await bridge.data<{ importPeople: Report }>(
      `mutation($csv: String!) { importPeople(csv: $csv, dryRun: true) { ${REPORT} } }`,
      { csv: CSV },
      admin,
    );
    expect(importPeople).toMatchObject({ status: 'DRY_RUN', createdCount: 1 });
    await bridge.sql(
      `UPDATE people_import SET status = $2, dry_run = false, csv = $3, finished_at = NULL,
         created_at = now() - interval '1 hour'
       WHERE id = $1`,
      [importPeople.id, status, CSV],
    );
    return importPeople.id;
  };

  const report = async (id: string): Promise<Report> =>
    (
      await bridge.data<{ peopleImport: Report }>(
        `query($id: ID!) { peopleImport(id: $id) { ${REPORT} } }`,
        { id },
        admin,
      )
    ).peopleImport;

  const imported = async (): Promise<number> => {
    const [{ count }] = await bridge.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM person WHERE email = 'ada.sweep@example.com'",
    );
    return count;
  };

  const sweep = () => bridge.provider(PeopleImportService).sweepInterrupted(new Date(Date.now() - 60_000));

  it('marks a RUNNING import whose process died FAILED, with a reason the admin reads, having changed nothing', async () => {
    const id = await leftBehind('RUNNING');
    await sweep();
    const swept = await report(id);
    expect(swept.status).toBe('FAILED');
    expect(swept.failureMessage).toMatch(
      /Bridge stopped while this import was being applied.*nothing was changed/,
    );
    expect(await imported()).toBe(0);
  });

  it('leaves alone a RUNNING import that a live process is applying', async () => {
    const id = await leftBehind('RUNNING');
    // A live runner holds the import's lock for as long as it applies it.
    const runner = new Client({ connectionString: bridge.databaseUrl });
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('people-import-run:' || $1))`, [id]);
      expect(await sweep()).toMatchObject({ failed: 0 });
      expect((await report(id)).status).toBe('RUNNING');
    } finally {
      await runner.end();
    }
    // Its process gone (the lock went with its connection), the next sweep settles it.
    await sweep();
    expect((await report(id)).status).toBe('FAILED');
  });

  it('queues again an import that lost its job, and applies it once however many jobs run', async () => {
    const id = await leftBehind('QUEUED');
    await sweep();
    // A second sweep before the job ran queues a duplicate: the import must still be applied once.
    await sweep();
    let current = await report(id);
    for (let attempt = 0; attempt < 200 && ['QUEUED', 'RUNNING'].includes(current.status); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await report(id);
    }
    expect(current).toMatchObject({ status: 'SUCCEEDED', createdCount: 1 });
    expect(await imported()).toBe(1);
    await sweep();
    expect(await imported()).toBe(1);
    expect((await report(id)).status).toBe('SUCCEEDED');
  });
});
