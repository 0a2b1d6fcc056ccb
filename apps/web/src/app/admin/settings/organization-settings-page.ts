import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Apollo } from 'apollo-angular';
import { describeError, fieldErrorMessage } from '../../core/api-errors';
import { Icon } from '../../ui/icon';
import { MatchingWeightsCard } from '../../matching/matching-weights-card';
import {
  OrganizationSettingsPageDocument,
  SetConsentDeadlineDocument,
  SetObserverNamesHiddenDocument,
} from './settings.generated';

const MIN_DAYS = 1;
const MAX_DAYS = 30;

/**
 * The organization's own settings, for its admins: the consent deadline, who sees observers' names and
 * how matching weighs its factors.
 */
@Component({
  selector: 'bridge-organization-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    Icon,
    MatchingWeightsCard,
  ],
  templateUrl: './organization-settings-page.html',
  styleUrl: './organization-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationSettingsPage {
  private readonly apollo = inject(Apollo);

  private readonly result = toSignal(
    this.apollo.watchQuery({ query: OrganizationSettingsPageDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges,
  );
  protected readonly organization = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.me.organization : null;
  });
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected readonly minDays = MIN_DAYS;
  protected readonly maxDays = MAX_DAYS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    workingDays: [5, [Validators.required, Validators.min(MIN_DAYS), Validators.max(MAX_DAYS)]],
  });
  protected readonly deadline = this.form.controls.workingDays;
  protected readonly saving = signal<'deadline' | 'names' | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    effect(() => {
      const organization = this.organization();
      if (organization && !this.deadline.dirty) this.deadline.setValue(organization.consentWorkingDays);
    });
  }

  protected saveDeadline(): void {
    this.deadline.markAsTouched();
    if (this.deadline.invalid || this.saving()) return;
    this.saving.set('deadline');
    this.problem.set(null);
    this.apollo
      .mutate({ mutation: SetConsentDeadlineDocument, variables: { workingDays: this.deadline.value } })
      .subscribe({
        next: () => {
          this.saving.set(null);
          this.deadline.markAsPristine();
          this.saved.set(`Managers now have ${this.deadline.value} working days to answer.`);
        },
        error: (error: unknown) => {
          this.saving.set(null);
          const message = fieldErrorMessage(error, 'workingDays');
          if (message) this.deadline.setErrors({ api: message });
          else this.problem.set(describeError(error));
        },
      });
  }

  protected setNamesHidden(hidden: boolean): void {
    this.saving.set('names');
    this.problem.set(null);
    this.apollo.mutate({ mutation: SetObserverNamesHiddenDocument, variables: { hidden } }).subscribe({
      next: () => {
        this.saving.set(null);
        this.saved.set(
          hidden
            ? 'Candidates now read “A colleague” instead of who observed them.'
            : 'Candidates now see who observed them.',
        );
      },
      error: (error: unknown) => {
        this.saving.set(null);
        this.problem.set(describeError(error));
      },
    });
  }
}
