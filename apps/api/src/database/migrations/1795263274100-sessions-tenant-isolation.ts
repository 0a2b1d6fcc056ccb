import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";

/** Sessions and reset links are tenant data like the rest: the same forced row-level security. */
export class SessionsTenantIsolation1795263274100 implements MigrationInterface {
  name = 'SessionsTenantIsolation1795263274100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['session', 'password_reset']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['session', 'password_reset']) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
