import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { APPLICATION_LIMITS } from '@bridge/domain';
import { FocusInvalid } from '../ui/focus-invalid';

export interface ReasonDialogData {
  title: string;
  /** Who reads the reason, so the person writes it for them. */
  explanation: string;
  confirmLabel: string;
}

/** Asks for the reason a decision needs (rejecting, ending a placement early); closes with it, or with nothing when cancelled. */
@Component({
  selector: 'bridge-reason-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    FocusInvalid,
  ],
  templateUrl: './reason-dialog.html',
  styleUrl: './reason-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonDialog {
  private readonly dialog = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly question = inject<ReasonDialogData>(MAT_DIALOG_DATA);
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

  protected confirm(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.dialog.close(this.form.controls.reason.value.trim());
  }
}
