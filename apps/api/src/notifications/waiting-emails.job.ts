import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.service';
import { EmailDeliveryService } from './email-delivery.service';

export const WAITING_EMAILS_JOB = 'email.sweep-waiting';
/** Delivery starts within seconds and its retries end within a minute; older PENDING e-mails lost their job. */
const LOST_AFTER_MS = 5 * 60_000;

/** At start-up (what the previous process left) and every five minutes after, on one replica. */
@Injectable()
export class WaitingEmailsJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly delivery: EmailDeliveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.handle(WAITING_EMAILS_JOB, () => this.sweep());
    await this.jobs.schedule(WAITING_EMAILS_JOB, '*/5 * * * *');
    await this.sweep();
  }

  private async sweep(): Promise<void> {
    await this.delivery.sweepWaiting(new Date(Date.now() - LOST_AFTER_MS));
  }
}
