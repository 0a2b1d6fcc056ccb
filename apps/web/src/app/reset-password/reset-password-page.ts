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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { PASSWORD_RULES } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import { ResetPasswordDocument } from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { Icon } from '../ui/icon';
import { acceptablePassword, confirms } from '../ui/password-validation';
import { PublicFrame } from '../ui/public-frame';
import { Wordmark } from '../ui/wordmark';

/** Said when the page is opened without a token, in the API's words for a token it no longer accepts. */
export const INVALID_LINK_MESSAGE =
  'This reset link is not valid any more. Ask your Bridge admin for a new one.';

@Component({
  selector: 'bridge-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    FocusInvalid,
    Icon,
    PublicFrame,
    Wordmark,
  ],
  templateUrl: './reset-password-page.html',
  styleUrl: './reset-password-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly apollo = inject(Apollo);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focusInvalid = viewChild(FocusInvalid);

  /** From the link the admin sent: `/reset-password?token=…`. */
  readonly token = input<string>();

  protected readonly rules = PASSWORD_RULES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', [Validators.required, acceptablePassword(() => undefined)]],
    confirmation: ['', [Validators.required, confirms('newPassword')]],
  });
  protected readonly saving = signal(false);
  private readonly linkRefused = signal<string | null>(null);
  protected readonly linkProblem = computed(
    () => this.linkRefused() ?? (this.token() ? null : INVALID_LINK_MESSAGE),
  );
  protected readonly failure = signal<string | null>(null);
  protected readonly done = signal(false);

  constructor() {
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.confirmation.updateValueAndValidity({ emitEvent: false }));
  }

  protected setPassword(): void {
    if (this.saving()) return;
    const token = this.token();
    this.form.markAllAsTouched();
    if (!token || this.form.invalid) return;
    this.saving.set(true);
    this.failure.set(null);
    this.apollo
      .mutate({
        mutation: ResetPasswordDocument,
        variables: { token, newPassword: this.form.controls.newPassword.value },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.done.set(true);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const linkProblem = fieldErrorMessage(error, 'token');
          const passwordProblem = fieldErrorMessage(error, 'newPassword');
          if (linkProblem !== null) this.linkRefused.set(linkProblem);
          else if (passwordProblem !== null) {
            this.form.controls.newPassword.setErrors({ api: passwordProblem });
            this.focusInvalid()?.focusFirstInvalid();
          } else this.failure.set(describeError(error));
        },
      });
  }
}
