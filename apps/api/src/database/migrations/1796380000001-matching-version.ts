import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table a candidate's matching inputs are read from (MatchingFactsService). */
const MATCHING_INPUTS = [
  'person',
  'candidate_profile',
  'application',
  'saved_opportunity',
  'observation',
  'placement',
  'org_unit',
  'framework_transition',
  'framework_capability',
  'candidate_round_streak',
];

/**
 * `organization.matching_version` changes with every committed change to a candidate's matching
 * inputs, so the API may keep the organization's candidate pool in memory and know, with one read in
 * the request's own snapshot, whether it is still true. The counter moves at commit (a deferred
 * trigger): the organization's row is locked only while committing, after every other lock, so it
 * never orders locks against the rest of a transaction; and once per organization per transaction,
 * however many rows an import writes.
 */
export class MatchingVersion1796380000001 implements MigrationInterface {
  name = 'MatchingVersion1796380000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organization" ADD "matching_version" bigint NOT NULL DEFAULT 0');
    await queryRunner.query(`
      CREATE FUNCTION bridge_bump_matching_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.organization_id ELSE NEW.organization_id END;
        done text := coalesce(current_setting('bridge.matching_version_bumped', true), '');
      BEGIN
        IF position(changed::text IN done) > 0 THEN RETURN NULL; END IF;
        PERFORM set_config('bridge.matching_version_bumped', done || changed::text || ',', true);
        UPDATE organization SET matching_version = matching_version + 1 WHERE id = changed;
        RETURN NULL;
      END $$`);
    for (const table of MATCHING_INPUTS)
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "tr_${table}_matching_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bridge_bump_matching_version()`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of MATCHING_INPUTS)
      await queryRunner.query(`DROP TRIGGER "tr_${table}_matching_version" ON "${table}"`);
    await queryRunner.query('DROP FUNCTION bridge_bump_matching_version()');
    await queryRunner.query('ALTER TABLE "organization" DROP COLUMN "matching_version"');
  }
}
