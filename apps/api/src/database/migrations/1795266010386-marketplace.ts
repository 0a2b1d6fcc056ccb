import { MigrationInterface, QueryRunner } from 'typeorm';

export class Marketplace1795266010386 implements MigrationInterface {
  name = 'Marketplace1795266010386';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "opportunity" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "sponsor_id" uuid NOT NULL, "mentee_id" uuid, "host_unit_id" uuid, "seats" integer NOT NULL, "seats_filled" integer NOT NULL DEFAULT \'0\', "hours_per_week" integer NOT NULL, "starts_on" date, "ends_on" date, "capability_keys" text array NOT NULL DEFAULT \'{}\', "skills" text array NOT NULL DEFAULT \'{}\', "cross_functional" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_opportunity_dates" CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ck_opportunity_hours" CHECK (hours_per_week BETWEEN 1 AND 40), CONSTRAINT "ck_opportunity_seats_filled" CHECK (seats_filled >= 0 AND seats_filled <= seats), CONSTRAINT "ck_opportunity_seats" CHECK (seats BETWEEN 1 AND 50), CONSTRAINT "PK_7abe6d240eb101e95ef64a78039" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_opportunity_mentee" ON "opportunity"  ("organization_id", "mentee_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_opportunity_sponsor" ON "opportunity"  ("organization_id", "sponsor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_opportunity_status" ON "opportunity"  ("organization_id", "status", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "saved_opportunity" ("organization_id" uuid NOT NULL, "person_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_854ff2550643b4bba2c07d7f8f3" PRIMARY KEY ("organization_id", "person_id", "opportunity_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "application" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "status" text NOT NULL, "motivation" text NOT NULL, "status_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_application_motivation" CHECK (char_length(motivation) <= 4000), CONSTRAINT "PK_c6f79f53db6dfc6383465adf71f" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_application_candidate" ON "application"  ("organization_id", "candidate_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_application_opportunity" ON "application"  ("organization_id", "opportunity_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_application_live" ON "application"  ("organization_id", "opportunity_id", "candidate_id") WHERE status IN (\'SUBMITTED\', \'AWAITING_CONSENT\', \'SHORTLISTED\', \'OFFERED\', \'PLACED\')',
    );
    await queryRunner.query(
      'CREATE TABLE "consent_request" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "application_id" uuid NOT NULL, "approver_id" uuid NOT NULL, "status" text NOT NULL, "escalation_level" integer NOT NULL DEFAULT \'0\', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_71e20a29911fef079c77d83ec40" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_request_due" ON "consent_request"  ("due_at") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_request_approver" ON "consent_request"  ("organization_id", "approver_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_consent_request_pending" ON "consent_request"  ("organization_id", "application_id") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE TABLE "placement" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "application_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "kind" text NOT NULL, "hours_per_week" integer NOT NULL, "status" text NOT NULL, "end_reason" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e611903a8e4279d777ebbc6977c" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_placement_opportunity" ON "placement"  ("organization_id", "opportunity_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_placement_candidate" ON "placement"  ("organization_id", "candidate_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_placement_application" ON "placement"  ("organization_id", "application_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "candidate_profile" ("organization_id" uuid NOT NULL, "person_id" uuid NOT NULL, "target_transition" text NOT NULL, "headline" text NOT NULL DEFAULT \'\', "capability_keys" text array NOT NULL DEFAULT \'{}\', "skills" text array NOT NULL DEFAULT \'{}\', "hours_per_week" integer NOT NULL, "max_projects" integer NOT NULL DEFAULT \'1\', "max_mentees" integer NOT NULL DEFAULT \'2\', "committed_hours" integer NOT NULL DEFAULT \'0\', "active_projects" integer NOT NULL DEFAULT \'0\', "active_mentees" integer NOT NULL DEFAULT \'0\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_candidate_profile_load" CHECK (committed_hours >= 0 AND committed_hours <= hours_per_week AND active_projects >= 0 AND active_projects <= max_projects AND active_mentees >= 0 AND active_mentees <= max_mentees), CONSTRAINT "ck_candidate_profile_capacity" CHECK (max_projects BETWEEN 0 AND 3 AND max_mentees BETWEEN 0 AND 5), CONSTRAINT "ck_candidate_profile_hours" CHECK (hours_per_week BETWEEN 0 AND 40), CONSTRAINT "PK_b3cedf940ec4bc42288f20283c9" PRIMARY KEY ("organization_id", "person_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18160cda53c3f2373daed1397c4" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_unread" ON "notification"  ("organization_id", "recipient_id") WHERE read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_recipient" ON "notification"  ("organization_id", "recipient_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "email_outbox" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL, "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e4dc2588edbb4c648fdb59be357" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_email_outbox_status" ON "email_outbox"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organization" ADD "consent_working_days" integer NOT NULL DEFAULT \'5\'',
    );
    await queryRunner.query(
      'ALTER TABLE "organization" ADD CONSTRAINT "ck_organization_consent_days" CHECK (consent_working_days BETWEEN 1 AND 30)',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" ADD CONSTRAINT "fk_opportunity_host_unit" FOREIGN KEY ("organization_id", "host_unit_id") REFERENCES "org_unit"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" ADD CONSTRAINT "fk_opportunity_mentee" FOREIGN KEY ("organization_id", "mentee_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" ADD CONSTRAINT "fk_opportunity_sponsor" FOREIGN KEY ("organization_id", "sponsor_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity" ADD CONSTRAINT "fk_opportunity_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "saved_opportunity" ADD CONSTRAINT "fk_saved_opportunity_opportunity" FOREIGN KEY ("organization_id", "opportunity_id") REFERENCES "opportunity"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "saved_opportunity" ADD CONSTRAINT "fk_saved_opportunity_person" FOREIGN KEY ("organization_id", "person_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application" ADD CONSTRAINT "fk_application_candidate" FOREIGN KEY ("organization_id", "candidate_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application" ADD CONSTRAINT "fk_application_opportunity" FOREIGN KEY ("organization_id", "opportunity_id") REFERENCES "opportunity"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application" ADD CONSTRAINT "fk_application_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent_request" ADD CONSTRAINT "fk_consent_request_approver" FOREIGN KEY ("organization_id", "approver_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent_request" ADD CONSTRAINT "fk_consent_request_application" FOREIGN KEY ("organization_id", "application_id") REFERENCES "application"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent_request" ADD CONSTRAINT "fk_consent_request_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "placement" ADD CONSTRAINT "fk_placement_candidate" FOREIGN KEY ("organization_id", "candidate_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "placement" ADD CONSTRAINT "fk_placement_opportunity" FOREIGN KEY ("organization_id", "opportunity_id") REFERENCES "opportunity"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "placement" ADD CONSTRAINT "fk_placement_application" FOREIGN KEY ("organization_id", "application_id") REFERENCES "application"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "placement" ADD CONSTRAINT "fk_placement_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate_profile" ADD CONSTRAINT "fk_candidate_profile_person" FOREIGN KEY ("organization_id", "person_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate_profile" ADD CONSTRAINT "fk_candidate_profile_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_recipient" FOREIGN KEY ("organization_id", "recipient_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "email_outbox" ADD CONSTRAINT "fk_email_outbox_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "email_outbox" DROP CONSTRAINT "fk_email_outbox_organization"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_organization"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_recipient"');
    await queryRunner.query(
      'ALTER TABLE "candidate_profile" DROP CONSTRAINT "fk_candidate_profile_organization"',
    );
    await queryRunner.query('ALTER TABLE "candidate_profile" DROP CONSTRAINT "fk_candidate_profile_person"');
    await queryRunner.query('ALTER TABLE "placement" DROP CONSTRAINT "fk_placement_organization"');
    await queryRunner.query('ALTER TABLE "placement" DROP CONSTRAINT "fk_placement_application"');
    await queryRunner.query('ALTER TABLE "placement" DROP CONSTRAINT "fk_placement_opportunity"');
    await queryRunner.query('ALTER TABLE "placement" DROP CONSTRAINT "fk_placement_candidate"');
    await queryRunner.query(
      'ALTER TABLE "consent_request" DROP CONSTRAINT "fk_consent_request_organization"',
    );
    await queryRunner.query('ALTER TABLE "consent_request" DROP CONSTRAINT "fk_consent_request_application"');
    await queryRunner.query('ALTER TABLE "consent_request" DROP CONSTRAINT "fk_consent_request_approver"');
    await queryRunner.query('ALTER TABLE "application" DROP CONSTRAINT "fk_application_organization"');
    await queryRunner.query('ALTER TABLE "application" DROP CONSTRAINT "fk_application_opportunity"');
    await queryRunner.query('ALTER TABLE "application" DROP CONSTRAINT "fk_application_candidate"');
    await queryRunner.query('ALTER TABLE "saved_opportunity" DROP CONSTRAINT "fk_saved_opportunity_person"');
    await queryRunner.query(
      'ALTER TABLE "saved_opportunity" DROP CONSTRAINT "fk_saved_opportunity_opportunity"',
    );
    await queryRunner.query('ALTER TABLE "opportunity" DROP CONSTRAINT "fk_opportunity_organization"');
    await queryRunner.query('ALTER TABLE "opportunity" DROP CONSTRAINT "fk_opportunity_sponsor"');
    await queryRunner.query('ALTER TABLE "opportunity" DROP CONSTRAINT "fk_opportunity_mentee"');
    await queryRunner.query('ALTER TABLE "opportunity" DROP CONSTRAINT "fk_opportunity_host_unit"');
    await queryRunner.query('ALTER TABLE "organization" DROP CONSTRAINT "ck_organization_consent_days"');
    await queryRunner.query('ALTER TABLE "organization" DROP COLUMN "consent_working_days"');
    await queryRunner.query('DROP INDEX "public"."ix_email_outbox_status"');
    await queryRunner.query('DROP TABLE "email_outbox"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_recipient"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_unread"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TABLE "candidate_profile"');
    await queryRunner.query('DROP INDEX "public"."uq_placement_application"');
    await queryRunner.query('DROP INDEX "public"."ix_placement_candidate"');
    await queryRunner.query('DROP INDEX "public"."ix_placement_opportunity"');
    await queryRunner.query('DROP TABLE "placement"');
    await queryRunner.query('DROP INDEX "public"."uq_consent_request_pending"');
    await queryRunner.query('DROP INDEX "public"."ix_consent_request_approver"');
    await queryRunner.query('DROP INDEX "public"."ix_consent_request_due"');
    await queryRunner.query('DROP TABLE "consent_request"');
    await queryRunner.query('DROP INDEX "public"."uq_application_live"');
    await queryRunner.query('DROP INDEX "public"."ix_application_opportunity"');
    await queryRunner.query('DROP INDEX "public"."ix_application_candidate"');
    await queryRunner.query('DROP TABLE "application"');
    await queryRunner.query('DROP TABLE "saved_opportunity"');
    await queryRunner.query('DROP INDEX "public"."ix_opportunity_status"');
    await queryRunner.query('DROP INDEX "public"."ix_opportunity_sponsor"');
    await queryRunner.query('DROP INDEX "public"."ix_opportunity_mentee"');
    await queryRunner.query('DROP TABLE "opportunity"');
  }
}
