import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { NotificationItemFragment } from '../graphql/generated';
import { Icon } from '../ui/icon';
import { relativeTime } from '../ui/relative-time';
import { NOTIFICATION_ICONS } from './notification-labels';

/** One notification as a button: opening it marks it read and follows its link (the parent does both). */
@Component({
  selector: 'bridge-notification-item',
  imports: [Icon],
  templateUrl: './notification-item.html',
  styleUrl: './notification-item.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationItem {
  readonly notification = input.required<NotificationItemFragment>();
  /** When it was shown, for "5 min ago"; the parent passes one moment for the whole list. */
  readonly now = input.required<number>();
  readonly opened = output<NotificationItemFragment>();

  protected readonly icon = computed(() => NOTIFICATION_ICONS[this.notification().kind] ?? 'notifications');
  protected readonly age = computed(() => relativeTime(this.notification().createdAt, this.now()));
}
