import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";

/**
 * Promotion reviews get forced row-level security, and PostgreSQL itself keeps a review honest: its
 * snapshot, candidate, transition and opening never change; the only change is the one decision, from
 * OPEN to DECIDED; after it nothing changes; and no review is ever deleted. The API checks first and
 * says so to HR; the trigger is the last line against a bug or a hand-written UPDATE.
 */
export class PromotionReviewsIntegrity1796305000100 implements MigrationInterface {
  name = 'PromotionReviewsIntegrity1796305000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "promotion_review" ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE "promotion_review" FORCE ROW LEVEL SECURITY');
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "promotion_review" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
    );
    await queryRunner.query(`
      CREATE FUNCTION bridge_promotion_review_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'promotion reviews are never deleted' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF OLD.status = 'DECIDED' THEN
          RAISE EXCEPTION 'promotion review % is decided and cannot change', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.status <> 'DECIDED'
           OR (NEW.organization_id, NEW.id, NEW.candidate_id, NEW.transition, NEW.opened_by_id, NEW.opened_at)
             IS DISTINCT FROM (OLD.organization_id, OLD.id, OLD.candidate_id, OLD.transition, OLD.opened_by_id, OLD.opened_at)
           OR NEW.snapshot IS DISTINCT FROM OLD.snapshot THEN
          RAISE EXCEPTION 'an open promotion review changes only by being decided; its snapshot never changes'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER promotion_review_immutable BEFORE UPDATE OR DELETE ON promotion_review
      FOR EACH ROW EXECUTE FUNCTION bridge_promotion_review_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER promotion_review_immutable ON promotion_review');
    await queryRunner.query('DROP FUNCTION bridge_promotion_review_immutable()');
    await queryRunner.query('DROP POLICY tenant_isolation ON "promotion_review"');
    await queryRunner.query('ALTER TABLE "promotion_review" NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE "promotion_review" DISABLE ROW LEVEL SECURITY');
  }
}
