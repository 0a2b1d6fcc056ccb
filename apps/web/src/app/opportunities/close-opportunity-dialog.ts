import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { Icon } from '../ui/icon';

export interface CloseOpportunityDialogData {
  title: string;
}

/** Closing cannot be undone and ends other people's applications, so it is asked first; closes with true to go ahead. */
@Component({
  selector: 'bridge-close-opportunity-dialog',
  imports: [MatButtonModule, MatDialogModule, Icon],
  templateUrl: './close-opportunity-dialog.html',
  styleUrl: './close-opportunity-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseOpportunityDialog {
  protected readonly opportunity = inject<CloseOpportunityDialogData>(MAT_DIALOG_DATA);
}
