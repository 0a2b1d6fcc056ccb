import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MarketplaceOpportunityCardFragment } from '../graphql/generated';
import { Icon } from '../ui/icon';
import {
  applicationStatusLabel,
  capabilityNames,
  dateRangeLabel,
  KIND_LABELS,
  seatsLeft,
  seatsLeftLabel,
} from './marketplace-labels';
import { SaveToggle } from './save-toggle';

@Component({
  selector: 'bridge-opportunity-card',
  imports: [RouterLink, Icon, SaveToggle],
  templateUrl: './opportunity-card.html',
  styleUrl: './opportunity-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpportunityCard {
  readonly opportunity = input.required<MarketplaceOpportunityCardFragment>();
  readonly capabilityNames = input.required<ReadonlyMap<string, string>>();

  protected readonly kindLabel = computed(() => KIND_LABELS[this.opportunity().kind]);
  protected readonly dates = computed(() =>
    dateRangeLabel(this.opportunity().startsOn, this.opportunity().endsOn),
  );
  protected readonly seats = computed(() => seatsLeftLabel(this.opportunity()));
  protected readonly full = computed(() => seatsLeft(this.opportunity()) === 0);
  protected readonly capabilities = computed(() =>
    capabilityNames(this.opportunity().capabilityKeys, this.capabilityNames()),
  );
  protected readonly applicationStatus = computed(() => {
    const application = this.opportunity().myApplication;
    return application ? applicationStatusLabel(application.status) : null;
  });
}
