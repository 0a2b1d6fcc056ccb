import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { filter, switchMap } from 'rxjs';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { describeError, hasErrorCode } from '../core/api-errors';
import {
  type ConsentRequestItemFragment,
  ConsentRequestsDocument,
  type ConsentStatus,
  DecideConsentDocument,
} from '../graphql/generated';
import { dateRangeLabel } from '../marketplace/marketplace-labels';
import { askToConfirm } from '../ui/confirm-dialog';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { DeclineConsentDialog, type DeclineConsentDialogData } from './decline-consent-dialog';

const ANSWER_LABELS: Readonly<Record<Exclude<ConsentStatus, 'PENDING'>, string>> = {
  APPROVED: 'Approved',
  DECLINED: 'Declined',
  ESCALATED: 'Passed up: not answered in time',
  CANCELLED: 'Application ended first',
};

@Component({
  selector: 'bridge-consent-requests-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    Icon,
    PersonAvatar,
  ],
  templateUrl: './consent-requests-page.html',
  styleUrl: './consent-requests-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentRequestsPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  private readonly requestsQuery = this.apollo.watchQuery({
    query: ConsentRequestsDocument,
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.requestsQuery.valueChanges);
  private readonly requests = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.consentRequests : null;
  });
  protected readonly pendingRequests = computed(
    () => this.requests()?.filter((request) => request.status === 'PENDING') ?? [],
  );
  protected readonly answeredRequests = computed(
    () => this.requests()?.filter((request) => request.status !== 'PENDING') ?? [],
  );
  protected readonly loaded = computed(() => this.requests() !== null);
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error && !this.loaded() ? describeError(error) : null;
  });

  /** Read once: "overdue" only has to be right to the minute the page was opened. */
  protected readonly now = Date.now();
  protected readonly approving = signal<string | null>(null);
  protected readonly refusals = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly dates = dateRangeLabel;

  protected isOverdue(request: ConsentRequestItemFragment): boolean {
    return Date.parse(request.dueAt) < this.now;
  }

  protected answerLabel(status: ConsentStatus): string {
    return status === 'PENDING' ? 'Waiting' : ANSWER_LABELS[status];
  }

  /** Approving commits the person's time and passes the application on, so it is asked first. */
  protected approve(request: ConsentRequestItemFragment): void {
    if (this.approving()) return;
    const { candidate, opportunity } = request.application;
    askToConfirm(this.dialog, {
      title: 'Approve the time?',
      message:
        `Approve ${opportunity.hoursPerWeek} hours a week for ${candidate.name} on “${opportunity.title}” ` +
        `(${this.dates(opportunity.startsOn, opportunity.endsOn)})? ` +
        `The application goes to the sponsor, ${opportunity.sponsor.name}.`,
      confirmLabel: 'Approve',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.approving.set(request.id);
          this.setRefusal(request.id, null);
          return this.apollo.mutate({
            mutation: DecideConsentDocument,
            variables: { applicationId: request.application.id, approve: true },
          });
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => this.approving.set(null),
        error: (error: unknown) => {
          this.approving.set(null);
          this.setRefusal(request.id, describeError(error));
          // Answered elsewhere, escalated or withdrawn meanwhile: show where it stands now.
          if (hasErrorCode(error, 'CONFLICT')) void this.requestsQuery.refetch();
        },
      });
  }

  protected decline(request: ConsentRequestItemFragment): void {
    this.setRefusal(request.id, null);
    this.dialog.open<DeclineConsentDialog, DeclineConsentDialogData, boolean>(DeclineConsentDialog, {
      data: {
        applicationId: request.application.id,
        candidateName: request.application.candidate.name,
        opportunityTitle: request.application.opportunity.title,
      },
      width: '520px',
      maxWidth: 'calc(100vw - 32px)',
    });
  }

  private setRefusal(id: string, message: string | null): void {
    const refusals = new Map(this.refusals());
    if (message === null) refusals.delete(id);
    else refusals.set(id, message);
    this.refusals.set(refusals);
  }
}
