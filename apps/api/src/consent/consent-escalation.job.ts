import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.service';
import { ConsentEscalation } from './consent-escalation.service';

export const CONSENT_DEADLINE_JOB = 'consent.escalate-overdue';

/** Every 15 minutes one replica escalates the consent requests whose deadline has passed. */
@Injectable()
export class ConsentEscalationJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly escalation: ConsentEscalation,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(CONSENT_DEADLINE_JOB, async () => {
      await this.escalation.escalateOverdue();
    });
    await this.jobs.schedule(CONSENT_DEADLINE_JOB, '*/15 * * * *');
  }
}
