import { DataSource } from 'typeorm';
import { TenantDatabase } from '../src/database/tenant-database';
import { TestBridge } from './bridge-test-app';

/**
 * The database itself keeps tenants apart: raw SQL through the app's own connection (bridge_app),
 * in the same kind of tenant transaction every request runs in, with no service-layer filter at all.
 */
describe('tenant isolation in PostgreSQL', () => {
  let bridge: TestBridge;
  let tenants: TenantDatabase;
  let acme: string;
  let globex: string;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    tenants = bridge.provider(TenantDatabase);
    const organizations = await bridge.sql<{ id: string; slug: string }>('SELECT id, slug FROM organization');
    acme = organizations.find((organization) => organization.slug === 'acme')?.id as string;
    globex = organizations.find((organization) => organization.slug === 'globex')?.id as string;
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('connects as a role that owns no tables and cannot bypass row-level security', async () => {
    const [role] = await tenants.run(acme, (manager) =>
      manager.query(
        'SELECT current_user AS name, rolsuper AS superuser, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user',
      ),
    );
    expect(role).toEqual({ name: 'bridge_app', superuser: false, bypass: false });
    const owned = await bridge.sql(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'bridge_app'",
    );
    expect(owned).toEqual([]);
    // Every table that holds an organization's rows, found in the catalogue, so a new one cannot be missed.
    const tenantTables = await bridge.sql<{ relname: string; protected: boolean }>(
      `SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity AS protected FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relkind = 'r' AND (c.relname = 'organization'
         OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id'))
       ORDER BY c.relname`,
    );
    expect(tenantTables.length).toBeGreaterThanOrEqual(7);
    expect(tenantTables.filter((table) => !table.protected)).toEqual([]);
  });

  it('returns nothing of another tenant to an unfiltered query', async () => {
    const [{ total }] = await bridge.sql<{ total: number }>(
      'SELECT count(*)::int AS total FROM person WHERE organization_id = $1',
      [acme],
    );
    const seen = await tenants.run(acme, (manager) =>
      manager.query('SELECT organization_id, count(*)::int AS count FROM person GROUP BY 1'),
    );
    expect(seen).toEqual([{ organization_id: acme, count: total }]);
    const foreign = await tenants.run(acme, (manager) =>
      manager.query('SELECT * FROM person WHERE organization_id = $1', [globex]),
    );
    expect(foreign).toEqual([]);
    const organizations = await tenants.run(acme, (manager) =>
      manager.query('SELECT slug FROM organization'),
    );
    expect(organizations).toEqual([{ slug: 'acme' }]);
  });

  it('refuses to write into another tenant', async () => {
    const before = await bridge.sql('SELECT name FROM person WHERE organization_id = $1 ORDER BY id', [
      globex,
    ]);
    await expect(
      tenants.run(acme, (manager) =>
        manager.query(
          "INSERT INTO person (organization_id, id, employee_id, email, name) VALUES ($1, gen_random_uuid(), 'X1', 'x@globex.test', 'Intruder')",
          [globex],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await tenants.run(acme, (manager) =>
      manager.query("UPDATE person SET name = 'Renamed' WHERE organization_id = $1 RETURNING id", [globex]),
    );
    const deleted = await tenants.run(acme, (manager) =>
      manager.query('DELETE FROM audit_event WHERE organization_id = $1 RETURNING id', [globex]),
    );
    expect(updated).toEqual([[], 0]);
    expect(deleted).toEqual([[], 0]);
    // Moving one's own row into another tenant is refused too.
    await expect(
      tenants.run(acme, (manager) =>
        manager.query("UPDATE person SET organization_id = $1 WHERE email = 'mentee@acme.test'", [globex]),
      ),
    ).rejects.toThrow(/row-level security|violates foreign key/);
    expect(
      await bridge.sql('SELECT name FROM person WHERE organization_id = $1 ORDER BY id', [globex]),
    ).toEqual(before);
  });

  it('shows no tenant data at all to a connection that has not said which tenant it acts for', async () => {
    const dataSource = bridge.provider(DataSource);
    expect(await dataSource.query('SELECT count(*)::int AS count FROM person')).toEqual([{ count: 0 }]);
    expect(await dataSource.query('SELECT count(*)::int AS count FROM organization')).toEqual([{ count: 0 }]);
  });
});
