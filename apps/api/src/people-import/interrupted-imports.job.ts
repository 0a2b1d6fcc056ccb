import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.service';
import { PeopleImportService } from './people-import.service';

export const INTERRUPTED_IMPORTS_JOB = 'people-import.sweep-interrupted';
/** A queued import is picked up within seconds; one still waiting after this lost its job. */
const LOST_AFTER_MS = 2 * 60_000;

/** At start-up (the imports of the process this one replaces) and every minute after, on one replica. */
@Injectable()
export class InterruptedImportsJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly imports: PeopleImportService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.handle(INTERRUPTED_IMPORTS_JOB, () => this.sweep());
    await this.jobs.schedule(INTERRUPTED_IMPORTS_JOB, '* * * * *');
    await this.sweep();
  }

  private async sweep(): Promise<void> {
    await this.imports.sweepInterrupted(new Date(Date.now() - LOST_AFTER_MS));
  }
}
