import { MigrationInterface, QueryRunner } from 'typeorm';

/** An organization may choose its own matching weights; null means the engine's defaults. */
export class MatchingWeights1796350000001 implements MigrationInterface {
  name = 'MatchingWeights1796350000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organization" ADD "matching_weights" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organization" DROP COLUMN "matching_weights"');
  }
}
