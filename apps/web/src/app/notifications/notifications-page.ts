import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { NetworkStatus } from '@apollo/client';
import { Apollo, type QueryRef } from 'apollo-angular';
import { filter, map, pairwise, switchMap } from 'rxjs';
import { describeError } from '../core/api-errors';
import {
  type NotificationItemFragment,
  NotificationsDocument,
  type NotificationsQuery,
  type NotificationsQueryVariables,
  UnreadNotificationCountDocument,
} from '../graphql/generated';
import { Icon } from '../ui/icon';
import { NotificationInbox } from './notification-inbox';
import { NotificationItem } from './notification-item';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The notification centre: everything, or only what is unread (?unread=1), newest first, a page at a time. */
@Component({
  selector: 'bridge-notifications-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    Icon,
    NotificationItem,
  ],
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly inbox = inject(NotificationInbox);
  private readonly destroyRef = inject(DestroyRef);

  readonly unread = input<string>();
  protected readonly unreadOnly = computed(() => this.unread() === '1');

  private notificationsQuery: QueryRef<NotificationsQuery, NotificationsQueryVariables> | null = null;
  private readonly result = toSignal(
    toObservable(this.unreadOnly).pipe(
      switchMap((unreadOnly) => {
        this.notificationsQuery = this.apollo.watchQuery({
          query: NotificationsDocument,
          variables: { first: NOTIFICATIONS_PAGE_SIZE, unreadOnly },
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        });
        return this.notificationsQuery.valueChanges;
      }),
    ),
  );
  private readonly connection = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.notifications : null;
  });
  protected readonly notifications = computed(() => this.connection()?.edges.map((edge) => edge.node) ?? []);
  protected readonly totalCount = computed(() => this.connection()?.totalCount ?? null);
  protected readonly hasMore = computed(() => this.connection()?.pageInfo.hasNextPage ?? false);
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly loadingMore = computed(() => this.result()?.networkStatus === NetworkStatus.fetchMore);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  private readonly unreadCountChanges = this.apollo
    .watchQuery({ query: UnreadNotificationCountDocument })
    .valueChanges.pipe(
      filter((result) => result.dataState === 'complete'),
      map((result) => result.data.unreadNotificationCount),
    );
  protected readonly unreadCount = toSignal(this.unreadCountChanges, { initialValue: 0 });
  protected readonly now = Date.now();
  protected readonly markingAll = signal(false);
  protected readonly markFailure = signal<string | null>(null);

  constructor() {
    // A new notification arrived (the bell's live count went up): bring it into the list.
    this.unreadCountChanges
      .pipe(
        pairwise(),
        filter(([before, now]) => now > before),
        takeUntilDestroyed(),
      )
      .subscribe(() => void this.notificationsQuery?.refetch());
  }

  protected showUnreadOnly(unreadOnly: boolean): void {
    void this.router.navigate(['/notifications'], {
      queryParams: unreadOnly ? { unread: 1 } : {},
      replaceUrl: true,
    });
  }

  protected loadMore(): void {
    const endCursor = this.connection()?.pageInfo.endCursor;
    if (!this.notificationsQuery || !endCursor || this.loadingMore()) return;
    void this.notificationsQuery.fetchMore({ variables: { after: endCursor } });
  }

  protected openNotification(notification: NotificationItemFragment): void {
    this.markFailure.set(null);
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
