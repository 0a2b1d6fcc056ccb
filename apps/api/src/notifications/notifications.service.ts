import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { NotificationKind } from '@bridge/domain';
import { Connection, decodeCursor, toConnection } from '../common/connection';
import { TenantDatabase } from '../database/tenant-database';
import { JobQueue } from '../jobs/job-queue.service';
import { PersonEntity } from '../people/person.entity';
import { EMAIL_DELIVERY_JOB, EmailDeliveryJob } from './email-delivery.service';
import { NOTIFICATION_CHANNEL, NotificationFanout } from './notification-fanout';
import { EmailOutboxEntity, NotificationEntity } from './notification.entities';

export interface NewNotification {
  organizationId: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string;
}

/**
 * Writes notifications in the caller's transaction: the stored notification, the live-count signal
 * (NOTIFY, delivered only if the transaction commits) and the e-mail in the outbox, whose delivery
 * job is queued after commit. A rolled-back action therefore notifies nobody.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobQueue,
    private readonly fanout: NotificationFanout,
  ) {}

  async notify(notifications: NewNotification[], manager: EntityManager = this.db.manager()): Promise<void> {
    if (notifications.length === 0) return;
    const now = new Date();
    const organizationId = notifications[0].organizationId;
    const recipients = await manager.find(PersonEntity, {
      select: { id: true, email: true, active: true },
      where: { organizationId, id: In([...new Set(notifications.map((n) => n.recipientId))]) },
    });
    const emailOf = new Map(recipients.filter((p) => p.active).map((p) => [p.id, p.email]));
    await manager.insert(
      NotificationEntity,
      notifications.map((notification) => ({
        organizationId,
        id: randomUUID(),
        recipientId: notification.recipientId,
        kind: notification.kind,
        title: notification.title,
        body: notification.body,
        link: notification.link ?? null,
        createdAt: now,
      })),
    );
    const emails = notifications
      .filter((notification) => emailOf.has(notification.recipientId))
      .map((notification) => ({
        organizationId,
        id: randomUUID(),
        toAddress: emailOf.get(notification.recipientId) as string,
        subject: notification.title,
        body: notification.body,
        status: 'PENDING' as const,
      }));
    if (emails.length) await manager.insert(EmailOutboxEntity, emails);
    for (const recipientId of new Set(notifications.map((n) => n.recipientId))) {
      await manager.query('SELECT pg_notify($1, $2)', [
        NOTIFICATION_CHANNEL,
        JSON.stringify({ o: organizationId, p: recipientId }),
      ]);
    }
    if (emails.length) {
      this.db.afterCommit(async () => {
        for (const email of emails) {
          await this.jobs.enqueue<EmailDeliveryJob>(EMAIL_DELIVERY_JOB, {
            organizationId,
            emailId: email.id,
          });
        }
      });
    }
  }

  /** Newest first. */
  async list(
    organizationId: string,
    recipientId: string,
    first: number,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<Connection<NotificationEntity>> {
    const query = this.db
      .manager()
      .getRepository(NotificationEntity)
      .createQueryBuilder('notification')
      .where('notification.organizationId = :organizationId AND notification.recipientId = :recipientId', {
        organizationId,
        recipientId,
      });
    if (unreadOnly) query.andWhere('notification.readAt IS NULL');
    const counting = query.clone();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(notification.createdAt, notification.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('notification.createdAt', 'DESC')
      .addOrderBy('notification.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toConnection(
      rows,
      first,
      () => counting.getCount(),
      (row) => [row.createdAt.toISOString(), row.id],
    );
  }

  unreadCount(
    organizationId: string,
    recipientId: string,
    manager: EntityManager = this.db.manager(),
  ): Promise<number> {
    return manager.count(NotificationEntity, {
      where: { organizationId, recipientId, readAt: IsNull() },
    });
  }

  /** Marks the given notifications (or, with no ids, all of them) read; returns the new unread count. */
  async markRead(
    organizationId: string,
    recipientId: string,
    ids: readonly string[] | undefined,
  ): Promise<number> {
    const manager = this.db.manager();
    await manager.update(
      NotificationEntity,
      {
        organizationId,
        recipientId,
        readAt: IsNull(),
        ...(ids ? { id: In([...ids]) } : {}),
      },
      { readAt: new Date() },
    );
    await manager.query('SELECT pg_notify($1, $2)', [
      NOTIFICATION_CHANNEL,
      JSON.stringify({ o: organizationId, p: recipientId }),
    ]);
    return this.unreadCount(organizationId, recipientId, manager);
  }

  /**
   * The unread count for a live subscription, yielded as `{ [field]: count }`: at once and after every signal; signals that arrive while counting are merged.
   * Written as a plain iterator (not an async generator) so that a client unsubscribing while it
   * waits releases its listener at once rather than at the next signal.
   */
  liveUnreadCount<K extends string>(
    organizationId: string,
    recipientId: string,
    field: K,
  ): AsyncIterableIterator<Record<K, number>> {
    let changed = true;
    let done = false;
    let wake: (() => void) | undefined;
    const unsubscribe = this.fanout.subscribe(organizationId, recipientId, () => {
      changed = true;
      wake?.();
    });
    const finish = async (): Promise<IteratorResult<Record<K, number>>> => {
      done = true;
      unsubscribe();
      wake?.();
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterableIterator<Record<K, number>> = {
      next: async () => {
        while (!changed && !done) await new Promise<void>((resolve) => (wake = resolve));
        if (done) return { done: true, value: undefined };
        changed = false;
        // Each count in a short transaction of its own: the subscription holds no connection.
        const count = await this.db.run(organizationId, (manager) =>
          this.unreadCount(organizationId, recipientId, manager),
        );
        return { done: false, value: { [field]: count } as Record<K, number> };
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
