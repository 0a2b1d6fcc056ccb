import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";

/** Sponsors' invitations to apply, with the forced row-level security of every tenant table. */
export class Invitations1796330000001 implements MigrationInterface {
  name = 'Invitations1796330000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "invitation" ("organization_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "invited_by_id" uuid NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_invitation" PRIMARY KEY ("organization_id", "opportunity_id", "candidate_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_invited_by" FOREIGN KEY ("organization_id", "invited_by_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_candidate" FOREIGN KEY ("organization_id", "candidate_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_opportunity" FOREIGN KEY ("organization_id", "opportunity_id") REFERENCES "opportunity"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "invitation" ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE "invitation" FORCE ROW LEVEL SECURITY');
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "invitation" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY tenant_isolation ON "invitation"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_organization"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_opportunity"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_candidate"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_invited_by"');
    await queryRunner.query('DROP TABLE "invitation"');
  }
}
