import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { APPLICATION_LIMITS, ErrorReason, Permission } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { map, startWith } from 'rxjs';
import { fieldErrorMessage, type Refusal, refusalOf } from '../core/api-errors';
import { Session } from '../core/session';
import {
  type ApplicationStatus,
  ApplyToOpportunityDocument,
  type EligibilityVerdictFragment,
  type MarketplaceOpportunityCardFragment,
} from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { Icon } from '../ui/icon';
import { EligibilityNotes } from './eligibility-notes';
import { applicationStatusLabel, isLiveApplication } from './marketplace-labels';

/**
 * Where a candidate applies. It says first what stands in the way, as the rule core says it (no
 * profile, full, own function, hours…), and warns of what would stop accepting an offer later.
 */
@Component({
  selector: 'bridge-apply-panel',
  imports: [
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    FocusInvalid,
    Icon,
    EligibilityNotes,
  ],
  templateUrl: './apply-panel.html',
  styleUrl: './apply-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplyPanel {
  private readonly apollo = inject(Apollo);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focusInvalid = viewChild(FocusInvalid);

  readonly opportunity = input.required<MarketplaceOpportunityCardFragment>();
  /** The rule core's answer for the signed-in candidate (null for people who cannot apply). */
  readonly eligibility = input<EligibilityVerdictFragment | null>(null);

  protected readonly maxLength = APPLICATION_LIMITS.maxMotivationLength;
  protected readonly canApply = inject(Session).can(Permission.ApplyToOpportunities);
  protected readonly form = inject(NonNullableFormBuilder).group({
    motivation: ['', [Validators.required, Validators.maxLength(APPLICATION_LIMITS.maxMotivationLength)]],
  });
  protected readonly motivation = this.form.controls.motivation;
  protected readonly motivationLength = toSignal(
    this.motivation.valueChanges.pipe(
      map((text) => text.length),
      startWith(0),
    ),
    { requireSync: true },
  );

  protected readonly sending = signal(false);
  /** FORBIDDEN, CONFLICT or anything else the API said no with, as it said it. */
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly sentStatus = signal<ApplicationStatus | null>(null);

  protected readonly returnTo = computed(() => `/marketplace/${this.opportunity().id}`);
  protected readonly needsProfile = computed(
    () =>
      this.eligibility()?.problems.some((problem) => problem.reason === ErrorReason.PROFILE_REQUIRED) ??
      false,
  );
  /** Something stops applying now; the form is not offered, the reasons and a way on are. */
  protected readonly blocked = computed(
    () => this.eligibility()?.problems.some((problem) => problem.blocking) ?? false,
  );

  protected readonly application = computed(() => this.opportunity().myApplication ?? null);
  protected readonly liveApplication = computed(() => {
    const application = this.application();
    return application && isLiveApplication(application.status) ? application : null;
  });
  protected readonly endedApplicationLabel = computed(() => {
    const application = this.application();
    return application && !isLiveApplication(application.status)
      ? applicationStatusLabel(application.status)
      : null;
  });
  protected readonly statusLabel = applicationStatusLabel;

  protected apply(): void {
    if (this.sending()) return;
    this.motivation.markAsTouched();
    if (this.motivation.invalid) return;
    this.sending.set(true);
    this.refusal.set(null);
    this.apollo
      .mutate({
        mutation: ApplyToOpportunityDocument,
        variables: { opportunityId: this.opportunity().id, motivation: this.motivation.value.trim() },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.sending.set(false);
          if (data) this.sentStatus.set(data.applyToOpportunity.status);
          this.form.reset();
        },
        error: (error: unknown) => {
          this.sending.set(false);
          const fieldProblem = fieldErrorMessage(error, 'motivation');
          if (fieldProblem !== null) {
            this.motivation.setErrors({ api: fieldProblem });
            this.focusInvalid()?.focusFirstInvalid();
            return;
          }
          this.refusal.set(refusalOf(error));
        },
      });
  }
}
