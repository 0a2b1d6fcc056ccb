import { inject, Injectable } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';
import { MarkNotificationsReadDocument, UnreadNotificationCountDocument } from '../graphql/generated';

/**
 * Marks notifications read for the bell and the notification centre alike. The API answers with the
 * unread count only, so the cache is told here: the notifications are read and the count is what it says.
 */
@Injectable({ providedIn: 'root' })
export class NotificationInbox {
  private readonly apollo = inject(Apollo);

  /** Without ids, every notification of the person; emits how many stay unread. */
  markRead(ids: readonly string[] | null): Observable<number> {
    return this.apollo
      .mutate({
        mutation: MarkNotificationsReadDocument,
        variables: { ids: ids ? [...ids] : null },
        update: (cache, { data }) => {
          if (data === undefined || data === null) return;
          const cacheIds = ids
            ? ids.map((id) => cache.identify({ __typename: 'Notification', id }))
            : Object.keys(cache.extract() as Record<string, unknown>).filter((key) =>
                key.startsWith('Notification:'),
              );
          for (const id of cacheIds) {
            if (id) cache.modify({ id, fields: { read: () => true } });
          }
          cache.writeQuery({
            query: UnreadNotificationCountDocument,
            data: { unreadNotificationCount: data.markNotificationsRead },
          });
        },
      })
      .pipe(map(({ data }) => data?.markNotificationsRead ?? 0));
  }
}
