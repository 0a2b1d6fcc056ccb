import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";
const TABLES = ['framework_capability', 'framework_indicator', 'framework_transition'];

/** Each organization's copy of the leadership framework is its own data: the same forced row-level security. */
export class FrameworkTenantIsolation1795264671900 implements MigrationInterface {
  name = 'FrameworkTenantIsolation1795264671900';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
