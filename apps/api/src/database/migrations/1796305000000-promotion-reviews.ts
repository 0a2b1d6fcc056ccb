import { MigrationInterface, QueryRunner } from 'typeorm';

export class PromotionReviews1796305000000 implements MigrationInterface {
  name = 'PromotionReviews1796305000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "promotion_review" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "transition" text NOT NULL, "status" text NOT NULL, "opened_by_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "snapshot" jsonb NOT NULL, "decision" text, "rationale" text, "development_plan" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_promotion_review_decided" CHECK ((status = \'OPEN\' AND decision IS NULL AND decided_at IS NULL AND decided_by_id IS NULL)\n   OR (status = \'DECIDED\' AND decision IS NOT NULL AND decided_at IS NOT NULL AND decided_by_id IS NOT NULL\n       AND char_length(rationale) BETWEEN 1 AND 4000 AND char_length(development_plan) <= 4000)), CONSTRAINT "ck_promotion_review_decision" CHECK (decision IN (\'READY\', \'READY_WITH_SUPPORT\', \'NOT_YET\')), CONSTRAINT "ck_promotion_review_status" CHECK (status IN (\'OPEN\', \'DECIDED\')), CONSTRAINT "PK_6e6ca01bf99b0b9e0dc38b168ab" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_promotion_review_open" ON "promotion_review"  ("organization_id", "candidate_id", "transition") WHERE status = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_promotion_review_candidate" ON "promotion_review"  ("organization_id", "candidate_id", "opened_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "promotion_review" ADD CONSTRAINT "fk_promotion_review_decided_by" FOREIGN KEY ("organization_id", "decided_by_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotion_review" ADD CONSTRAINT "fk_promotion_review_opened_by" FOREIGN KEY ("organization_id", "opened_by_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotion_review" ADD CONSTRAINT "fk_promotion_review_candidate" FOREIGN KEY ("organization_id", "candidate_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "promotion_review" ADD CONSTRAINT "fk_promotion_review_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "promotion_review" DROP CONSTRAINT "fk_promotion_review_organization"',
    );
    await queryRunner.query('ALTER TABLE "promotion_review" DROP CONSTRAINT "fk_promotion_review_candidate"');
    await queryRunner.query('ALTER TABLE "promotion_review" DROP CONSTRAINT "fk_promotion_review_opened_by"');
    await queryRunner.query(
      'ALTER TABLE "promotion_review" DROP CONSTRAINT "fk_promotion_review_decided_by"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_promotion_review_candidate"');
    await queryRunner.query('DROP INDEX "public"."ux_promotion_review_open"');
    await queryRunner.query('DROP TABLE "promotion_review"');
  }
}
