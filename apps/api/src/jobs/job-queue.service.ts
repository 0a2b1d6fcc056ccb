import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { DATABASE_OWNER_URL } from '../database/database.tokens';

/**
 * Background jobs on PostgreSQL (pg-boss): no other server to run, and with several API replicas
 * each job is taken by exactly one of them.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private stopping = false;
  /** Set per queue by `handle`, applied by `enqueue` (send-time options also cover queues made by older versions). */
  private readonly retryLimits = new Map<string, number>();
  /**
   * Queue creation takes pg-boss's schema lock and creates tables; two at once (the providers of one
   * module start concurrently) can deadlock, so they run one after another.
   */
  private setup: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(DATABASE_OWNER_URL) databaseOwnerUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseOwnerUrl,
      schema: 'pgboss',
      max: 4,
      application_name: 'bridge-jobs',
    });
    // While stopping, the embedded PostgreSQL may already be going down (its package has its own
    // exit hook); the connection errors that follow are expected, not worth an alarm.
    this.boss.on('error', (error) => {
      if (!this.stopping) this.logger.error({ err: error }, 'Job queue error');
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /**
   * Workers take no new job and the running ones finish (within the shutdown grace period) before
   * any module closes the database they write to: onApplicationShutdown would be too late.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.boss.stop({
      graceful: true,
      wait: true,
      timeout: Math.max(1_000, this.config.shutdownGraceSeconds * 1_000),
    });
  }

  /**
   * Registers the handler of one kind of job. By default a job that throws is not retried (handlers
   * record their own failure); `retryLimit` retries it with exponential backoff instead. A worker
   * takes `batchSize` jobs per poll.
   */
  async handle<T extends object>(
    name: string,
    handler: (payload: T) => Promise<void>,
    options: { retryLimit?: number; batchSize?: number } = {},
  ): Promise<void> {
    this.retryLimits.set(name, options.retryLimit ?? 0);
    await this.oneAtATime(() => this.boss.createQueue(name));
    await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.config.jobPollSeconds, batchSize: options.batchSize ?? 1 },
      async (jobs) => {
        // pg-boss settles a batch as a whole: every job is attempted, then the first failure fails the
        // batch, so with batchSize > 1 the handler must be idempotent (its done jobs come round again).
        let failure: unknown;
        for (const job of jobs) {
          try {
            await handler(job.data);
          } catch (error: unknown) {
            failure ??= error;
          }
        }
        if (failure !== undefined) throw failure;
      },
    );
  }

  /** Queues a job with its queue's retry policy (see `handle`). */
  async enqueue<T extends object>(name: string, payload: T): Promise<void> {
    const retryLimit = this.retryLimits.get(name) ?? 0;
    await this.boss.send(name, payload, { retryLimit, retryDelay: 2, retryBackoff: retryLimit > 0 });
  }

  /** Runs `name` with no payload on a cron schedule; with several replicas, one of them runs each tick. */
  async schedule(name: string, cron: string): Promise<void> {
    await this.oneAtATime(async () => {
      await this.boss.createQueue(name);
      await this.boss.schedule(name, cron);
    });
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = this.setup.then(work);
    this.setup = next.catch(() => undefined);
    return next;
  }
}
