import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { type ApplicationAction, nextApplicationStatus } from '@bridge/domain';
import type { ApplicantFragment } from '../graphql/generated';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { applicationStatusLabel, asDomainStatus, CONSENT_STATUS_LABELS } from './opportunity-labels';

export type SponsorAction = Extract<ApplicationAction, 'shortlist' | 'offer' | 'reject'>;

/** One applicant as the sponsor weighs them: who, why, what they want to grow, their time, and their manager's answer. */
@Component({
  selector: 'bridge-applicant-card',
  imports: [DatePipe, RouterLink, MatButtonModule, MatProgressSpinnerModule, Icon, PersonAvatar],
  templateUrl: './applicant-card.html',
  styleUrl: './applicant-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantCard {
  readonly application = input.required<ApplicantFragment>();
  readonly capabilityNames = input.required<ReadonlyMap<string, string>>();
  readonly transitionNames = input.required<ReadonlyMap<string, string>>();
  readonly opportunityHours = input.required<number>();
  readonly offerLabel = input('Offer a seat');
  /** Another action on this page is under way; one at a time. */
  readonly busy = input(false);
  readonly acting = input<SponsorAction | null>(null);
  readonly problem = input<string | null>(null);

  readonly shortlist = output();
  readonly offer = output();
  readonly reject = output();

  protected readonly consentLabels = CONSENT_STATUS_LABELS;
  protected readonly statusLabel = computed(() => applicationStatusLabel(this.application().status));

  private readonly allows = (action: SponsorAction): boolean =>
    nextApplicationStatus(asDomainStatus(this.application().status), action) !== undefined;
  protected readonly canShortlist = computed(() => this.allows('shortlist'));
  protected readonly canOffer = computed(() => this.allows('offer'));
  protected readonly canReject = computed(() => this.allows('reject'));

  protected readonly profile = computed(() => {
    const profile = this.application().candidateProfile;
    if (!profile) return null;
    const freeHours = Math.max(0, profile.hoursPerWeek - profile.committedHours);
    return {
      ...profile,
      transition: this.transitionNames().get(profile.targetTransition) ?? profile.targetTransition,
      capabilities: profile.capabilityKeys.map((key) => this.capabilityNames().get(key) ?? key),
      freeHours,
      short: freeHours < this.opportunityHours(),
    };
  });
}
