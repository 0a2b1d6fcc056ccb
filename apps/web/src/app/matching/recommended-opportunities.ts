import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo, type QueryRef } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';
import { describeError } from '../core/api-errors';
import { Session } from '../core/session';
import { KIND_LABELS } from '../marketplace/marketplace-labels';
import { Icon } from '../ui/icon';
import { FitReasons, fitPercent } from './fit-reasons';
import {
  RecommendedForMeDocument,
  type RecommendedForMeQuery,
  type RecommendedForMeQueryVariables,
} from './matching.generated';

/** Shown at first; "Show more" asks for the rest. */
export const RECOMMENDATIONS_SHOWN = 3;
export const RECOMMENDATIONS_MORE = 9;

/** "Recommended for you": the open opportunities that fit the signed-in candidate best, and why. */
@Component({
  selector: 'bridge-recommended-opportunities',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, Icon, FitReasons],
  templateUrl: './recommended-opportunities.html',
  styleUrl: './recommended-opportunities.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendedOpportunities {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);

  protected readonly kindLabels = KIND_LABELS;
  protected readonly percent = fitPercent;
  protected readonly first = signal(RECOMMENDATIONS_SHOWN);
  protected readonly moreCount = RECOMMENDATIONS_MORE;

  private query: QueryRef<RecommendedForMeQuery, RecommendedForMeQueryVariables> | null = null;
  private readonly result = toSignal(
    toObservable(computed(() => ({ candidateId: this.session.person()?.id, first: this.first() }))).pipe(
      switchMap(({ candidateId, first }) => {
        if (!candidateId) return EMPTY;
        this.query = this.apollo.watchQuery({
          query: RecommendedForMeDocument,
          variables: { candidateId, first },
          // Fit follows saves, applications and new evidence: what is cached first, then what is true now.
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        });
        return this.query.valueChanges;
      }),
    ),
  );

  protected readonly recommendations = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.recommendedOpportunities : null;
  });
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });
  /** More may exist while the last answer filled what was asked. */
  protected readonly mayHaveMore = computed(
    () => this.first() === RECOMMENDATIONS_SHOWN && this.recommendations()?.length === RECOMMENDATIONS_SHOWN,
  );

  protected showMore(): void {
    this.first.set(RECOMMENDATIONS_MORE);
  }

  protected retry(): void {
    void this.query?.refetch();
  }
}
