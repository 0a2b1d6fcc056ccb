import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * Stand-ins for the recommendation panels in the specs of the pages that hold them: each panel has
 * specs of its own, and its queries would otherwise be open operations in every page spec.
 */
@Component({
  selector: 'bridge-recommended-opportunities',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendedOpportunitiesStub {}

@Component({
  selector: 'bridge-candidates-who-fit',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidatesWhoFitStub {
  readonly opportunityId = input.required<string>();
  readonly mentorRequest = input(false);
  readonly compact = input(false);
}

@Component({
  selector: 'bridge-round-proposals',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundProposalsStub {
  readonly opportunityId = input.required<string>();
}
