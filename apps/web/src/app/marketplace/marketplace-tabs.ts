import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { Permission } from '@bridge/domain';
import { Session } from '../core/session';

interface MarketplaceTab {
  label: string;
  path: string;
  candidatesOnly: boolean;
}

const TABS: readonly MarketplaceTab[] = [
  { label: 'Browse', path: '/marketplace', candidatesOnly: false },
  { label: 'Saved', path: '/marketplace/saved', candidatesOnly: false },
  { label: 'My applications', path: '/marketplace/applications', candidatesOnly: true },
  { label: 'My profile', path: '/marketplace/profile', candidatesOnly: true },
];

/** The marketplace's own pages, one click apart; candidates also see their applications and profile. */
@Component({
  selector: 'bridge-marketplace-tabs',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav aria-label="Marketplace">
      @for (tab of tabs(); track tab.path) {
        <a
          [routerLink]="tab.path"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          ariaCurrentWhenActive="page"
          >{{ tab.label }}</a
        >
      }
    </nav>
  `,
  styleUrl: './marketplace-tabs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarketplaceTabs {
  private readonly session = inject(Session);

  protected readonly tabs = computed(() => {
    const candidate = this.session.can(Permission.ApplyToOpportunities);
    return TABS.filter((tab) => candidate || !tab.candidatesOnly);
  });
}
