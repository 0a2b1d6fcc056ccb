import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";

/** A candidate's reflections, with the forced row-level security of every tenant table. */
export class Reflections1796320000001 implements MigrationInterface {
  name = 'Reflections1796320000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reflection" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "placement_id" uuid, "capability_key" text, "shared_with_hr" boolean NOT NULL DEFAULT false, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_reflection_text_length" CHECK (char_length(text) BETWEEN 1 AND 4000), CONSTRAINT "PK_reflection" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_reflection_author" ON "reflection"  ("organization_id", "author_id", "written_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "reflection" ADD CONSTRAINT "fk_reflection_placement" FOREIGN KEY ("organization_id", "placement_id") REFERENCES "placement"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reflection" ADD CONSTRAINT "fk_reflection_author" FOREIGN KEY ("organization_id", "author_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reflection" ADD CONSTRAINT "fk_reflection_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "reflection" ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE "reflection" FORCE ROW LEVEL SECURITY');
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "reflection" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY tenant_isolation ON "reflection"');
    await queryRunner.query('ALTER TABLE "reflection" DROP CONSTRAINT "fk_reflection_organization"');
    await queryRunner.query('ALTER TABLE "reflection" DROP CONSTRAINT "fk_reflection_author"');
    await queryRunner.query('ALTER TABLE "reflection" DROP CONSTRAINT "fk_reflection_placement"');
    await queryRunner.query('DROP INDEX "public"."ix_reflection_author"');
    await queryRunner.query('DROP TABLE "reflection"');
  }
}
