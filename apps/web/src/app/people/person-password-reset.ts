import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Apollo } from 'apollo-angular';
import { describeError } from '../core/api-errors';
import { CreatePasswordResetLinkDocument, type CreatePasswordResetLinkMutation } from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { Icon } from '../ui/icon';

type ResetLink = CreatePasswordResetLinkMutation['createPasswordResetLink'];

/** For admins: a one-time link for the person to set a new password. The API shows it once, so does this. */
@Component({
  selector: 'bridge-person-password-reset',
  imports: [
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    Icon,
  ],
  templateUrl: './person-password-reset.html',
  styleUrl: './person-password-reset.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPasswordReset {
  private readonly apollo = inject(Apollo);
  private readonly clipboard = inject(Clipboard);
  private readonly destroyRef = inject(DestroyRef);

  readonly personId = input.required<string>();
  readonly personName = input.required<string>();

  protected readonly creating = signal(false);
  protected readonly link = signal<ResetLink | null>(null);
  protected readonly copied = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected create(): void {
    if (this.creating()) return;
    this.creating.set(true);
    this.failure.set(null);
    this.apollo
      .mutate({ mutation: CreatePasswordResetLinkDocument, variables: { personId: this.personId() } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.creating.set(false);
          this.copied.set(false);
          this.link.set(data?.createPasswordResetLink ?? null);
        },
        error: (error: unknown) => {
          this.creating.set(false);
          this.failure.set(describeError(error));
        },
      });
  }

  protected copy(url: string): void {
    this.copied.set(this.clipboard.copy(url));
  }

  protected dismiss(): void {
    this.link.set(null);
  }
}
