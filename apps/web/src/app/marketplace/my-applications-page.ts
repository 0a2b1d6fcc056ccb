import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { APPLICATION_TRANSITIONS, type ApplicationStatus as DomainApplicationStatus } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { filter, type Observable } from 'rxjs';
import { describeError, hasErrorCode, type Refusal, refusalOf } from '../core/api-errors';
import {
  type MyApplicationFragment,
  MyApplicationsDocument,
  RespondToOfferDocument,
  WithdrawApplicationDocument,
} from '../graphql/generated';
import { askToConfirm } from '../ui/confirm-dialog';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { Icon } from '../ui/icon';
import {
  ApplicationChoice,
  ApplicationChoiceDialog,
  type ApplicationChoiceDialogData,
} from './application-choice-dialog';
import { ApplicationProgress } from './application-progress';
import { EligibilityNotes } from './eligibility-notes';
import { FitReasons, fitPercent } from '../matching/fit-reasons';
import { formatDay } from '../opportunities/opportunity-labels';
import { applicationStatusLabel, dateRangeLabel } from './marketplace-labels';
import { MarketplaceTabs } from './marketplace-tabs';

type Action = 'withdraw' | 'accept' | 'decline';

const PLACEMENT_LABELS = { ACTIVE: 'Under way', COMPLETED: 'Completed', ENDED_EARLY: 'Ended early' } as const;

@Component({
  selector: 'bridge-my-applications-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    Icon,
    ApplicationProgress,
    EligibilityNotes,
    MarketplaceTabs,
    FitReasons,
  ],
  templateUrl: './my-applications-page.html',
  styleUrl: './my-applications-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyApplicationsPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  private readonly applicationsQuery = this.apollo.watchQuery({
    query: MyApplicationsDocument,
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.applicationsQuery.valueChanges);
  protected readonly applications = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.myApplications : null;
  });
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  /** The application being acted on, and what was done, so only its buttons wait. */
  protected readonly pending = signal<{ id: string; action: Action } | null>(null);
  /** What the API refused, per application; a refusal the profile can fix links there. */
  protected readonly refusals = signal<ReadonlyMap<string, Refusal>>(new Map());

  protected readonly statusLabel = applicationStatusLabel;
  protected readonly fitPercent = fitPercent;
  protected readonly placementLabels = PLACEMENT_LABELS;
  protected readonly dates = dateRangeLabel;
  protected readonly day = formatDay;

  protected canWithdraw(application: MyApplicationFragment): boolean {
    return APPLICATION_TRANSITIONS.withdraw.from.includes(application.status as DomainApplicationStatus);
  }

  /** The consent request still waiting for an answer, if any. */
  protected openConsent(
    application: MyApplicationFragment,
  ): MyApplicationFragment['consentRequests'][number] | null {
    return application.consentRequests.find((request) => request.status === 'PENDING') ?? null;
  }

  protected withdraw(application: MyApplicationFragment): void {
    this.ask({
      heading: 'Withdraw your application?',
      explanation: `Your application to “${application.opportunity.title}” ends, and anyone still deciding on it is told. You can apply again later while it is open.`,
      confirmLabel: 'Withdraw',
    }).subscribe(() =>
      this.act(
        application.id,
        'withdraw',
        this.apollo.mutate({ mutation: WithdrawApplicationDocument, variables: { id: application.id } }),
      ),
    );
  }

  /** Accepting commits the person's hours for the whole assignment, so it is asked first. */
  protected accept(application: MyApplicationFragment): void {
    if (this.pending()) return;
    const { opportunity } = application;
    askToConfirm(this.dialog, {
      title: 'Accept the offer?',
      message:
        `You commit ${opportunity.hoursPerWeek} hours a week to “${opportunity.title}” ` +
        `(${this.dates(opportunity.startsOn, opportunity.endsOn)}). ` +
        `Accepting places you on it, and ${opportunity.sponsor.name} is told.`,
      confirmLabel: 'Accept offer',
    })
      .pipe(filter(Boolean), takeUntilDestroyed(this.destroyRef))
      .subscribe(() =>
        this.act(
          application.id,
          'accept',
          this.apollo.mutate({
            mutation: RespondToOfferDocument,
            variables: { applicationId: application.id, accept: true },
          }),
        ),
      );
  }

  protected decline(application: MyApplicationFragment): void {
    this.ask({
      heading: 'Turn the offer down?',
      explanation: `${application.opportunity.sponsor.name} offered you a place on “${application.opportunity.title}”. Declining ends the application.`,
      confirmLabel: 'Decline the offer',
      reasonLabel: 'Why, in a sentence',
    }).subscribe(({ reason }) =>
      this.act(
        application.id,
        'decline',
        this.apollo.mutate({
          mutation: RespondToOfferDocument,
          variables: { applicationId: application.id, accept: false, reason },
        }),
      ),
    );
  }

  private ask(choice: ApplicationChoiceDialogData): Observable<ApplicationChoice> {
    return (
      this.dialog
        .open<ApplicationChoiceDialog, ApplicationChoiceDialogData, ApplicationChoice>(
          ApplicationChoiceDialog,
          {
            data: choice,
            width: '480px',
            maxWidth: 'calc(100vw - 32px)',
          },
        )
        .afterClosed()
        // Cancelling closes with nothing (or mat-dialog-close's empty string); only a choice goes ahead.
        .pipe(filter((answer): answer is ApplicationChoice => Boolean(answer)))
    );
  }

  private act(id: string, action: Action, mutation: Observable<unknown>): void {
    if (this.pending()) return;
    this.pending.set({ id, action });
    this.setRefusal(id, null);
    mutation.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => this.pending.set(null),
      error: (error: unknown) => {
        this.pending.set(null);
        this.setRefusal(id, refusalOf(error));
        // A conflict means the application moved on meanwhile (seats taken, offer withdrawn): show where it is now.
        if (hasErrorCode(error, 'CONFLICT')) void this.applicationsQuery.refetch();
      },
    });
  }

  private setRefusal(id: string, refusal: Refusal | null): void {
    const refusals = new Map(this.refusals());
    if (refusal === null) refusals.delete(id);
    else refusals.set(id, refusal);
    this.refusals.set(refusals);
  }
}
