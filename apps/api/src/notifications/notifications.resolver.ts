import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor, SignedIn } from '../auth/auth.decorators';
import { TenantDatabase } from '../database/tenant-database';
import {
  MarkNotificationsReadArgs,
  NotificationConnectionModel,
  NotificationModel,
  NotificationsArgs,
} from './dto/notification.models';
import { NotificationFanout } from './notification-fanout';
import type { NotificationEntity } from './notification.entities';
import { NotificationsService } from './notifications.service';

function toModel(notification: NotificationEntity): NotificationModel {
  return { ...notification, read: notification.readAt !== null };
}

@Resolver(() => NotificationModel)
@SignedIn()
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly fanout: NotificationFanout,
    private readonly db: TenantDatabase,
  ) {}

  @Query(() => NotificationConnectionModel, {
    description: "The signed-in person's notifications, newest first.",
  })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args() { first, after, unreadOnly }: NotificationsArgs,
  ): Promise<NotificationConnectionModel> {
    const page = await this.inbox.list(actor.organizationId, actor.personId, first, after, unreadOnly);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toModel(edge.node) })) };
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.unreadCount(actor.organizationId, actor.personId);
  }

  @Mutation(() => Int, { description: 'Marks notifications read; returns how many are still unread.' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args() { ids }: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.inbox.markRead(actor.organizationId, actor.personId, ids ?? undefined);
  }

  @Subscription(() => Int, {
    name: 'unreadNotificationCountChanged',
    description: 'The unread count now, then again whenever it changes (over graphql-ws).',
  })
  unreadNotificationCountChanged(@CurrentActor() actor: Actor): AsyncIterableIterator<unknown> {
    return this.liveCount(actor);
  }

  /**
   * Yields the count at once and after every signal; signals that arrive while counting are merged.
   * Written as a plain iterator (not an async generator) so that a client unsubscribing while it
   * waits releases its listener at once rather than at the next signal.
   */
  private liveCount(actor: Actor): AsyncIterableIterator<{ unreadNotificationCountChanged: number }> {
    let changed = true;
    let done = false;
    let wake: (() => void) | undefined;
    const unsubscribe = this.fanout.subscribe(actor.organizationId, actor.personId, () => {
      changed = true;
      wake?.();
    });
    const finish = async (): Promise<IteratorResult<{ unreadNotificationCountChanged: number }>> => {
      done = true;
      unsubscribe();
      wake?.();
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterableIterator<{ unreadNotificationCountChanged: number }> = {
      next: async () => {
        while (!changed && !done) await new Promise<void>((resolve) => (wake = resolve));
        if (done) return { done: true, value: undefined };
        changed = false;
        const count = await this.db.run(actor.organizationId, (manager) =>
          this.inbox.unreadCount(actor.organizationId, actor.personId, manager),
        );
        return { done: false, value: { unreadNotificationCountChanged: count } };
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
