import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { type ApplicationAction, nextApplicationStatus } from '@bridge/domain';
import type { ApplicantFragment, ConsentStatus } from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { EligibilityNotes } from '../marketplace/eligibility-notes';
import { Icon, type IconName } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { applicationStatusLabel, asDomainStatus, CONSENT_STATUS_LABELS } from './opportunity-labels';

const CONSENT_STATUS_ICONS: Readonly<Record<ConsentStatus, IconName>> = {
  APPROVED: 'success',
  PENDING: 'schedule',
  DECLINED: 'warning',
  ESCALATED: 'warning',
  CANCELLED: 'close',
};

export type SponsorAction = Extract<ApplicationAction, 'shortlist' | 'offer' | 'reject'>;

/** One applicant as the sponsor weighs them: who, why, what they want to grow, their time, and their manager's answer. */
@Component({
  selector: 'bridge-applicant-card',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    EligibilityNotes,
    Icon,
    PersonAvatar,
  ],
  templateUrl: './applicant-card.html',
  styleUrl: './applicant-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantCard {
  readonly application = input.required<ApplicantFragment>();
  readonly capabilityNames = input.required<ReadonlyMap<string, string>>();
  readonly transitionNames = input.required<ReadonlyMap<string, string>>();
  readonly opportunityHours = input.required<number>();
  /** Mentoring counts against the mentee limit, a project against the project limit. */
  readonly mentorship = input(false);
  readonly offerLabel = input('Offer a seat');
  /** Another action on this page is under way; one at a time. */
  readonly busy = input(false);
  readonly acting = input<SponsorAction | null>(null);
  readonly problem = input<string | null>(null);
  /** For applications that have ended: who, the outcome and why, without the detail a decision needs. */
  readonly compact = input(false);

  readonly shortlist = output();
  readonly offer = output();
  readonly reject = output();

  protected readonly consentLabels = CONSENT_STATUS_LABELS;
  protected readonly consentIcons = CONSENT_STATUS_ICONS;
  protected readonly statusLabel = computed(() => applicationStatusLabel(this.application().status));
  /** The reason the application ended, unless it is the manager's, already shown with their answer. */
  protected readonly ownReason = computed(() => {
    const { statusReason, consentRequests } = this.application();
    return statusReason && !consentRequests.some((consent) => consent.reason === statusReason)
      ? statusReason
      : null;
  });

  private readonly allows = (action: SponsorAction): boolean =>
    nextApplicationStatus(asDomainStatus(this.application().status), action) !== undefined;
  protected readonly canShortlist = computed(() => this.allows('shortlist'));
  protected readonly canOffer = computed(() => this.allows('offer'));
  protected readonly canReject = computed(() => this.allows('reject'));
  /** What would stop the candidate accepting today, shown before an offer is made or while it waits. */
  protected readonly acceptWarning = computed(
    () =>
      !this.compact() &&
      (this.canOffer() || this.application().status === 'OFFERED') &&
      !this.application().acceptEligibility.eligible,
  );

  protected readonly profile = computed(() => {
    const profile = this.application().candidateProfile;
    if (!profile || this.compact()) return null;
    const [limit, inUse] = this.mentorship()
      ? [profile.maxMentees, profile.activeMentees]
      : [profile.maxProjects, profile.activeProjects];
    return {
      ...profile,
      transition: this.transitionNames().get(profile.targetTransition) ?? profile.targetTransition,
      capabilities: profile.capabilityKeys.map((key) => this.capabilityNames().get(key) ?? key),
      short: profile.freeHours < this.opportunityHours(),
      limitLabel: this.mentorship() ? 'Mentees' : 'Projects',
      limit,
      inUse,
      atLimit: inUse >= limit,
    };
  });
}
