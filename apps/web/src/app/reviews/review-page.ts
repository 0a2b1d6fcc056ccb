import { DatePipe, DecimalPipe } from '@angular/common';
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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  decisionProblems,
  developmentPlanRequired,
  EVIDENCE_FLAG_DESCRIPTIONS,
  PromotionDecision as Decision,
  PROMOTION_REVIEW_LIMITS,
} from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { filter, switchMap } from 'rxjs';
import { describeError, fieldErrorMessage, isNotFound } from '../core/api-errors';
import { type PromotionDecision } from '../graphql/generated';
import { DecidePromotionReviewDocument, PromotionReviewDocument } from './reviews.generated';
import { WARNING_PATTERN_LABELS } from '../evidence/evidence-labels';
import { askToConfirm } from '../ui/confirm-dialog';
import { FocusInvalid } from '../ui/focus-invalid';
import { Icon } from '../ui/icon';
import { BAND_LABELS, FLAG_LABELS } from '../readiness/readiness-labels';
import { DECISION_LABELS, DECISION_MEANINGS, DECISION_MEANINGS_TO_CANDIDATE } from './review-labels';
import { ReviewPacket } from './review-packet';

const DECISIONS: PromotionDecision[] = ['READY', 'READY_WITH_SUPPORT', 'NOT_YET'];

/**
 * One promotion review. HR reads the frozen snapshot (every figure drills down to the observations behind
 * it, numbered as in the PDF packet), records the decision once, and downloads the packet. The candidate
 * reads the outcome and their development plan; the API never sends them the evidence behind it.
 */
@Component({
  selector: 'bridge-review-page',
  imports: [
    DatePipe,
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    FocusInvalid,
    Icon,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly packet = inject(ReviewPacket);
  private readonly destroyRef = inject(DestroyRef);

  readonly reviewId = input.required<string>();

  protected readonly decisions = DECISIONS;
  protected readonly decisionLabels = DECISION_LABELS;
  protected readonly decisionMeanings = DECISION_MEANINGS;
  protected readonly meaningsToCandidate = DECISION_MEANINGS_TO_CANDIDATE;
  protected readonly bandLabels = BAND_LABELS;
  protected readonly flagLabels = FLAG_LABELS;
  protected readonly flagDescriptions = EVIDENCE_FLAG_DESCRIPTIONS;
  protected readonly patternLabels = WARNING_PATTERN_LABELS;
  protected readonly maxText = PROMOTION_REVIEW_LIMITS.maxTextLength;

  private readonly result = toSignal(
    toObservable(this.reviewId).pipe(
      switchMap(
        (id) =>
          this.apollo.watchQuery({
            query: PromotionReviewDocument,
            variables: { id },
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
      ),
    ),
  );
  protected readonly review = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.promotionReview : null;
  });
  protected readonly notFound = computed(() => isNotFound(this.result()?.error));
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error && !this.notFound() ? describeError(error) : null;
  });

  /** The observations of the snapshot, numbered E1… in the packet's order. */
  protected readonly evidence = computed(() =>
    (this.review()?.snapshot?.evidence ?? []).map((item, index) => ({ ...item, number: index + 1 })),
  );
  /** The drill-down: which figure's observations are listed, or all of them. */
  protected readonly shown = signal<{ label: string; ids: ReadonlySet<string> } | null>(null);
  protected readonly shownEvidence = computed(() => {
    const shown = this.shown();
    return shown ? this.evidence().filter((item) => shown.ids.has(item.id)) : this.evidence();
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    decision: ['' as PromotionDecision | '', Validators.required],
    rationale: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(this.maxText)]],
    developmentPlan: ['', Validators.maxLength(this.maxText)],
  });
  protected readonly deciding = signal(false);
  protected readonly decideError = signal<string | null>(null);
  protected readonly planError = signal<string | null>(null);
  protected readonly rationaleError = signal<string | null>(null);
  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<string | null>(null);

  protected show(label: string, ids: readonly string[]): void {
    this.shown.set({ label, ids: new Set(ids) });
    queueMicrotask(() => document.getElementById('evidence-heading')?.focus());
  }

  protected planRequired(): boolean {
    const decision = this.form.controls.decision.value;
    return decision !== '' && developmentPlanRequired(Decision[decision]);
  }

  protected decide(): void {
    const { decision, rationale, developmentPlan } = this.form.getRawValue();
    // The rule core's own check, so the page says what the API would answer before it is asked.
    const problems =
      decision === '' ? [] : decisionProblems({ decision: Decision[decision], rationale, developmentPlan });
    this.rationaleError.set(problems.find((problem) => problem.field === 'rationale')?.message ?? null);
    this.planError.set(problems.find((problem) => problem.field === 'developmentPlan')?.message ?? null);
    if (this.form.invalid || decision === '' || problems.length > 0) {
      this.form.markAllAsTouched();
      return;
    }
    const review = this.review();
    if (!review) return;
    askToConfirm(this.dialog, {
      title: `Decide: ${DECISION_LABELS[decision]}?`,
      message: `The decision, rationale and plan cannot be changed afterwards, and ${review.candidate.name} is told the outcome and reads the development plan.`,
      confirmLabel: 'Record the decision',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.deciding.set(true);
          this.decideError.set(null);
          return this.apollo.mutate({
            mutation: DecidePromotionReviewDocument,
            variables: { id: review.id, decision, rationale, developmentPlan },
          });
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => this.deciding.set(false),
        error: (error: unknown) => {
          this.deciding.set(false);
          this.rationaleError.set(fieldErrorMessage(error, 'rationale'));
          this.planError.set(fieldErrorMessage(error, 'developmentPlan'));
          if (!this.rationaleError() && !this.planError()) this.decideError.set(describeError(error));
        },
      });
  }

  protected async downloadPacket(): Promise<void> {
    const review = this.review();
    if (!review?.packetUrl) return;
    this.downloading.set(true);
    this.downloadError.set(null);
    try {
      await this.packet.download(review.packetUrl, 'promotion-review.pdf');
    } catch (error: unknown) {
      this.downloadError.set(error instanceof Error ? error.message : String(error));
    } finally {
      this.downloading.set(false);
    }
  }
}
