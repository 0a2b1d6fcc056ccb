import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MyApplicationFragment } from '../graphql/generated';
import { Icon } from '../ui/icon';
import { applicationStatusLabel } from './marketplace-labels';

type StepState = 'done' | 'current' | 'upcoming' | 'stopped';

interface ProgressStep {
  label: string;
  state: StepState;
}

const STEP_LABELS = [
  'Applied',
  'Manager consent',
  'With the sponsor',
  'Shortlisted',
  'Offered',
  'Placed',
] as const;
const CONSENT_STEP = 1;
const SPONSOR_STEP = 2;
const OFFER_STEP = 4;

/**
 * The step an application is at. An ended application does not record where it ended, so that is read
 * from what it left behind: a consent declined or still open ends at consent, a declined offer at the offer.
 */
function stepReached(application: MyApplicationFragment): number {
  const consent = application.consentRequests;
  const stoppedAtConsent = consent.some(
    (request) => request.status === 'DECLINED' || request.status === 'CANCELLED',
  );
  switch (application.status) {
    case 'AWAITING_CONSENT':
      return CONSENT_STEP;
    case 'SUBMITTED':
      return SPONSOR_STEP;
    case 'SHORTLISTED':
      return 3;
    case 'OFFERED':
      return OFFER_STEP;
    case 'PLACED':
      return STEP_LABELS.length - 1;
    case 'DECLINED':
      return stoppedAtConsent ? CONSENT_STEP : OFFER_STEP;
    case 'REJECTED':
    case 'WITHDRAWN':
      return stoppedAtConsent ? CONSENT_STEP : SPONSOR_STEP;
  }
}

/** A small stepper of the application's way from applying to a placement, or where it stopped. */
@Component({
  selector: 'bridge-application-progress',
  imports: [Icon],
  templateUrl: './application-progress.html',
  styleUrl: './application-progress.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationProgress {
  readonly application = input.required<MyApplicationFragment>();

  protected readonly steps = computed<ProgressStep[]>(() => {
    const application = this.application();
    const reached = stepReached(application);
    const ended = ['DECLINED', 'REJECTED', 'WITHDRAWN'].includes(application.status);
    const placed = application.status === 'PLACED';
    return STEP_LABELS.map((label, index) => {
      if (index < reached || (placed && index === reached)) return { label, state: 'done' };
      if (index === reached)
        return ended
          ? { label: applicationStatusLabel(application.status), state: 'stopped' }
          : { label, state: 'current' };
      return { label, state: 'upcoming' };
    });
  });
}
