import { I18nPluralPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Apollo } from 'apollo-angular';
import { describeError } from '../core/api-errors';
import { SessionKeeper } from '../core/session-keeper';
import { SignOutEverywhereDocument } from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { Icon } from '../ui/icon';

/** Asks first, then says how many sessions ended; this tab signs out when the person moves on. */
@Component({
  selector: 'bridge-sign-out-everywhere-dialog',
  imports: [
    I18nPluralPipe,
    MatButtonModule,
    MatDialogModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    Icon,
  ],
  templateUrl: './sign-out-everywhere-dialog.html',
  styleUrl: './sign-out-everywhere-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignOutEverywhereDialog {
  private readonly apollo = inject(Apollo);
  private readonly keeper = inject(SessionKeeper);
  private readonly dialog = inject(MatDialogRef<SignOutEverywhereDialog>);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly signingOut = signal(false);
  protected readonly endedSessions = signal<number | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly sessionsPlural = { '=1': '1 session', other: '# sessions' };

  constructor() {
    // Once the sessions are gone, this tab's session is too: however the dialog closes, sign out here.
    // (It emits after this component is destroyed, and completes then, so it is not tied to destruction.)
    this.dialog.afterClosed().subscribe(() => {
      if (this.endedSessions() !== null) this.keeper.endLocally();
    });
  }

  protected signOutEverywhere(): void {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    this.failure.set(null);
    this.dialog.disableClose = true;
    this.apollo
      .mutate({ mutation: SignOutEverywhereDocument })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.signingOut.set(false);
          this.endedSessions.set(data?.signOutEverywhere ?? 0);
          this.dialog.disableClose = false;
        },
        error: (error: unknown) => {
          this.signingOut.set(false);
          this.dialog.disableClose = false;
          this.failure.set(describeError(error));
        },
      });
  }
}
