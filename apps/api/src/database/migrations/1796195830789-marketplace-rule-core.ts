import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an application reached its sponsor (the sponsor sees nothing before the manager consents),
 * when a placement's work begins (upcoming until then), and the one cross-tenant question the
 * calendar job asks: which organizations have open opportunities past their end date.
 */
export class MarketplaceRuleCore1796195830789 implements MigrationInterface {
  name = 'MarketplaceRuleCore1796195830789';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "application" ADD "submitted_at" TIMESTAMP WITH TIME ZONE');
    // Reached the sponsor: at once when no one was asked for consent, else when a manager approved.
    await queryRunner.query(`
      UPDATE application a SET submitted_at = COALESCE(
        (SELECT min(c.decided_at) FROM consent_request c
         WHERE c.organization_id = a.organization_id AND c.application_id = a.id AND c.status = 'APPROVED'),
        CASE WHEN NOT EXISTS (SELECT 1 FROM consent_request c
                              WHERE c.organization_id = a.organization_id AND c.application_id = a.id)
             THEN a.created_at END)`);
    await queryRunner.query('ALTER TABLE "placement" ADD "starts_on" date');
    await queryRunner.query(`
      UPDATE placement p SET starts_on = GREATEST(p.started_at::date,
        COALESCE((SELECT o.starts_on FROM opportunity o WHERE o.organization_id = p.organization_id AND o.id = p.opportunity_id),
                 p.started_at::date))`);
    await queryRunner.query('ALTER TABLE "placement" ALTER COLUMN "starts_on" SET NOT NULL');
    await queryRunner.query(`
      CREATE FUNCTION bridge_organizations_with_ended_opportunities(today date) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT organization_id FROM opportunity WHERE status = 'OPEN' AND ends_on < today
      $$`);
    await queryRunner.query(
      'REVOKE ALL ON FUNCTION bridge_organizations_with_ended_opportunities(date) FROM PUBLIC',
    );
    await queryRunner.query(
      'GRANT EXECUTE ON FUNCTION bridge_organizations_with_ended_opportunities(date) TO bridge_app',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION bridge_organizations_with_ended_opportunities(date)');
    await queryRunner.query('ALTER TABLE "placement" DROP COLUMN "starts_on"');
    await queryRunner.query('ALTER TABLE "application" DROP COLUMN "submitted_at"');
  }
}
