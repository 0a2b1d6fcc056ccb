import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { Icon, type IconName } from '../ui/icon';

export type Unavailability = 'not-found' | 'forbidden';

const EXPLANATIONS: Readonly<Record<Unavailability, { icon: IconName; heading: string; text: string }>> = {
  'not-found': {
    icon: 'search',
    heading: 'Page not found',
    text: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
  },
  forbidden: {
    icon: 'lock',
    heading: "You don't have access to this page",
    text: 'It is open to people with another role. If you need it for your work, ask your Bridge admin.',
  },
};

/** Where a link leads nowhere, or somewhere this person may not go: said plainly, with a way on. */
@Component({
  selector: 'bridge-unavailable-page',
  imports: [RouterLink, MatButtonModule, Icon],
  template: `
    @let about = explanation();
    <div class="page">
      <section class="panel state-message" aria-labelledby="unavailable-heading">
        <bridge-icon [name]="about.icon" class="state-icon" />
        <h1 id="unavailable-heading">{{ about.heading }}</h1>
        <p>{{ about.text }}</p>
        <div class="actions">
          <a mat-flat-button routerLink="/">Go to the home page</a>
          @if (canGoBack()) {
            <button mat-stroked-button type="button" (click)="back()">
              <bridge-icon name="arrow-back" /> Go back
            </button>
          }
        </div>
      </section>
    </div>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
      color: var(--bridge-ink);
    }
    .state-icon {
      --bridge-icon-size: 40px;
      color: #9aabbf;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 12px;
      margin-top: 16px;

      bridge-icon {
        --bridge-icon-size: 18px;
        margin-right: 6px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnavailablePage {
  private readonly location = inject(Location);
  private readonly router = inject(Router);

  /** From the route's data. */
  readonly reason = input.required<Unavailability>();

  protected readonly explanation = computed(() => EXPLANATIONS[this.reason()]);
  /** Only back to a page of Bridge: opened from elsewhere, "back" would leave the app. */
  protected readonly canGoBack = computed(() =>
    Boolean(this.router.lastSuccessfulNavigation()?.previousNavigation),
  );

  protected back(): void {
    this.location.back();
  }
}
