import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { PASSWORD_RULES } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import { Session } from '../core/session';
import { ChangePasswordDocument } from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { Icon } from '../ui/icon';
import { acceptablePassword, confirms } from '../ui/password-validation';
import { TrackUnsavedChanges } from '../ui/unsaved-changes';

export const WRONG_CURRENT_PASSWORD_MESSAGE = 'That is not your current password.';

@Component({
  selector: 'bridge-change-password-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    FocusInvalid,
    Icon,
    TrackUnsavedChanges,
  ],
  templateUrl: './change-password-form.html',
  styleUrl: './change-password-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordForm {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly focusInvalid = viewChild.required(FocusInvalid);

  protected readonly rules = PASSWORD_RULES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, acceptablePassword(() => this.session.person()?.email)]],
    confirmation: ['', [Validators.required, confirms('newPassword')]],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly changed = signal(false);

  constructor() {
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.confirmation.updateValueAndValidity({ emitEvent: false }));
  }

  protected change(): void {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    this.changed.set(false);
    this.apollo
      .mutate({ mutation: ChangePasswordDocument, variables: { currentPassword, newPassword } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.changed.set(true);
          this.formDirective().resetForm();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.showRefusal(error);
        },
      });
  }

  private showRefusal(error: unknown): void {
    const { currentPassword, newPassword } = this.form.controls;
    if (fieldErrorMessage(error, 'currentPassword') !== null) {
      // The API names its argument in this message; the form says it in words.
      currentPassword.setErrors({ api: WRONG_CURRENT_PASSWORD_MESSAGE });
      this.focusInvalid().focusFirstInvalid();
      return;
    }
    const newPasswordProblem = fieldErrorMessage(error, 'newPassword');
    if (newPasswordProblem !== null) {
      newPassword.setErrors({ api: newPasswordProblem });
      this.focusInvalid().focusFirstInvalid();
      return;
    }
    this.failure.set(describeError(error));
  }
}
