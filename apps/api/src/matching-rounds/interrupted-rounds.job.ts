import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { TenantDatabase } from '../database/tenant-database';
import { JobQueue } from '../jobs/job-queue.service';
import { MatchingRoundRunner, MAX_ROUND_ATTEMPTS } from './matching-round-runner';
import { ROUND_JOB, RoundJob } from './matching-rounds.service';
import { RoundSignals } from './round-signals';

export const INTERRUPTED_ROUNDS_JOB = 'matching-round.sweep-interrupted';
/** A queued round is picked up within seconds; one still waiting after this lost its job. */
const LOST_AFTER_MS = 2 * 60_000;

/**
 * Picks up rounds a crashed process left behind, at start-up and every minute after, on one replica.
 * A RUNNING round whose run lock is free died with its process and wrote no results: it is queued
 * again (the same stored instance, so the same proposals), or after MAX_ROUND_ATTEMPTS marked FAILED
 * with a reason HR reads. A QUEUED one that waited too long lost its job and gets another; a second
 * job for one round finds it no longer QUEUED and does nothing.
 */
@Injectable()
export class InterruptedRoundsJob implements OnApplicationBootstrap {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobQueue,
    private readonly runner: MatchingRoundRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.handle(INTERRUPTED_ROUNDS_JOB, () => this.sweep().then(() => undefined));
    await this.jobs.schedule(INTERRUPTED_ROUNDS_JOB, '* * * * *');
    await this.sweep();
  }

  async sweep(
    queuedBefore = new Date(Date.now() - LOST_AFTER_MS),
  ): Promise<{ requeued: number; failed: number }> {
    const unfinished: { organization_id: string; id: string; status: string }[] = await this.db.unscopedQuery(
      'SELECT * FROM bridge_unfinished_matching_rounds($1)',
      [queuedBefore],
    );
    let requeued = 0;
    let failed = 0;
    for (const { organization_id: organizationId, id: roundId, status } of unfinished) {
      const outcome = await this.db.run(organizationId, async (manager) => {
        if (status === 'RUNNING') {
          if (!(await this.runner.takeRunLock(manager, roundId))) return 'running';
          const [rows]: [{ attempts: number }[], number] = await manager.query(
            `UPDATE matching_round SET status = 'QUEUED', phase = 'QUEUED', progress = 0
             WHERE organization_id = $1 AND id = $2 AND status = 'RUNNING' AND attempts < $3 RETURNING attempts`,
            [organizationId, roundId, MAX_ROUND_ATTEMPTS],
          );
          if (rows.length === 0) {
            await this.runner.finish(manager, organizationId, roundId, {
              status: 'FAILED',
              failureReason:
                'Bridge stopped while this round was running, more than once, so it proposes nothing. Start it again.',
            });
            return 'failed';
          }
          await RoundSignals.send(manager, organizationId, roundId, 'QUEUED');
        }
        return 'requeued';
      });
      if (outcome === 'failed') failed += 1;
      if (outcome !== 'requeued') continue;
      await this.jobs.enqueue<RoundJob>(ROUND_JOB, { organizationId, roundId });
      requeued += 1;
    }
    return { requeued, failed };
  }
}
