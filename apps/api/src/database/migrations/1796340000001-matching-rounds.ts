import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = "NULLIF(current_setting('app.org_id', true), '')::uuid";
const TABLES = ['matching_round', 'match_proposal', 'candidate_round_streak'];

/**
 * Matching rounds, their proposals and each candidate's rounds without a proposal, with the forced
 * row-level security of every tenant table; the application's origin (an accepted proposal); and the
 * cross-tenant question of the sweep that picks up rounds a crashed process left behind (ids only).
 */
export class MatchingRounds1796340000001 implements MigrationInterface {
  name = 'MatchingRounds1796340000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "candidate_round_streak" ("organization_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "rounds_without_proposal" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_da7945fd8889ae217fb3315548b" PRIMARY KEY ("organization_id", "candidate_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "matching_round" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "status" text NOT NULL, "progress" double precision NOT NULL DEFAULT \'0\', "phase" text NOT NULL DEFAULT \'QUEUED\', "opportunity_ids" uuid array NOT NULL, "candidate_ids" uuid array NOT NULL, "weights" jsonb NOT NULL, "top_k" integer NOT NULL, "total_points" bigint, "greedy_points" bigint, "proposal_count" integer, "eligible_pairs" integer, "edges" integer, "first_stretch_share" double precision, "scoring_ms" integer, "solving_ms" integer, "started_by_id" uuid NOT NULL, "failure_reason" text, "attempts" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_matching_round_progress" CHECK (progress >= 0 AND progress <= 1), CONSTRAINT "ck_matching_round_status" CHECK (status IN (\'QUEUED\', \'RUNNING\', \'COMPLETED\', \'FAILED\', \'CANCELLED\')), CONSTRAINT "PK_f14f328e45ff2183693b528b74e" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_matching_round_created" ON "matching_round"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_matching_round_active" ON "matching_round"  ("organization_id") WHERE status IN (\'QUEUED\', \'RUNNING\')',
    );
    await queryRunner.query(
      'CREATE TABLE "match_proposal" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "round_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "score" double precision NOT NULL, "points" integer NOT NULL, "reasons" jsonb NOT NULL, "suggestions" jsonb NOT NULL DEFAULT \'[]\', "status" text NOT NULL, "accepted_by_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "application_id" uuid, CONSTRAINT "ck_match_proposal_status" CHECK (status IN (\'PROPOSED\', \'ACCEPTED\', \'STALE\')), CONSTRAINT "PK_4991a6da6574c29a8c727b8c042" PRIMARY KEY ("organization_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_proposal_opportunity" ON "match_proposal"  ("organization_id", "opportunity_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_proposal_round" ON "match_proposal"  ("organization_id", "round_id", "points") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_match_proposal_candidate" ON "match_proposal"  ("organization_id", "round_id", "candidate_id") ',
    );
    await queryRunner.query('ALTER TABLE "application" ADD "origin" text NOT NULL DEFAULT \'APPLIED\'');
    await queryRunner.query(
      'ALTER TABLE "application" ADD CONSTRAINT "ck_application_origin" CHECK (origin IN (\'APPLIED\', \'MATCH_PROPOSAL\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate_round_streak" ADD CONSTRAINT "fk_candidate_round_streak_candidate" FOREIGN KEY ("organization_id", "candidate_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate_round_streak" ADD CONSTRAINT "fk_candidate_round_streak_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_round" ADD CONSTRAINT "fk_matching_round_started_by" FOREIGN KEY ("organization_id", "started_by_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_round" ADD CONSTRAINT "fk_matching_round_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_proposal" ADD CONSTRAINT "fk_match_proposal_application" FOREIGN KEY ("organization_id", "application_id") REFERENCES "application"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_proposal" ADD CONSTRAINT "fk_match_proposal_accepted_by" FOREIGN KEY ("organization_id", "accepted_by_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_proposal" ADD CONSTRAINT "fk_match_proposal_opportunity" FOREIGN KEY ("organization_id", "opportunity_id") REFERENCES "opportunity"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_proposal" ADD CONSTRAINT "fk_match_proposal_candidate" FOREIGN KEY ("organization_id", "candidate_id") REFERENCES "person"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_proposal" ADD CONSTRAINT "fk_match_proposal_round" FOREIGN KEY ("organization_id", "round_id") REFERENCES "matching_round"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_proposal" ADD CONSTRAINT "fk_match_proposal_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = ${TENANT}) WITH CHECK (organization_id = ${TENANT})`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION bridge_unfinished_matching_rounds(queued_before timestamptz)
      RETURNS TABLE (organization_id uuid, id uuid, status text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT organization_id, id, status FROM matching_round
        WHERE status = 'RUNNING' OR (status = 'QUEUED' AND created_at < queued_before)
      $$`);
    await queryRunner.query(
      'REVOKE ALL ON FUNCTION bridge_unfinished_matching_rounds(timestamptz) FROM PUBLIC',
    );
    await queryRunner.query(
      'GRANT EXECUTE ON FUNCTION bridge_unfinished_matching_rounds(timestamptz) TO bridge_app',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION bridge_unfinished_matching_rounds(timestamptz)');
    for (const table of TABLES) await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
    await queryRunner.query('ALTER TABLE "match_proposal" DROP CONSTRAINT "fk_match_proposal_organization"');
    await queryRunner.query('ALTER TABLE "match_proposal" DROP CONSTRAINT "fk_match_proposal_round"');
    await queryRunner.query('ALTER TABLE "match_proposal" DROP CONSTRAINT "fk_match_proposal_candidate"');
    await queryRunner.query('ALTER TABLE "match_proposal" DROP CONSTRAINT "fk_match_proposal_opportunity"');
    await queryRunner.query('ALTER TABLE "match_proposal" DROP CONSTRAINT "fk_match_proposal_accepted_by"');
    await queryRunner.query('ALTER TABLE "match_proposal" DROP CONSTRAINT "fk_match_proposal_application"');
    await queryRunner.query('ALTER TABLE "matching_round" DROP CONSTRAINT "fk_matching_round_organization"');
    await queryRunner.query('ALTER TABLE "matching_round" DROP CONSTRAINT "fk_matching_round_started_by"');
    await queryRunner.query(
      'ALTER TABLE "candidate_round_streak" DROP CONSTRAINT "fk_candidate_round_streak_organization"',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate_round_streak" DROP CONSTRAINT "fk_candidate_round_streak_candidate"',
    );
    await queryRunner.query('ALTER TABLE "application" DROP CONSTRAINT "ck_application_origin"');
    await queryRunner.query('ALTER TABLE "application" DROP COLUMN "origin"');
    await queryRunner.query('DROP INDEX "public"."uq_match_proposal_candidate"');
    await queryRunner.query('DROP INDEX "public"."ix_match_proposal_round"');
    await queryRunner.query('DROP INDEX "public"."ix_match_proposal_opportunity"');
    await queryRunner.query('DROP TABLE "match_proposal"');
    await queryRunner.query('DROP INDEX "public"."uq_matching_round_active"');
    await queryRunner.query('DROP INDEX "public"."ix_matching_round_created"');
    await queryRunner.query('DROP TABLE "matching_round"');
    await queryRunner.query('DROP TABLE "candidate_round_streak"');
  }
}
