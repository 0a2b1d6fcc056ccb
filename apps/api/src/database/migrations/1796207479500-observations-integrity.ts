import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";
const TABLES = ['observation', 'observation_request'];

/**
 * Evidence gets the forced row-level security of every tenant table, and PostgreSQL itself keeps an
 * observation immutable once its 24-hour correction window has passed: the API checks first and says
 * so to the observer, the trigger is the last line against a bug or a hand-written UPDATE. Who wrote
 * it, about whom, when and what it amends never change, and observations are never deleted.
 */
export class ObservationsIntegrity1796207479500 implements MigrationInterface {
  name = 'ObservationsIntegrity1796207479500';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION bridge_observation_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'observations are never deleted' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF OLD.recorded_at <= now() - interval '24 hours' THEN
          RAISE EXCEPTION 'observation % is past its 24-hour correction window', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (NEW.organization_id, NEW.id, NEW.candidate_id, NEW.observer_id, NEW.recorded_at)
             IS DISTINCT FROM (OLD.organization_id, OLD.id, OLD.candidate_id, OLD.observer_id, OLD.recorded_at)
           OR NEW.amends_id IS DISTINCT FROM OLD.amends_id THEN
          RAISE EXCEPTION 'an observation keeps its observer, candidate, time and what it amends'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER observation_immutable BEFORE UPDATE OR DELETE ON observation
      FOR EACH ROW EXECUTE FUNCTION bridge_observation_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER observation_immutable ON observation');
    await queryRunner.query('DROP FUNCTION bridge_observation_immutable()');
    for (const table of TABLES) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
