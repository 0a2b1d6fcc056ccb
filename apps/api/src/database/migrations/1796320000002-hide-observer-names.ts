import { MigrationInterface, QueryRunner } from 'typeorm';

/** An organization may hide observer names from the candidates they observed; off by default. */
export class HideObserverNames1796320000002 implements MigrationInterface {
  name = 'HideObserverNames1796320000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organization" ADD "hide_observer_names_from_candidates" boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organization" DROP COLUMN "hide_observer_names_from_candidates"');
  }
}
