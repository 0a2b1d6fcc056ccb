import { Client } from 'pg';
import { createBridgeApp } from '../src/bootstrap';
import { loadAppConfig } from '../src/config/app-config';
import { appRoleUrl } from '../src/database/database-server';
import { OrganizationSetupService } from '../src/organizations/organization-setup.service';

/** What the backup tests compare before and after a restore. */

/** Rows per table of the public and job queue schemas, and the rows that say whose data it is. */
export interface Snapshot {
  counts: Record<string, number>;
  organizations: unknown[];
  admins: unknown[];
}

export async function query<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function snapshot(ownerUrl: string): Promise<Snapshot> {
  const tables = await query<{ name: string }>(
    ownerUrl,
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname IN ('public', 'pgboss') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = Number(
      (await query<{ count: string }>(ownerUrl, `SELECT count(*) AS count FROM ${name}`))[0]?.count,
    );
  }
  return {
    counts,
    organizations: await query(ownerUrl, 'SELECT id, slug, name, created_at FROM organization ORDER BY slug'),
    admins: await query(
      ownerUrl,
      'SELECT organization_id, id, email, password_hash FROM person ORDER BY email',
    ),
  };
}

/** Two organizations made the way Bridge makes them (their framework copies, admins, audit rows). */
export async function createOrganizations(ownerUrl: string): Promise<string[]> {
  const config = loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const app = await createBridgeApp(config, { url: appRoleUrl(ownerUrl), ownerUrl });
  await app.init();
  try {
    const setup = app.get(OrganizationSetupService);
    const ids: string[] = [];
    for (const slug of ['umbrella', 'wayne']) {
      const created = await setup.create({
        name: `${slug} corp`,
        slug,
        adminName: `Admin of ${slug}`,
        adminEmail: `admin@${slug}.example`,
      });
      ids.push(created.organizationId);
    }
    return ids;
  } finally {
    await app.close();
  }
}

/** What bridge_app sees of one organization's people under row-level security, and with no tenant set. */
export async function peopleSeenByApp(
  appUrl: string,
  organizationId: string,
): Promise<{ tenant: number; none: number }> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [organizationId]);
    const tenant = await client.query<{ count: string }>('SELECT count(*) AS count FROM person');
    await client.query('COMMIT');
    const none = await client.query<{ count: string }>('SELECT count(*) AS count FROM person');
    return { tenant: Number(tenant.rows[0]?.count), none: Number(none.rows[0]?.count) };
  } finally {
    await client.end();
  }
}
