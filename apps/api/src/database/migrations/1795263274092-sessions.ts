import { MigrationInterface, QueryRunner } from 'typeorm';

export class Sessions1795263274092 implements MigrationInterface {
  name = 'Sessions1795263274092';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "password_reset" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "person_id" uuid NOT NULL, "issued_by_id" uuid NOT NULL, "secret_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_205d7c2477167b5163b8e2ba344" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "person_id" uuid NOT NULL, "refresh_token_hash" text NOT NULL, "previous_refresh_token_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "refreshed_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3b127f1f32b7034ca34b572439a" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_session_person" ON "session"  ("organization_id", "person_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "password_reset" ADD CONSTRAINT "fk_password_reset_issued_by" FOREIGN KEY ("organization_id", "issued_by_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "password_reset" ADD CONSTRAINT "fk_password_reset_person" FOREIGN KEY ("organization_id", "person_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "password_reset" ADD CONSTRAINT "fk_password_reset_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "fk_session_person" FOREIGN KEY ("organization_id", "person_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "fk_session_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "fk_session_organization"');
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "fk_session_person"');
    await queryRunner.query('ALTER TABLE "password_reset" DROP CONSTRAINT "fk_password_reset_organization"');
    await queryRunner.query('ALTER TABLE "password_reset" DROP CONSTRAINT "fk_password_reset_person"');
    await queryRunner.query('ALTER TABLE "password_reset" DROP CONSTRAINT "fk_password_reset_issued_by"');
    await queryRunner.query('DROP INDEX "public"."ix_session_person"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP TABLE "password_reset"');
  }
}
