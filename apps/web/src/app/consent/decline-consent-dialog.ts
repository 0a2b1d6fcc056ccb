import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { APPLICATION_LIMITS } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import { DecideConsentDocument } from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { Icon } from '../ui/icon';

export interface DeclineConsentDialogData {
  applicationId: string;
  candidateName: string;
  opportunityTitle: string;
}

/** Declining needs a reason the candidate will read; the dialog sends it and closes with true once it is recorded. */
@Component({
  selector: 'bridge-decline-consent-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    FocusInvalid,
    Icon,
  ],
  templateUrl: './decline-consent-dialog.html',
  styleUrl: './decline-consent-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeclineConsentDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject<MatDialogRef<DeclineConsentDialog, boolean>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focusInvalid = viewChild.required(FocusInvalid);

  protected readonly request = inject<DeclineConsentDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = APPLICATION_LIMITS.maxReasonLength;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: [
      '',
      [
        Validators.required,
        Validators.pattern(/\S/),
        Validators.maxLength(APPLICATION_LIMITS.maxReasonLength),
      ],
    ],
  });
  protected readonly reason = this.form.controls.reason;
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected decline(): void {
    if (this.sending()) return;
    this.reason.markAsTouched();
    if (this.reason.invalid) return;
    this.sending.set(true);
    this.failure.set(null);
    this.dialog.disableClose = true;
    this.apollo
      .mutate({
        mutation: DecideConsentDocument,
        variables: {
          applicationId: this.request.applicationId,
          approve: false,
          reason: this.reason.value.trim(),
        },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.dialog.close(true),
        error: (error: unknown) => {
          this.sending.set(false);
          this.dialog.disableClose = false;
          const problem = fieldErrorMessage(error, 'reason');
          if (problem !== null) {
            this.reason.setErrors({ api: problem });
            this.focusInvalid().focusFirstInvalid();
          } else this.failure.set(describeError(error));
        },
      });
  }
}
