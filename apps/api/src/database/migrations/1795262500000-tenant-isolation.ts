import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that belong to one organization; each gets a row-level security policy on organization_id. */
const TENANT_TABLES = ['org_unit', 'person', 'people_import', 'audit_event'];
const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";

/**
 * Tenant isolation in the database itself. The API connects as bridge_app, which owns nothing and
 * cannot bypass row-level security; every request first sets app.org_id inside its transaction, and
 * the policies refuse rows of any other organization, for reads and writes alike. FORCE makes the
 * policies apply to the tables' owner as well; only superusers and BYPASSRLS roles (migrations,
 * the job queue's own schema) are outside them.
 */
export class TenantIsolation1795262500000 implements MigrationInterface {
  name = 'TenantIsolation1795262500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bridge_app') THEN
        CREATE ROLE bridge_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
    await queryRunner.query('GRANT USAGE ON SCHEMA public TO bridge_app');
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO bridge_app',
    );
    await queryRunner.query('REVOKE ALL ON TABLE schema_migration FROM bridge_app');
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO bridge_app',
    );

    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
      );
    }
    await queryRunner.query('ALTER TABLE "organization" ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE "organization" FORCE ROW LEVEL SECURITY');
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "organization" USING (id = ${TENANT}) WITH CHECK (id = ${TENANT})`,
    );

    // Sign-in must find an e-mail before it knows the organization: this function, and only it,
    // looks across tenants, and returns no more than the sign-in needs.
    await queryRunner.query(`CREATE FUNCTION bridge_sign_in_accounts(p_email text)
      RETURNS TABLE (organization_id uuid, id uuid, password_hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT p.organization_id, p.id, p.password_hash FROM person p
        WHERE p.email = lower(p_email) AND p.active AND p.password_hash IS NOT NULL
        ORDER BY p.created_at
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION bridge_sign_in_accounts(text) FROM PUBLIC');
    await queryRunner.query('GRANT EXECUTE ON FUNCTION bridge_sign_in_accounts(text) TO bridge_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION bridge_sign_in_accounts(text)');
    for (const table of ['organization', ...TENANT_TABLES]) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM bridge_app',
    );
    await queryRunner.query('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM bridge_app');
    await queryRunner.query('REVOKE USAGE ON SCHEMA public FROM bridge_app');
  }
}
