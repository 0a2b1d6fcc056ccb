import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cross-tenant questions of the sweeps that pick up work a crashed process left behind: which
 * imports are unfinished, and which e-mails have waited in the outbox without being sent. Each
 * answers only ids; the sweep then acts inside each organization's own transaction.
 */
export class InterruptedWork1796300000000 implements MigrationInterface {
  name = 'InterruptedWork1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION bridge_unfinished_people_imports(queued_before timestamptz)
      RETURNS TABLE (organization_id uuid, id uuid, status text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT organization_id, id, status FROM people_import
        WHERE status = 'RUNNING' OR (status = 'QUEUED' AND created_at < queued_before)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION bridge_waiting_emails(created_before timestamptz)
      RETURNS TABLE (organization_id uuid, id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT organization_id, id FROM email_outbox WHERE status = 'PENDING' AND created_at < created_before
      $$`);
    for (const signature of [
      'bridge_unfinished_people_imports(timestamptz)',
      'bridge_waiting_emails(timestamptz)',
    ]) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO bridge_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION bridge_waiting_emails(timestamptz)');
    await queryRunner.query('DROP FUNCTION bridge_unfinished_people_imports(timestamptz)');
  }
}
