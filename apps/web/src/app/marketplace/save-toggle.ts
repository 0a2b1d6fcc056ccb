import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Apollo } from 'apollo-angular';
import type { Observable } from 'rxjs';
import { describeError } from '../core/api-errors';
import { SaveOpportunityDocument, UnsaveOpportunityDocument } from '../graphql/generated';
import { Icon } from '../ui/icon';

/** Saves an opportunity for later; the bookmark fills at once and the API's answer confirms it. */
@Component({
  selector: 'bridge-save-toggle',
  imports: [MatButtonModule, MatTooltipModule, Icon],
  template: `
    <button
      mat-icon-button
      type="button"
      class="save-toggle"
      [class.saved]="saved()"
      [attr.aria-pressed]="saved()"
      [attr.aria-label]="(saved() ? 'Saved: ' : 'Save ') + title()"
      [matTooltip]="saved() ? 'Remove from saved' : 'Save for later'"
      [disabled]="saving()"
      (click)="toggle()"
    >
      <bridge-icon [name]="saved() ? 'bookmark' : 'bookmark-border'" />
    </button>
    @if (failure(); as message) {
      <span class="failure" role="alert">
        {{ saved() ? 'Not removed' : 'Not saved' }}<span class="visually-hidden">: {{ message }}</span>
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
    }
    .save-toggle {
      color: var(--bridge-muted);
    }
    .saved {
      color: var(--mat-sys-primary);
    }
    .failure {
      font-size: 12px;
      color: var(--mat-sys-error);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveToggle {
  private readonly apollo = inject(Apollo);
  private readonly destroyRef = inject(DestroyRef);

  readonly opportunityId = input.required<string>();
  readonly title = input.required<string>();
  readonly saved = input.required<boolean>();

  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected toggle(): void {
    const id = this.opportunityId();
    const save = !this.saved();
    const savedByMe = { __typename: 'Opportunity' as const, id, savedByMe: save };
    this.saving.set(true);
    this.failure.set(null);
    const request: Observable<unknown> = save
      ? this.apollo.mutate({
          mutation: SaveOpportunityDocument,
          variables: { id },
          optimisticResponse: { saveOpportunity: savedByMe },
        })
      : this.apollo.mutate({
          mutation: UnsaveOpportunityDocument,
          variables: { id },
          optimisticResponse: { unsaveOpportunity: savedByMe },
        });
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => this.saving.set(false),
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(describeError(error));
      },
    });
  }
}
