import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { describeError, isNotFound } from '../core/api-errors';
import { MarketplaceOpportunityDocument } from '../graphql/generated';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { ApplyPanel } from './apply-panel';
import { MarketplaceFramework } from './marketplace-framework';
import {
  capabilityNames,
  dateRangeLabel,
  KIND_LABELS,
  seatsLeft,
  seatsLeftLabel,
} from './marketplace-labels';
import { SaveToggle } from './save-toggle';

@Component({
  selector: 'bridge-opportunity-detail',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, Icon, PersonAvatar, ApplyPanel, SaveToggle],
  providers: [MarketplaceFramework],
  templateUrl: './opportunity-detail.html',
  styleUrl: './opportunity-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpportunityDetail {
  private readonly apollo = inject(Apollo);
  private readonly framework = inject(MarketplaceFramework);

  readonly id = input.required<string>();

  private readonly result = toSignal(
    toObservable(this.id).pipe(
      switchMap(
        (id) =>
          this.apollo.watchQuery({
            query: MarketplaceOpportunityDocument,
            variables: { id },
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
      ),
    ),
  );

  protected readonly opportunity = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.opportunity : null;
  });
  protected readonly loading = computed(() => !this.result() || (this.result()?.loading ?? false));
  /** A link with a malformed id is as good as one to an opportunity that is gone. */
  protected readonly notFound = computed(() => isNotFound(this.result()?.error));
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error && !this.notFound() ? describeError(error) : null;
  });

  protected readonly kindLabel = computed(() => {
    const opportunity = this.opportunity();
    return opportunity ? KIND_LABELS[opportunity.kind] : '';
  });
  protected readonly dates = computed(() => {
    const opportunity = this.opportunity();
    return opportunity ? dateRangeLabel(opportunity.startsOn, opportunity.endsOn) : '';
  });
  protected readonly seats = computed(() => {
    const opportunity = this.opportunity();
    return opportunity ? seatsLeftLabel(opportunity) : '';
  });
  protected readonly full = computed(() => {
    const opportunity = this.opportunity();
    return opportunity !== null && seatsLeft(opportunity) === 0;
  });
  protected readonly capabilities = computed(() =>
    capabilityNames(this.opportunity()?.capabilityKeys ?? [], this.framework.capabilityNames()),
  );
}
