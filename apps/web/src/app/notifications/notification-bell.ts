import { A11yModule } from '@angular/cdk/a11y';
import { type ConnectedPosition, OverlayModule } from '@angular/cdk/overlay';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import type { ObservableQuery } from '@apollo/client';
import { Apollo, type QueryRef } from 'apollo-angular';
import { map } from 'rxjs';
import { describeError } from '../core/api-errors';
import {
  type NotificationItemFragment,
  NotificationsDocument,
  type NotificationsQuery,
  type NotificationsQueryVariables,
  UnreadNotificationCountChangedDocument,
  UnreadNotificationCountDocument,
} from '../graphql/generated';
import { Icon } from '../ui/icon';
import { NotificationInbox } from './notification-inbox';
import { NotificationItem } from './notification-item';

export const BELL_NOTIFICATIONS = 8;

const PANEL_POSITIONS: ConnectedPosition[] = [
  { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top', offsetY: 8 },
  { originX: 'end', originY: 'top', overlayX: 'end', overlayY: 'bottom', offsetY: -8 },
];

/**
 * The toolbar's bell: the unread count, live over the subscription, and a panel with the latest
 * notifications. The count lives in Apollo's cache, so whatever marks notifications read updates it too.
 */
@Component({
  selector: 'bridge-notification-bell',
  imports: [
    A11yModule,
    OverlayModule,
    RouterLink,
    MatBadgeModule,
    MatButtonModule,
    MatProgressSpinnerModule,
    Icon,
    NotificationItem,
  ],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly inbox = inject(NotificationInbox);
  private readonly destroyRef = inject(DestroyRef);
  // Read as the element: on a Material button the template name would give the button component.
  private readonly trigger = viewChild.required('trigger', { read: ElementRef<HTMLElement> });

  protected readonly positions = PANEL_POSITIONS;
  protected readonly count = toSignal(
    this.apollo
      .watchQuery({ query: UnreadNotificationCountDocument })
      .valueChanges.pipe(
        map((result) => (result.dataState === 'complete' ? result.data.unreadNotificationCount : 0)),
      ),
    { initialValue: 0 },
  );
  protected readonly label = computed(() => {
    const count = this.count();
    return count === 0 ? 'Notifications' : `Notifications, ${count} unread`;
  });

  protected readonly open = signal(false);
  protected readonly now = signal(Date.now());
  private latestQuery: QueryRef<NotificationsQuery, NotificationsQueryVariables> | null = null;
  private readonly latestResult = signal<ObservableQuery.Result<NotificationsQuery> | null>(null);
  protected readonly notifications = computed(() => {
    const result = this.latestResult();
    return result?.dataState === 'complete' ? result.data.notifications.edges.map((edge) => edge.node) : null;
  });
  protected readonly failure = computed(() => {
    const error = this.latestResult()?.error;
    return error ? describeError(error) : null;
  });
  protected readonly markingAll = signal(false);
  protected readonly markFailure = signal<string | null>(null);

  constructor() {
    this.apollo
      .subscribe({ query: UnreadNotificationCountChangedDocument })
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: ({ data }) => {
          if (!data) return;
          this.apollo.client.writeQuery({
            query: UnreadNotificationCountDocument,
            data: { unreadNotificationCount: data.unreadNotificationCountChanged },
          });
          // New notifications while the panel is open belong in it.
          if (this.open()) void this.latestQuery?.refetch();
        },
        // Without the live channel the count stays as last read; the page still works.
        error: () => undefined,
      });
  }

  protected toggle(): void {
    if (this.open()) {
      this.close();
      return;
    }
    this.now.set(Date.now());
    this.markFailure.set(null);
    this.open.set(true);
    if (this.latestQuery) {
      void this.latestQuery.refetch();
      return;
    }
    this.latestQuery = this.apollo.watchQuery({
      query: NotificationsDocument,
      variables: { first: BELL_NOTIFICATIONS, unreadOnly: false },
      fetchPolicy: 'network-only',
      nextFetchPolicy: 'cache-first',
    });
    this.latestQuery.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((result) => this.latestResult.set(result));
  }

  protected close(): void {
    this.open.set(false);
  }

  protected onOutsideClick(event: MouseEvent): void {
    // The bell itself toggles; closing here as well would reopen the panel at once.
    if (event.target instanceof Node && this.trigger().nativeElement.contains(event.target)) return;
    this.close();
  }

  protected onPanelKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.close();
    this.trigger().nativeElement.focus();
  }

  protected openNotification(notification: NotificationItemFragment): void {
    this.close();
    if (!notification.read) {
      this.inbox
        .markRead([notification.id])
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ error: (error: unknown) => this.markFailure.set(describeError(error)) });
    }
    if (notification.link?.startsWith('/')) void this.router.navigateByUrl(notification.link);
  }

  protected markAllRead(): void {
    if (this.markingAll()) return;
    this.markingAll.set(true);
    this.markFailure.set(null);
    this.inbox
      .markRead(null)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.markingAll.set(false),
        error: (error: unknown) => {
          this.markingAll.set(false);
          this.markFailure.set(describeError(error));
        },
      });
  }
}
