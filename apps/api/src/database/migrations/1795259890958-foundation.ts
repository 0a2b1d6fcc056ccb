import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795259890958 implements MigrationInterface {
  name = 'Foundation1795259890958';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organization" ("id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_organization_slug" ON "organization"  ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "org_unit" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "path_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8f0a7063cbdc82cca11fb5f12a" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_org_unit_parent" ON "org_unit"  ("organization_id", "parent_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_org_unit_path_key" ON "org_unit"  ("organization_id", "path_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "person" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "employee_id" text NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "title" text, "level" text, "location" text, "unit_id" uuid, "manager_id" uuid, "roles" text array NOT NULL DEFAULT \'{}\', "active" boolean NOT NULL DEFAULT true, "password_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b046f12bf3bd6f19f27b2d0757" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_person_name" ON "person"  ("organization_id", "name", "id") ');
    await queryRunner.query('CREATE INDEX "ix_person_unit" ON "person"  ("organization_id", "unit_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_person_manager" ON "person"  ("organization_id", "manager_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_person_email" ON "person"  ("email") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_person_email" ON "person"  ("organization_id", "email") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_person_employee_id" ON "person"  ("organization_id", "employee_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "people_import" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "file_name" text, "dry_run" boolean NOT NULL, "status" text NOT NULL, "total_rows" integer NOT NULL DEFAULT \'0\', "processed_rows" integer NOT NULL DEFAULT \'0\', "created_count" integer NOT NULL DEFAULT \'0\', "updated_count" integer NOT NULL DEFAULT \'0\', "unchanged_count" integer NOT NULL DEFAULT \'0\', "units_created_count" integer NOT NULL DEFAULT \'0\', "problems" jsonb NOT NULL DEFAULT \'[]\', "columns" jsonb NOT NULL DEFAULT \'{}\', "csv" text, "failure_message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a27ed737c5cfcc47c8bd5fb6beb" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_people_import_created" ON "people_import"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_parent" FOREIGN KEY ("organization_id", "parent_id") REFERENCES "org_unit"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED',
    );
    await queryRunner.query(
      'ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "person" ADD CONSTRAINT "fk_person_manager" FOREIGN KEY ("organization_id", "manager_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED',
    );
    await queryRunner.query(
      'ALTER TABLE "person" ADD CONSTRAINT "fk_person_unit" FOREIGN KEY ("organization_id", "unit_id") REFERENCES "org_unit"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED',
    );
    await queryRunner.query(
      'ALTER TABLE "person" ADD CONSTRAINT "fk_person_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "people_import" ADD CONSTRAINT "fk_people_import_requested_by" FOREIGN KEY ("organization_id", "requested_by_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "people_import" ADD CONSTRAINT "fk_people_import_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "people_import" DROP CONSTRAINT "fk_people_import_organization"');
    await queryRunner.query('ALTER TABLE "people_import" DROP CONSTRAINT "fk_people_import_requested_by"');
    await queryRunner.query('ALTER TABLE "person" DROP CONSTRAINT "fk_person_organization"');
    await queryRunner.query('ALTER TABLE "person" DROP CONSTRAINT "fk_person_unit"');
    await queryRunner.query('ALTER TABLE "person" DROP CONSTRAINT "fk_person_manager"');
    await queryRunner.query('ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_organization"');
    await queryRunner.query('ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_parent"');
    await queryRunner.query('DROP INDEX "public"."ix_people_import_created"');
    await queryRunner.query('DROP TABLE "people_import"');
    await queryRunner.query('DROP INDEX "public"."uq_person_employee_id"');
    await queryRunner.query('DROP INDEX "public"."uq_person_email"');
    await queryRunner.query('DROP INDEX "public"."ix_person_email"');
    await queryRunner.query('DROP INDEX "public"."ix_person_manager"');
    await queryRunner.query('DROP INDEX "public"."ix_person_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_person_name"');
    await queryRunner.query('DROP TABLE "person"');
    await queryRunner.query('DROP INDEX "public"."uq_org_unit_path_key"');
    await queryRunner.query('DROP INDEX "public"."ix_org_unit_parent"');
    await queryRunner.query('DROP TABLE "org_unit"');
    await queryRunner.query('DROP INDEX "public"."uq_organization_slug"');
    await queryRunner.query('DROP TABLE "organization"');
  }
}
