import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on is configured by organization slug, and the API must find that organization before
 * it acts for it: this function, like the sign-in one, is the narrow way across row-level security.
 */
export class OrganizationBySlug1795263900000 implements MigrationInterface {
  name = 'OrganizationBySlug1795263900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION bridge_organization_id(p_slug text) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id FROM organization WHERE slug = lower(p_slug)
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION bridge_organization_id(text) FROM PUBLIC');
    await queryRunner.query('GRANT EXECUTE ON FUNCTION bridge_organization_id(text) TO bridge_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION bridge_organization_id(text)');
  }
}
