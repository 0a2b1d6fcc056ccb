import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadershipFramework1795264671899 implements MigrationInterface {
  name = 'LeadershipFramework1795264671899';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "framework_capability" ("organization_id" uuid NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_0ac0443d9031052dca468a19f03" PRIMARY KEY ("organization_id", "key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "framework_indicator" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "capability_key" text NOT NULL, "key" text NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "warning_pattern" text, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f80e38b1dfcb1ca23e5d4a06060" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_framework_indicator_capability" ON "framework_indicator"  ("organization_id", "capability_key") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_framework_indicator_key" ON "framework_indicator"  ("organization_id", "key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "framework_transition" ("organization_id" uuid NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "from_level" text NOT NULL, "to_level" text NOT NULL, "description" text NOT NULL, "capability_keys" text array NOT NULL, CONSTRAINT "PK_b346fe1c6cdb363735bca67ee77" PRIMARY KEY ("organization_id", "key"))',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_capability" ADD CONSTRAINT "fk_framework_capability_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_indicator" ADD CONSTRAINT "fk_framework_indicator_capability" FOREIGN KEY ("organization_id", "capability_key") REFERENCES "framework_capability"("organization_id","key") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_indicator" ADD CONSTRAINT "fk_framework_indicator_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_transition" ADD CONSTRAINT "fk_framework_transition_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "framework_transition" DROP CONSTRAINT "fk_framework_transition_organization"',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_indicator" DROP CONSTRAINT "fk_framework_indicator_organization"',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_indicator" DROP CONSTRAINT "fk_framework_indicator_capability"',
    );
    await queryRunner.query(
      'ALTER TABLE "framework_capability" DROP CONSTRAINT "fk_framework_capability_organization"',
    );
    await queryRunner.query('DROP TABLE "framework_transition"');
    await queryRunner.query('DROP INDEX "public"."uq_framework_indicator_key"');
    await queryRunner.query('DROP INDEX "public"."ix_framework_indicator_capability"');
    await queryRunner.query('DROP TABLE "framework_indicator"');
    await queryRunner.query('DROP TABLE "framework_capability"');
  }
}
