import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { describeError } from '../core/api-errors';
import { MatchingWeightsCard } from '../matching/matching-weights-card';
import { Icon } from '../ui/icon';
import { MatchingRoundsDocument, OrganizationMatchingWeightsDocument } from './matching-rounds.generated';
import { isActive, percent, ROUND_STATUS_LABELS, totalAgainstGreedy } from './round-format';
import { RoundSetup } from './round-setup';

/**
 * HR's matching rounds: set one up and start it, the rounds run so far, newest first, and the
 * organization's own weights, which recommendations use and every round starts from.
 */
@Component({
  selector: 'bridge-matching-rounds-page',
  imports: [DatePipe, RouterLink, MatProgressBarModule, Icon, RoundSetup, MatchingWeightsCard],
  templateUrl: './matching-rounds-page.html',
  styleUrl: './matching-rounds-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchingRoundsPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly statusLabels = ROUND_STATUS_LABELS;
  protected readonly percent = percent;
  protected readonly isActive = isActive;
  protected readonly totalAgainstGreedy = totalAgainstGreedy;

  private readonly result = toSignal(
    this.apollo.watchQuery({
      query: MatchingRoundsDocument,
      variables: { first: 50 },
      fetchPolicy: 'cache-and-network',
    }).valueChanges,
  );
  protected readonly rounds = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete'
      ? result.data.matchingRounds.edges.map((edge) => edge.node)
      : null;
  });
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  private readonly organization = toSignal(
    this.apollo.watchQuery({ query: OrganizationMatchingWeightsDocument }).valueChanges,
  );
  protected readonly weights = computed(() => {
    const result = this.organization();
    return result?.dataState === 'complete' ? result.data.me.organization.matchingWeights : null;
  });

  protected open(roundId: string): void {
    void this.router.navigate(['/matching/rounds', roundId]);
  }
}
