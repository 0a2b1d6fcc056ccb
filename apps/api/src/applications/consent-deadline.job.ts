import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.service';
import { ApplicationsService } from './applications.service';

export const CONSENT_DEADLINE_JOB = 'consent.escalate-overdue';

/** Every 15 minutes one replica escalates the consent requests whose deadline has passed. */
@Injectable()
export class ConsentDeadlineJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly applications: ApplicationsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(CONSENT_DEADLINE_JOB, async () => {
      await this.applications.escalateOverdueConsents();
    });
    await this.jobs.schedule(CONSENT_DEADLINE_JOB, '*/15 * * * *');
  }
}
