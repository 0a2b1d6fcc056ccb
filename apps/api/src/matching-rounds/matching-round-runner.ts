import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplicationOrigin, ApplicationStatus, LIVE_APPLICATION_STATUSES } from '@bridge/domain';
import type { RoundInput, RoundResult } from '@bridge/matching';
import { TenantDatabase } from '../database/tenant-database';
import { JobQueue } from '../jobs/job-queue.service';
import { MatchingFactsService } from '../matching/matching-facts.service';
import { MatchingRoundEntity, MatchingRoundPhase } from './matching-round.entity';
import { ROUND_JOB, RoundJob } from './matching-rounds.service';
import { PendingOffer, withPendingOffers } from './pending-offers';
import { RoundSignals } from './round-signals';
import { RoundSolver, SolveAbortedError } from './round-solver';

/** Progress is written at most this often, and on every step of this size: enough for a smooth bar. */
const PROGRESS_INTERVAL_MS = 250;
const PROGRESS_STEP = 0.05;
/** The phases' share of the bar: reading the facts, the engine (scoring, then solving), saving. */
const READ_SHARE = 0.1;
const SAVE_FROM = 0.95;
/** An accepted proposal in these states still holds its candidate and its seat. */
const PENDING_OFFER_STATUSES = [ApplicationStatus.AWAITING_CONSENT, ApplicationStatus.OFFERED];
/** A round whose process died is taken up again this many times in all, then failed. */
export const MAX_ROUND_ATTEMPTS = 2;

/**
 * Runs a queued round. The job's transaction takes the round's advisory lock and holds it to the end,
 * so a RUNNING round whose lock is free has lost its process (see InterruptedRoundsJob). Progress is
 * written in short transactions of its own; the proposals, the results and COMPLETED commit together
 * and only while the round is still RUNNING, so a cancelled round's results are dropped and a retried
 * job never applies a round twice.
 */
@Injectable()
export class MatchingRoundRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingRoundRunner.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobQueue,
    private readonly facts: MatchingFactsService,
    private readonly solver: RoundSolver,
    private readonly signals: RoundSignals,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.handle<RoundJob>(ROUND_JOB, (job) => this.run(job));
  }

  async run({ organizationId, roundId }: RoundJob): Promise<void> {
    const cancelled = new AbortController();
    const stopListening = this.signals.subscribe(organizationId, roundId, (status) => {
      if (status === 'CANCELLED') cancelled.abort();
    });
    try {
      await this.db.run(organizationId, async (manager) => {
        if (!(await this.takeRunLock(manager, roundId))) return;
        const round = await this.start(organizationId, roundId);
        if (!round) return;
        const input = await this.instance(organizationId, round);
        const progress = this.progressWriter(organizationId, roundId, cancelled);
        const result = await this.solver.solve(
          input,
          (share, phase) =>
            progress(
              READ_SHARE + share * (SAVE_FROM - READ_SHARE),
              phase === 'SCORING' ? 'SCORING' : 'SOLVING',
            ),
          cancelled.signal,
        );
        await progress(SAVE_FROM, 'SAVING', true);
        await this.complete(manager, round, result);
      });
    } catch (error: unknown) {
      if (error instanceof SolveAbortedError) return;
      this.logger.error({ err: error, roundId }, 'Matching round failed');
      await this.db.run(organizationId, (manager) =>
        this.finish(manager, organizationId, roundId, {
          status: 'FAILED',
          failureReason:
            'The round could not be completed, so it proposes nothing. Start it again, and contact support if it fails again.',
        }),
      );
    } finally {
      stopListening();
    }
  }

  /** QUEUED → RUNNING in a transaction of its own, so HR sees it at once; undefined if no longer queued. */
  private start(organizationId: string, roundId: string): Promise<MatchingRoundEntity | undefined> {
    return this.db.run(organizationId, async (manager) => {
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE matching_round SET status = 'RUNNING', phase = 'READING', progress = 0,
           started_at = now(), attempts = attempts + 1
         WHERE organization_id = $1 AND id = $2 AND status = 'QUEUED' RETURNING id`,
        [organizationId, roundId],
      );
      if (rows.length === 0) return undefined;
      await RoundSignals.send(manager, organizationId, roundId, 'RUNNING');
      return manager.findOneByOrFail(MatchingRoundEntity, { organizationId, id: roundId });
    });
  }

  /** The engine's instance: what the chosen people and opportunities are today, less what pending offers hold. */
  private instance(organizationId: string, round: MatchingRoundEntity): Promise<RoundInput> {
    return this.db.run(organizationId, async (manager) => {
      const pending: PendingOffer[] = await manager.query(
        `SELECT candidate_id AS "candidateId", opportunity_id AS "opportunityId" FROM application
         WHERE organization_id = $1 AND origin = '${ApplicationOrigin.MATCH_PROPOSAL}' AND status = ANY($2::text[])`,
        [organizationId, PENDING_OFFER_STATUSES],
      );
      const { candidates, opportunities } = withPendingOffers(
        await this.facts.candidates(organizationId, round.candidateIds),
        await this.facts.opportunities(organizationId, round.opportunityIds),
        pending,
      );
      const facts = await this.facts.facts(organizationId, round.candidateIds, round.opportunityIds);
      // A pair already applied for is the marketplace's to decide: proposing it again would only fail at accept.
      const live: { key: string }[] = await manager.query(
        `SELECT candidate_id || ':' || opportunity_id AS key FROM application
         WHERE organization_id = $1 AND status = ANY($2::text[])
           AND candidate_id = ANY($3::uuid[]) AND opportunity_id = ANY($4::uuid[])`,
        [organizationId, LIVE_APPLICATION_STATUSES, round.candidateIds, round.opportunityIds],
      );
      return {
        candidates,
        opportunities,
        facts: { ...facts, liveApplications: live.map((row) => row.key) },
        weights: round.weights,
        topK: round.topK,
      };
    });
  }

  /**
   * Writes progress (throttled) in short transactions, only while the round runs: a write that finds
   * it cancelled stops the engine.
   */
  private progressWriter(
    organizationId: string,
    roundId: string,
    cancelled: AbortController,
  ): (progress: number, phase: MatchingRoundPhase, force?: boolean) => Promise<void> {
    let writtenAt = 0;
    let written = 0;
    let lastPhase: MatchingRoundPhase = 'READING';
    let writing: Promise<void> = Promise.resolve();
    return (progress, phase, force = false) => {
      const now = Date.now();
      const due =
        force ||
        phase !== lastPhase ||
        progress - written >= PROGRESS_STEP ||
        now - writtenAt >= PROGRESS_INTERVAL_MS;
      if (!due || progress < written) return writing;
      writtenAt = now;
      written = progress;
      lastPhase = phase;
      writing = writing.then(() =>
        this.db
          .run(organizationId, async (manager) => {
            const [rows]: [{ id: string }[], number] = await manager.query(
              `UPDATE matching_round SET progress = $3, phase = $4
               WHERE organization_id = $1 AND id = $2 AND status = 'RUNNING' RETURNING id`,
              [organizationId, roundId, Math.min(1, progress), phase],
            );
            if (rows.length === 0) cancelled.abort();
            else await RoundSignals.send(manager, organizationId, roundId, 'RUNNING');
          })
          .catch((error: unknown) => this.logger.warn({ err: error, roundId }, 'Round progress not written')),
      );
      return writing;
    };
  }

  /**
   * Stores the proposals and results and marks the round COMPLETED, in the job's transaction, only if
   * it is still RUNNING; updates each candidate's rounds without a proposal, and marks the earlier
   * rounds' open proposals STALE.
   */
  private async complete(
    manager: EntityManager,
    round: MatchingRoundEntity,
    result: RoundResult,
  ): Promise<void> {
    const { organizationId, id: roundId } = round;
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE matching_round SET status = 'COMPLETED', progress = 1, phase = 'DONE', finished_at = now(),
         total_points = $3, greedy_points = $4, proposal_count = $5, eligible_pairs = $6, edges = $7,
         first_stretch_share = $8, scoring_ms = $9, solving_ms = $10
       WHERE organization_id = $1 AND id = $2 AND status = 'RUNNING' RETURNING id`,
      [
        organizationId,
        roundId,
        result.totalPoints,
        result.greedyPoints,
        result.proposals.length,
        result.eligiblePairs,
        result.edges,
        result.firstStretchShare,
        Math.round(result.scoringMs),
        Math.round(result.solvingMs),
      ],
    );
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE match_proposal SET status = 'STALE'
       WHERE organization_id = $1 AND round_id <> $2 AND status = 'PROPOSED'`,
      [organizationId, roundId],
    );
    const proposals = result.proposals;
    if (proposals.length > 0)
      await manager.query(
        `INSERT INTO match_proposal (organization_id, id, round_id, candidate_id, opportunity_id, score, points, reasons, suggestions, status)
         SELECT $1, u.id, $2, u.candidate_id, u.opportunity_id, u.score, u.points, u.reasons::jsonb, u.suggestions::jsonb, 'PROPOSED'
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::float8[], $7::int[], $8::text[], $9::text[])
           AS u(id, candidate_id, opportunity_id, score, points, reasons, suggestions)`,
        [
          organizationId,
          roundId,
          proposals.map(() => randomUUID()),
          proposals.map((proposal) => proposal.candidateId),
          proposals.map((proposal) => proposal.opportunityId),
          proposals.map((proposal) => proposal.fit.score),
          proposals.map((proposal) => proposal.fit.points),
          proposals.map((proposal) => JSON.stringify(proposal.fit.reasons)),
          proposals.map((proposal) => JSON.stringify(proposal.fit.suggestions)),
        ],
      );
    await manager.query(
      `INSERT INTO candidate_round_streak (organization_id, candidate_id, rounds_without_proposal)
       SELECT $1, c.id, CASE WHEN c.id = ANY($3::uuid[]) THEN 0 ELSE 1 END FROM unnest($2::uuid[]) AS c(id)
       ON CONFLICT (organization_id, candidate_id) DO UPDATE SET rounds_without_proposal =
         CASE WHEN EXCLUDED.rounds_without_proposal = 0 THEN 0
              ELSE candidate_round_streak.rounds_without_proposal + 1 END`,
      [organizationId, round.candidateIds, proposals.map((proposal) => proposal.candidateId)],
    );
    await RoundSignals.send(manager, organizationId, roundId, 'COMPLETED');
  }

  /** Whether this transaction now holds the round's run lock (false: another worker holds it). */
  async takeRunLock(manager: EntityManager, roundId: string): Promise<boolean> {
    const [{ taken }]: { taken: boolean }[] = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('matching-round-run:' || $1)) AS taken`,
      [roundId],
    );
    return taken;
  }

  /** Ends a queued or running round (a cancelled or finished one stays as it is). */
  async finish(
    manager: EntityManager,
    organizationId: string,
    roundId: string,
    changes: { status: 'FAILED'; failureReason: string },
  ): Promise<void> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE matching_round SET status = $3, failure_reason = $4, finished_at = now()
       WHERE organization_id = $1 AND id = $2 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [organizationId, roundId, changes.status, changes.failureReason],
    );
    if (rows.length > 0) await RoundSignals.send(manager, organizationId, roundId, changes.status);
  }
}
