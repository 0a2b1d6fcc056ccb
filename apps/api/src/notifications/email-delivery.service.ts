import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { TenantDatabase } from '../database/tenant-database';
import { JobQueue } from '../jobs/job-queue.service';
import { EmailOutboxEntity } from './notification.entities';

export const EMAIL_DELIVERY_JOB = 'email.deliver';
export interface EmailDeliveryJob {
  organizationId: string;
  emailId: string;
}

/** Attempts before a message is given up as FAILED (pg-boss retries with backoff in between). */
export const EMAIL_MAX_ATTEMPTS = 5;

/**
 * Delivers the e-mail outbox. A message is claimed (PENDING → SENDING, one UPDATE) before it is
 * handed to SMTP, so two workers, or a retried job, can never send it twice; a failure puts it back
 * to PENDING and the job queue retries it, until EMAIL_MAX_ATTEMPTS marks it FAILED. Without SMTP
 * settings the message is written to the log instead, which is what development and demos need.
 */
@Injectable()
export class EmailDeliveryService implements OnModuleInit {
  private readonly logger = new Logger(EmailDeliveryService.name);
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<EmailDeliveryJob>(EMAIL_DELIVERY_JOB, (job) => this.deliver(job), {
      retryLimit: EMAIL_MAX_ATTEMPTS - 1,
      // Delivery is idempotent (the claim), so a batch that is retried whole sends nothing twice.
      batchSize: 20,
    });
  }

  /**
   * Queues delivery of the e-mails left PENDING since before `createdBefore`: a process that died
   * between committing an e-mail and queueing its job left it there. A job for an e-mail that is
   * already being delivered finds it claimed and does nothing.
   */
  async sweepWaiting(createdBefore: Date): Promise<number> {
    const waiting: { organization_id: string; id: string }[] = await this.db.unscopedQuery(
      'SELECT * FROM bridge_waiting_emails($1)',
      [createdBefore],
    );
    for (const { organization_id: organizationId, id: emailId } of waiting)
      await this.jobs.enqueue<EmailDeliveryJob>(EMAIL_DELIVERY_JOB, { organizationId, emailId });
    return waiting.length;
  }

  /**
   * What did not go out, newest first: FAILED after every attempt, and SENDING since before
   * `claimedBefore` — the process died while handing it to the mail server, so whether it arrived is
   * unknown, and it is not sent again on its own (a second copy is worse than an admin's look).
   */
  undelivered(organizationId: string, claimedBefore: Date, first: number): Promise<EmailOutboxEntity[]> {
    return this.db
      .manager()
      .getRepository(EmailOutboxEntity)
      .createQueryBuilder('email')
      .where('email.organizationId = :organizationId', { organizationId })
      .andWhere(
        "(email.status = 'FAILED' OR (email.status = 'SENDING' AND email.createdAt < :claimedBefore))",
        { claimedBefore },
      )
      .orderBy('email.createdAt', 'DESC')
      .take(first)
      .getMany();
  }

  async deliver({ organizationId, emailId }: EmailDeliveryJob): Promise<void> {
    const claimed = await this.db.run(organizationId, async (manager) => {
      const [rows]: [EmailOutboxEntity[], number] = await manager.query(
        `UPDATE email_outbox SET status = 'SENDING', attempts = attempts + 1
         WHERE organization_id = $1 AND id = $2 AND status = 'PENDING'
         RETURNING id, to_address AS "toAddress", subject, body, attempts`,
        [organizationId, emailId],
      );
      return rows[0];
    });
    if (!claimed) return;
    try {
      await this.send(claimed);
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = claimed.attempts >= EMAIL_MAX_ATTEMPTS;
      await this.db.run(organizationId, (manager) =>
        manager.update(
          EmailOutboxEntity,
          { organizationId, id: emailId },
          { status: giveUp ? 'FAILED' : 'PENDING', lastError: message.slice(0, 500) },
        ),
      );
      this.logger.warn({ emailId, attempts: claimed.attempts, err: error }, 'E-mail delivery failed');
      if (!giveUp) throw error;
      return;
    }
    await this.db.run(organizationId, (manager) =>
      manager.update(
        EmailOutboxEntity,
        { organizationId, id: emailId },
        { status: 'SENT', sentAt: new Date() },
      ),
    );
  }

  private async send(email: Pick<EmailOutboxEntity, 'id' | 'toAddress' | 'subject' | 'body'>): Promise<void> {
    if (!this.transport) {
      this.logger.log(
        { emailId: email.id, to: email.toAddress, subject: email.subject, body: email.body },
        'E-mail (no SMTP configured, so written here instead)',
      );
      return;
    }
    await this.transport.sendMail({
      from: this.config.emailFrom,
      to: email.toAddress,
      subject: email.subject,
      text: email.body,
      // The outbox id as Message-ID lets mail servers drop a duplicate if one ever slipped through.
      messageId: `<${email.id}@bridge>`,
    });
  }
}
