import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dto/notification.args';
import { NotificationConnectionModel, NotificationModel } from './dto/notification.model';
import type { NotificationEntity } from './notification.entities';
import { NotificationsService } from './notifications.service';

function toModel(notification: NotificationEntity): NotificationModel {
  return { ...notification, read: notification.readAt !== null };
}

@Resolver(() => NotificationModel)
@SignedIn()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationConnectionModel, {
    name: 'notifications',
    description: "The signed-in person's notifications, newest first.",
  })
  async myNotifications(
    @CurrentActor() actor: Actor,
    @Args() { first, after, unreadOnly }: NotificationsArgs,
  ): Promise<NotificationConnectionModel> {
    const page = await this.notifications.list(
      actor.organizationId,
      actor.personId,
      first,
      after,
      unreadOnly,
    );
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toModel(edge.node) })) };
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor.organizationId, actor.personId);
  }

  @Mutation(() => Int, { description: 'Marks notifications read; returns how many are still unread.' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args() { ids }: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.notifications.markRead(actor.organizationId, actor.personId, ids ?? undefined);
  }

  @Subscription(() => Int, {
    name: 'unreadNotificationCountChanged',
    description: 'The unread count now, then again whenever it changes (over graphql-ws).',
  })
  unreadNotificationCountChanged(@CurrentActor() actor: Actor): AsyncIterableIterator<unknown> {
    return this.notifications.liveUnreadCount(
      actor.organizationId,
      actor.personId,
      'unreadNotificationCountChanged',
    );
  }
}
