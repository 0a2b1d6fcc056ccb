import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import type { ServiceStatus } from '../health/service-status';
import type { EmbeddedPostmaster } from './database-server';

export interface SupervisorTiming {
  /** How often it asks whether the postmaster still runs. */
  checkEveryMs: number;
  /** Waits before each attempt to start a dead postmaster again; after the last, the process gives up. */
  restartDelaysMs: readonly number[];
}

const TIMING: SupervisorTiming = { checkEveryMs: 1_000, restartDelaysMs: [500, 1_000, 2_000, 4_000, 8_000] };

/**
 * Watches the embedded PostgreSQL while the API runs. If it dies, /health says "restarting" and it is
 * started again, a few times with growing pauses (its orphaned backends must let go of shared memory
 * first); the connection pools reconnect by themselves. If it will not come back the API exits
 * non-zero, for its supervisor to restart the whole, instead of answering internal errors forever.
 */
export class PostmasterSupervisor {
  private readonly logger = new Logger('Database');
  private readonly timer: NodeJS.Timeout;
  private restarting = false;
  private stopped = false;

  constructor(
    private readonly postmaster: EmbeddedPostmaster,
    private readonly status: ServiceStatus,
    private readonly giveUp: () => void,
    private readonly timing: SupervisorTiming = TIMING,
  ) {
    this.timer = setInterval(() => void this.check(), timing.checkEveryMs).unref();
  }

  /** Before the API stops PostgreSQL itself. */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    if (this.stopped || this.restarting || this.postmaster.running()) return;
    this.restarting = true;
    this.status.databaseRestarting = true;
    this.logger.error('The embedded PostgreSQL stopped unexpectedly; starting it again');
    for (const delay of this.timing.restartDelaysMs) {
      await sleep(delay);
      if (this.stopped) return;
      try {
        await this.postmaster.restart();
        this.logger.log('The embedded PostgreSQL is running again');
        this.status.databaseRestarting = false;
        this.restarting = false;
        return;
      } catch (error: unknown) {
        this.logger.warn({ err: error }, 'The embedded PostgreSQL did not start again yet');
      }
    }
    this.logger.fatal(
      'The embedded PostgreSQL cannot be started again; exiting for a supervisor to restart Bridge',
    );
    this.giveUp();
  }
}
