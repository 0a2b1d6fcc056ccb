import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Permission } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError } from '../core/api-errors';
import { Session } from '../core/session';
import { HomeDocument } from '../graphql/generated';
import { dateRangeLabel } from '../marketplace/marketplace-labels';
import { Icon, type IconName } from '../ui/icon';

interface QuickLink {
  label: string;
  path: string;
  icon: IconName;
}

/**
 * Everyone lands here: what waits for them (consents to give, offers to answer, observations asked of
 * them, applicants, placements).
 */
@Component({
  selector: 'bridge-home-page',
  imports: [DatePipe, RouterLink, MatButtonModule, MatProgressBarModule, Icon],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly session = inject(Session);

  private readonly result = toSignal(
    inject(Apollo).watchQuery({ query: HomeDocument, fetchPolicy: 'cache-and-network' }).valueChanges,
  );
  protected readonly home = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.home : null;
  });
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected readonly firstName = computed(() => this.session.person()?.name.split(' ')[0] ?? '');
  protected readonly now = Date.now();
  protected readonly dates = dateRangeLabel;

  /** How many things wait, for the summary line and the empty state. */
  protected readonly waiting = computed(() => {
    const home = this.home();
    if (!home) return 0;
    return (
      home.consentRequests.length +
      home.offers.length +
      home.observationRequestsWaiting +
      home.applicantsToReview.reduce((sum, row) => sum + row.waiting, 0)
    );
  });

  /** Where to go next when nothing waits: what this person's roles let them start. */
  protected readonly quickLinks = computed<QuickLink[]>(() => {
    const links: (QuickLink & { permission: Permission })[] = [
      {
        label: 'Find a stretch opportunity',
        path: '/marketplace',
        icon: 'explore',
        permission: Permission.ApplyToOpportunities,
      },
      {
        label: 'Post a new opportunity',
        path: '/opportunities/new',
        icon: 'add',
        permission: Permission.PostOpportunities,
      },
      {
        label: 'Write a mentor request',
        path: '/mentor-request',
        icon: 'school',
        permission: Permission.RequestMentor,
      },
      {
        label: 'See how managers answer consent',
        path: '/consent-statistics',
        icon: 'insights',
        permission: Permission.ReadConsentStatistics,
      },
      {
        label: 'Upload an HR export',
        path: '/admin/import',
        icon: 'upload',
        permission: Permission.ImportPeople,
      },
      {
        label: 'Search the directory',
        path: '/people',
        icon: 'people',
        permission: Permission.ReadDirectory,
      },
    ];
    return links.filter((link) => this.session.can(link.permission));
  });

  protected overdue(dueAt: string): boolean {
    return new Date(dueAt).getTime() <= this.now;
  }
}
