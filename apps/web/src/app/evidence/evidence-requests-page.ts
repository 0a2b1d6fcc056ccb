import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { filter, switchMap } from 'rxjs';
import { describeError } from '../core/api-errors';
import { type ObservationRequestStatus } from '../graphql/generated';
import {
  DeclineObservationRequestDocument,
  MyObservationRequestsDocument,
  type ObservationRequestItemFragment,
  ObservationRequestsForMeDocument,
} from './evidence.generated';
import { ReasonDialog, type ReasonDialogData } from '../opportunities/reason-dialog';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';

export const REQUEST_STATUS_LABELS: Readonly<Record<ObservationRequestStatus, string>> = {
  OPEN: 'Waiting',
  ANSWERED: 'Answered',
  DECLINED: 'Declined',
};

/** Requests for evidence: the ones waiting for the person's observation, and the ones they made. */
@Component({
  selector: 'bridge-evidence-requests-page',
  imports: [DatePipe, RouterLink, MatButtonModule, MatProgressBarModule, Icon, PersonAvatar],
  templateUrl: './evidence-requests-page.html',
  styleUrl: './evidence-requests-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceRequestsPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  private readonly waitingQuery = this.apollo.watchQuery({
    query: ObservationRequestsForMeDocument,
    fetchPolicy: 'cache-and-network',
  });
  private readonly waitingResult = toSignal(this.waitingQuery.valueChanges);
  private readonly madeResult = toSignal(
    this.apollo.watchQuery({ query: MyObservationRequestsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges,
  );
  protected readonly waiting = computed(() => {
    const result = this.waitingResult();
    return result?.dataState === 'complete' ? result.data.observationRequestsForMe : null;
  });
  protected readonly made = computed(() => {
    const result = this.madeResult();
    return result?.dataState === 'complete' ? result.data.myObservationRequests : null;
  });
  protected readonly failure = computed(() => {
    const error = this.waitingResult()?.error ?? this.madeResult()?.error;
    return error ? describeError(error) : null;
  });
  protected readonly statusLabels = REQUEST_STATUS_LABELS;
  protected readonly declining = signal<string | null>(null);
  protected readonly refusal = signal<string | null>(null);

  protected decline(request: ObservationRequestItemFragment): void {
    this.refusal.set(null);
    this.dialog
      .open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
        data: {
          title: `Decline to observe ${request.candidate.name}?`,
          explanation: `${request.requestedBy.name} reads your reason, so they can ask someone else.`,
          confirmLabel: 'Decline',
        },
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(
        filter((reason): reason is string => typeof reason === 'string'),
        switchMap((reason) => {
          this.declining.set(request.id);
          return this.apollo.mutate({
            mutation: DeclineObservationRequestDocument,
            variables: { requestId: request.id, reason },
          });
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.declining.set(null);
          void this.waitingQuery.refetch();
        },
        error: (error: unknown) => {
          this.declining.set(null);
          this.refusal.set(describeError(error));
          void this.waitingQuery.refetch();
        },
      });
  }
}
