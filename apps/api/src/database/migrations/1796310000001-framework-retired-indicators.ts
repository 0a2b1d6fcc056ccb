import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indicators are retired rather than deleted, so observations recorded against them keep a real key. */
export class FrameworkRetiredIndicators1796310000001 implements MigrationInterface {
  name = 'FrameworkRetiredIndicators1796310000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "framework_indicator" ADD "retired_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "framework_indicator" DROP COLUMN "retired_at"');
  }
}
