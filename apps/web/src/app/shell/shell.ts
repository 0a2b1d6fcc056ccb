import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { Permission } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { catchError, filter, map, of } from 'rxjs';
import { Session } from '../core/session';
import { SessionKeeper } from '../core/session-keeper';
import { ConsentNavigationDocument, MeDocument } from '../graphql/generated';
import { NotificationBell } from '../notifications/notification-bell';
import { Icon, type IconName } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { roleLabel } from '../ui/role-label';
import { Wordmark } from '../ui/wordmark';

interface NavigationItem {
  label: string;
  path: string;
  icon: IconName;
  permission: Permission;
  /**
   * The policy grants consent per request (to whom it is addressed), so no role decides this item: it is
   * shown to managers and to anyone with a request waiting.
   */
  approversOnly?: boolean;
}

/**
 * The item a path belongs to: the one whose path is the longest prefix of it, so My applications
 * (/marketplace/applications) is highlighted alone, not with Marketplace (/marketplace).
 */
export function activeNavigationPath(items: readonly { path: string }[], url: string): string | null {
  const path = url.split(/[?#]/)[0];
  const owners = items.filter((item) => path === item.path || path.startsWith(`${item.path}/`));
  return owners.reduce<string | null>(
    (longest, item) => (longest === null || item.path.length > longest.length ? item.path : longest),
    null,
  );
}

const NAVIGATION: readonly NavigationItem[] = [
  { label: 'Home', path: '/home', icon: 'home', permission: Permission.ReadDirectory },
  { label: 'People', path: '/people', icon: 'people', permission: Permission.ReadDirectory },
  { label: 'Org chart', path: '/org-chart', icon: 'org-chart', permission: Permission.ReadDirectory },
  { label: 'Marketplace', path: '/marketplace', icon: 'explore', permission: Permission.ReadDirectory },
  {
    label: 'My applications',
    path: '/marketplace/applications',
    icon: 'assignment',
    permission: Permission.ApplyToOpportunities,
  },
  { label: 'My growth', path: '/growth', icon: 'insights', permission: Permission.ApplyToOpportunities },
  {
    label: 'My opportunities',
    path: '/opportunities',
    icon: 'work',
    permission: Permission.PostOpportunities,
  },
  {
    label: 'Ask for a mentor',
    path: '/mentor-request',
    icon: 'school',
    permission: Permission.RequestMentor,
  },
  {
    label: 'Consent requests',
    path: '/consent-requests',
    icon: 'check',
    permission: Permission.DecideConsent,
    approversOnly: true,
  },
  { label: 'Evidence requests', path: '/evidence', icon: 'edit', permission: Permission.ReadDirectory },
  {
    label: 'Promotion reviews',
    path: '/reviews',
    icon: 'insights',
    permission: Permission.ManagePromotionReviews,
  },
  {
    label: 'Rater calibration',
    path: '/evidence/calibration',
    icon: 'level',
    permission: Permission.ManagePromotionReviews,
  },
  {
    label: 'Matching rounds',
    path: '/matching/rounds',
    icon: 'people',
    permission: Permission.RunMatchingRounds,
  },
  {
    label: 'Consent by manager',
    path: '/consent-statistics',
    icon: 'insights',
    permission: Permission.ReadConsentStatistics,
  },
  {
    label: 'Equity of access',
    path: '/equity-report',
    icon: 'people',
    permission: Permission.ReadEquityReport,
  },
  { label: 'Import people', path: '/admin/import', icon: 'upload', permission: Permission.ImportPeople },
  { label: 'Audit log', path: '/admin/audit-log', icon: 'history', permission: Permission.ReadAuditLog },
  {
    label: 'Organization settings',
    path: '/admin/settings',
    icon: 'system',
    permission: Permission.ConfigureOrganization,
  },
  {
    label: 'Leadership framework',
    path: '/admin/framework',
    icon: 'level',
    permission: Permission.EditFramework,
  },
  {
    label: 'Undelivered e-mails',
    path: '/admin/undelivered-emails',
    icon: 'mail',
    permission: Permission.ConfigureOrganization,
  },
];

@Component({
  selector: 'bridge-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    MatMenuModule,
    MatDividerModule,
    MatTooltipModule,
    Icon,
    NotificationBell,
    PersonAvatar,
    Wordmark,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(Session);
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly keeper = inject(SessionKeeper);

  protected readonly person = this.session.person;
  protected readonly roles = computed(() => (this.person()?.roles ?? []).map(roleLabel));
  private readonly approver = toSignal(
    this.apollo.query({ query: ConsentNavigationDocument }).pipe(
      map(({ data }) => Boolean(data && (data.me.reportCount > 0 || data.consentRequests.length > 0))),
      catchError(() => of(false)),
    ),
    { initialValue: false },
  );
  protected readonly navigation = computed(() =>
    NAVIGATION.filter((item) => (item.approversOnly ? this.approver() : this.session.can(item.permission))),
  );
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 960px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** The page's path, or null for a page not found: its address may look like an item's, but it is none. */
  private readonly shownPath = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.currentPath()),
    ),
    { initialValue: this.currentPath() },
  );
  protected readonly activePath = computed(() => {
    const path = this.shownPath();
    return path === null ? null : activeNavigationPath(this.navigation(), path);
  });
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  protected readonly navigationOpen = signal(false);
  protected readonly sidenavOpened = computed(() => !this.narrow() || this.navigationOpen());

  constructor() {
    // The stored profile may be stale (roles change); the API's answer replaces it.
    this.apollo
      .query({ query: MeDocument, fetchPolicy: 'network-only' })
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: ({ data }) => {
          if (data) this.session.refreshPerson(data.me);
        },
        error: () => undefined,
      });
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.navigationOpen.set(false));
  }

  private currentPath(): string | null {
    let route = this.router.routerState.snapshot.root;
    while (route.firstChild) route = route.firstChild;
    return route.routeConfig?.path === '**' ? null : this.router.url;
  }

  /** The link's own target would reload the app (the base href is /), so focus moves here instead. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected signOut(): void {
    void this.keeper.signOut();
  }
}
