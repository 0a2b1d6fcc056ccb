import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { ErrorReason } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError, errorExtension, errorReason } from '../core/api-errors';
import { type TransitionKey } from '../graphql/generated';
import { OpenPromotionReviewDocument } from './reviews.generated';
import { Icon } from '../ui/icon';

/**
 * HR opens a promotion review of a candidate and lands on it. A review already open for that transition
 * is no dead end: HR is taken to it.
 */
@Component({
  selector: 'bridge-open-review-button',
  imports: [MatButtonModule, Icon],
  template: `
    <button mat-stroked-button type="button" class="open-review" (click)="open()" [disabled]="opening()">
      <bridge-icon name="insights" /> {{ opening() ? 'Opening…' : 'Open a promotion review' }}
    </button>
    @if (failure(); as message) {
      <p class="failure" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      gap: 4px;
    }
    .failure {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpenReviewButton {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  readonly candidateId = input.required<string>();
  /** Defaults, in the API, to the candidate's target transition. */
  readonly transition = input<TransitionKey | null>(null);

  protected readonly opening = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected open(): void {
    this.opening.set(true);
    this.failure.set(null);
    this.apollo
      .mutate({
        mutation: OpenPromotionReviewDocument,
        variables: { candidateId: this.candidateId(), transition: this.transition() },
      })
      .subscribe({
        next: ({ data }) => {
          this.opening.set(false);
          if (data) void this.router.navigate(['/reviews', data.openPromotionReview.id]);
        },
        error: (error: unknown) => {
          this.opening.set(false);
          const openId =
            errorReason(error) === ErrorReason.REVIEW_OPEN ? errorExtension(error, 'reviewId') : null;
          if (openId) void this.router.navigate(['/reviews', openId]);
          else this.failure.set(describeError(error));
        },
      });
  }
}
