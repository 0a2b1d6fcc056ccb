import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a person joined the organization, from the HR export when it says: no observation predates it. */
export class PersonJoinedOn1796320000003 implements MigrationInterface {
  name = 'PersonJoinedOn1796320000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "person" ADD "joined_on" date');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "person" DROP COLUMN "joined_on"');
  }
}
