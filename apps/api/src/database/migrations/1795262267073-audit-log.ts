import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795262267073 implements MigrationInterface {
  name = 'AuditLog1795262267073';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" text NOT NULL, "subject_person_id" uuid, "details" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_e35e3d957cb347be88662967c00" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event_occurred" ON "audit_event"  ("organization_id", "occurred_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_event" ADD CONSTRAINT "fk_audit_event_subject" FOREIGN KEY ("organization_id", "subject_person_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_event" ADD CONSTRAINT "fk_audit_event_actor" FOREIGN KEY ("organization_id", "actor_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_event" ADD CONSTRAINT "fk_audit_event_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_event" DROP CONSTRAINT "fk_audit_event_organization"');
    await queryRunner.query('ALTER TABLE "audit_event" DROP CONSTRAINT "fk_audit_event_actor"');
    await queryRunner.query('ALTER TABLE "audit_event" DROP CONSTRAINT "fk_audit_event_subject"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_occurred"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
