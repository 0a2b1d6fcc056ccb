import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Permission } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { describeError } from '../core/api-errors';
import { Session } from '../core/session';
import { type PromotionReviewStatus } from '../graphql/generated';
import { PromotionReviewsDocument } from './reviews.generated';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { DECISION_LABELS } from './review-labels';

/** HR's promotion reviews, open ones first to hand; a candidate's own decided reviews. */
@Component({
  selector: 'bridge-reviews-page',
  imports: [DatePipe, RouterLink, MatButtonToggleModule, MatProgressBarModule, Icon, PersonAvatar],
  templateUrl: './reviews-page.html',
  styleUrl: './reviews-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewsPage {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  protected readonly isHr = computed(() => this.session.can(Permission.ManagePromotionReviews));
  protected readonly decisionLabels = DECISION_LABELS;
  protected readonly status = signal<PromotionReviewStatus | 'ALL'>('OPEN');

  private readonly result = toSignal(
    toObservable(this.status).pipe(
      switchMap(
        (status) =>
          this.apollo.watchQuery({
            query: PromotionReviewsDocument,
            variables: { filter: status === 'ALL' ? {} : { status }, first: 100 },
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
      ),
    ),
  );
  protected readonly reviews = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete'
      ? result.data.promotionReviews.edges.map((edge) => edge.node)
      : null;
  });
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });
}
