import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { NetworkStatus } from '@apollo/client';
import type { Role } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { map, timer } from 'rxjs';
import { describeError } from '../../core/api-errors';
import { AuditLogDocument } from '../../graphql/generated';
import { Icon, type IconName } from '../../ui/icon';
import { PersonAvatar } from '../../ui/person-avatar';
import { relativeTime } from '../../ui/relative-time';
import { roleLabel } from '../../ui/role-label';

export const AUDIT_LOG_PAGE_SIZE = 25;
const CLOCK_TICK_MS = 60_000;

interface ActionLook {
  label: string;
  icon: IconName;
}

const ACTIONS: Readonly<Record<string, ActionLook>> = {
  'sign-in': { label: 'Sign-in', icon: 'sign-in' },
  'roles.changed': { label: 'Roles changed', icon: 'roles' },
  'people.imported': { label: 'People imported', icon: 'upload' },
};
const OTHER_ACTION: ActionLook = { label: 'Event', icon: 'history' };

const ROLE_LIST = String.raw`((?:[A-Z_]+, )*[A-Z_]+|no roles)`;
const ROLE_CHANGE = new RegExp(String.raw` from ${ROLE_LIST} to ${ROLE_LIST}$`);

/**
 * The API words a role change with role names as stored ("from HR to HR, SPONSOR"); people read the
 * labels they see everywhere else ("from HR / talent partner to HR / talent partner, Sponsor").
 */
export function withRoleLabels(summary: string): string {
  const labels = (list: string) =>
    list === 'no roles'
      ? list
      : list
          .split(', ')
          .map((role) => roleLabel(role as Role))
          .join(', ');
  return summary.replace(
    ROLE_CHANGE,
    (_match, before: string, after: string) => ` from ${labels(before)} to ${labels(after)}`,
  );
}

@Component({
  selector: 'bridge-audit-log-page',
  imports: [DatePipe, MatButtonModule, MatProgressBarModule, Icon, PersonAvatar],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly apollo = inject(Apollo);

  // Each visit asks the API: sign-ins happen all the time, so a cached log would be out of date.
  private readonly auditLogQuery = this.apollo.watchQuery({
    query: AuditLogDocument,
    variables: { first: AUDIT_LOG_PAGE_SIZE },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  private readonly result = toSignal(this.auditLogQuery.valueChanges);

  /** Ticks so "5 min ago" stays true while the page is open. */
  private readonly now = toSignal(timer(0, CLOCK_TICK_MS).pipe(map(() => Date.now())), {
    initialValue: Date.now(),
  });

  private readonly connection = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.auditLog : null;
  });
  protected readonly events = computed(() => {
    const now = this.now();
    return (this.connection()?.edges ?? []).map(({ node }) => ({
      ...node,
      look: ACTIONS[node.action] ?? OTHER_ACTION,
      summary: node.action === 'roles.changed' ? withRoleLabels(node.summary) : node.summary,
      when: relativeTime(node.occurredAt, now),
    }));
  });
  protected readonly totalCount = computed(() => this.connection()?.totalCount ?? null);
  protected readonly hasMore = computed(() => this.connection()?.pageInfo.hasNextPage ?? false);
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly loadingMore = computed(() => this.result()?.networkStatus === NetworkStatus.fetchMore);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected loadMore(): void {
    const endCursor = this.connection()?.pageInfo.endCursor;
    if (!endCursor || this.loadingMore()) return;
    void this.auditLogQuery.fetchMore({ variables: { after: endCursor } });
  }
}
