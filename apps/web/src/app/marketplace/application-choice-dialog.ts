import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef, MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { APPLICATION_LIMITS } from '@bridge/domain';

export interface ApplicationChoiceDialogData {
  heading: string;
  explanation: string;
  confirmLabel: string;
  /** Asks for an optional reason to pass on when given. */
  reasonLabel?: string;
}

export interface ApplicationChoice {
  reason: string | null;
}

/** Asks before a step that cannot be undone (withdrawing, turning an offer down); closes with the choice to go ahead. */
@Component({
  selector: 'bridge-application-choice-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  templateUrl: './application-choice-dialog.html',
  styleUrl: './application-choice-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationChoiceDialog {
  private readonly dialog = inject<MatDialogRef<ApplicationChoiceDialog, ApplicationChoice>>(MatDialogRef);

  protected readonly choice = inject<ApplicationChoiceDialogData>(MAT_DIALOG_DATA);
  protected readonly maxReasonLength = APPLICATION_LIMITS.maxReasonLength;
  protected readonly reason = inject(NonNullableFormBuilder).control(
    '',
    Validators.maxLength(this.maxReasonLength),
  );

  protected confirm(): void {
    if (this.reason.invalid) return;
    this.dialog.close({ reason: this.reason.value.trim() || null });
  }
}
