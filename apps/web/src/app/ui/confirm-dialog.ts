import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, type MatDialog, MatDialogModule } from '@angular/material/dialog';
import { map, type Observable } from 'rxjs';

export interface ConfirmDialogData {
  title: string;
  /** What happens if the person goes ahead, in their terms. */
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
}

/** Asks before a step with consequences for others; closes with true to go ahead. */
@Component({
  selector: 'bridge-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ question.title }}</h2>
    <mat-dialog-content>
      <p>{{ question.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" class="cancel" [mat-dialog-close]="false">
        {{ question.cancelLabel ?? 'Cancel' }}
      </button>
      <button mat-flat-button type="button" class="confirm" [mat-dialog-close]="true">
        {{ question.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    p {
      margin: 0;
      line-height: 1.5;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly question = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Emits once: true when the person confirmed, false when they cancelled or closed the dialog. */
export function askToConfirm(dialog: MatDialog, question: ConfirmDialogData): Observable<boolean> {
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      data: question,
      width: '480px',
      maxWidth: 'calc(100vw - 32px)',
    })
    .afterClosed()
    .pipe(map((answer) => answer === true));
}
