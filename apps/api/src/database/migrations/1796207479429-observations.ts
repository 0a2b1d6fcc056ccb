import { MigrationInterface, QueryRunner } from 'typeorm';

export class Observations1796207479429 implements MigrationInterface {
  name = 'Observations1796207479429';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "observation" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "observer_id" uuid NOT NULL, "capability_key" text NOT NULL, "indicator_key" text NOT NULL, "indicator_text" text NOT NULL, "indicator_kind" text NOT NULL, "warning_pattern" text, "rating" smallint NOT NULL, "situation" text NOT NULL, "behaviour" text NOT NULL, "impact" text NOT NULL, "observed_on" date NOT NULL, "placement_id" uuid, "visibility" text NOT NULL, "amends_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "corrected_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_observation_not_self" CHECK (observer_id <> candidate_id), CONSTRAINT "ck_observation_text_length" CHECK (char_length(situation) BETWEEN 1 AND 4000 AND char_length(behaviour) BETWEEN 1 AND 4000 AND char_length(impact) BETWEEN 1 AND 4000), CONSTRAINT "ck_observation_rating" CHECK (rating BETWEEN 1 AND 4), CONSTRAINT "PK_eda496d22f3e3c10286b4f6629c" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_observation_observer" ON "observation"  ("organization_id", "observer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_observation_candidate" ON "observation"  ("organization_id", "candidate_id", "observed_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "observation_request" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "observer_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "placement_id" uuid, "question" text NOT NULL, "status" text NOT NULL, "decline_reason" text, "observation_id" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_observation_request_not_self" CHECK (observer_id <> candidate_id), CONSTRAINT "PK_31cead0e27dafaa524a50755e3a" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_observation_request_candidate" ON "observation_request"  ("organization_id", "candidate_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_observation_request_observer" ON "observation_request"  ("organization_id", "observer_id", "status") ',
    );
    await queryRunner.query(
      'ALTER TABLE "observation" ADD CONSTRAINT "fk_observation_amends" FOREIGN KEY ("organization_id", "amends_id") REFERENCES "observation"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation" ADD CONSTRAINT "fk_observation_placement" FOREIGN KEY ("organization_id", "placement_id") REFERENCES "placement"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation" ADD CONSTRAINT "fk_observation_observer" FOREIGN KEY ("organization_id", "observer_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation" ADD CONSTRAINT "fk_observation_candidate" FOREIGN KEY ("organization_id", "candidate_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation" ADD CONSTRAINT "fk_observation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" ADD CONSTRAINT "fk_observation_request_observation" FOREIGN KEY ("organization_id", "observation_id") REFERENCES "observation"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" ADD CONSTRAINT "fk_observation_request_placement" FOREIGN KEY ("organization_id", "placement_id") REFERENCES "placement"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" ADD CONSTRAINT "fk_observation_request_requested_by" FOREIGN KEY ("organization_id", "requested_by_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" ADD CONSTRAINT "fk_observation_request_observer" FOREIGN KEY ("organization_id", "observer_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" ADD CONSTRAINT "fk_observation_request_candidate" FOREIGN KEY ("organization_id", "candidate_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" ADD CONSTRAINT "fk_observation_request_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "observation_request" DROP CONSTRAINT "fk_observation_request_organization"',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" DROP CONSTRAINT "fk_observation_request_candidate"',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" DROP CONSTRAINT "fk_observation_request_observer"',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" DROP CONSTRAINT "fk_observation_request_requested_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" DROP CONSTRAINT "fk_observation_request_placement"',
    );
    await queryRunner.query(
      'ALTER TABLE "observation_request" DROP CONSTRAINT "fk_observation_request_observation"',
    );
    await queryRunner.query('ALTER TABLE "observation" DROP CONSTRAINT "fk_observation_organization"');
    await queryRunner.query('ALTER TABLE "observation" DROP CONSTRAINT "fk_observation_candidate"');
    await queryRunner.query('ALTER TABLE "observation" DROP CONSTRAINT "fk_observation_observer"');
    await queryRunner.query('ALTER TABLE "observation" DROP CONSTRAINT "fk_observation_placement"');
    await queryRunner.query('ALTER TABLE "observation" DROP CONSTRAINT "fk_observation_amends"');
    await queryRunner.query('DROP INDEX "public"."ix_observation_request_observer"');
    await queryRunner.query('DROP INDEX "public"."ix_observation_request_candidate"');
    await queryRunner.query('DROP TABLE "observation_request"');
    await queryRunner.query('DROP INDEX "public"."ix_observation_candidate"');
    await queryRunner.query('DROP INDEX "public"."ix_observation_observer"');
    await queryRunner.query('DROP TABLE "observation"');
  }
}
