import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";
const TABLES = [
  'candidate_profile',
  'opportunity',
  'saved_opportunity',
  'application',
  'consent_request',
  'placement',
  'notification',
  'email_outbox',
];

/**
 * The marketplace's tables get the same forced row-level security as every tenant table, plus what
 * TypeORM cannot declare: the full-text index the marketplace search uses, and the one cross-tenant
 * question the consent deadline job must ask (which organizations have overdue requests).
 */
export class MarketplaceTenantIsolation1795266010400 implements MigrationInterface {
  name = 'MarketplaceTenantIsolation1795266010400';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX ix_opportunity_search ON opportunity USING gin (to_tsvector('english', title || ' ' || description))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION bridge_organizations_with_overdue_consent(at timestamptz) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT organization_id FROM consent_request WHERE status = 'PENDING' AND due_at <= at
      $$`);
    await queryRunner.query(
      'REVOKE ALL ON FUNCTION bridge_organizations_with_overdue_consent(timestamptz) FROM PUBLIC',
    );
    await queryRunner.query(
      'GRANT EXECUTE ON FUNCTION bridge_organizations_with_overdue_consent(timestamptz) TO bridge_app',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION bridge_organizations_with_overdue_consent(timestamptz)');
    await queryRunner.query('DROP INDEX ix_opportunity_search');
    for (const table of TABLES) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
