import type { Routes } from '@angular/router';
import { Permission } from '@bridge/domain';
import { permissionGuard, signedInGuard, signedOutGuard } from './core/guards';

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · Bridge',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'sign-in/complete',
    title: 'Signing in · Bridge',
    loadComponent: () => import('./sign-in/sign-in-complete-page').then((m) => m.SignInCompletePage),
  },
  {
    path: 'reset-password',
    title: 'Set a new password · Bridge',
    loadComponent: () => import('./reset-password/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'home' },
      {
        path: 'home',
        title: 'Home · Bridge',
        loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
      },
      { path: 'people', loadChildren: () => import('./people/people.routes').then((m) => m.peopleRoutes) },
      {
        path: 'org-chart',
        title: 'Org chart · Bridge',
        loadComponent: () => import('./org-chart/org-chart-page').then((m) => m.OrgChartPage),
      },
      {
        path: 'marketplace',
        loadChildren: () => import('./marketplace/marketplace.routes').then((m) => m.marketplaceRoutes),
      },
      {
        path: 'opportunities',
        loadChildren: () => import('./opportunities/opportunities.routes').then((m) => m.opportunitiesRoutes),
      },
      {
        path: 'mentor-request',
        title: 'Ask for a mentor · Bridge',
        canActivate: [permissionGuard(Permission.RequestMentor)],
        loadChildren: () =>
          import('./mentor-request/mentor-request.routes').then((m) => m.mentorRequestRoutes),
      },
      {
        path: 'consent-requests',
        loadChildren: () => import('./consent/consent.routes').then((m) => m.consentRoutes),
      },
      {
        path: 'consent-statistics',
        title: 'Consent by manager · Bridge',
        canActivate: [permissionGuard(Permission.ReadConsentStatistics)],
        loadChildren: () =>
          import('./consent-statistics/consent-statistics.routes').then((m) => m.consentStatisticsRoutes),
      },
      {
        path: 'equity-report',
        title: 'Equity of access · Bridge',
        canActivate: [permissionGuard(Permission.ReadEquityReport)],
        loadChildren: () => import('./equity-report/equity-report.routes').then((m) => m.equityReportRoutes),
      },
      {
        path: 'matching/rounds',
        canActivate: [permissionGuard(Permission.RunMatchingRounds)],
        loadChildren: () =>
          import('./matching-rounds/matching-rounds.routes').then((m) => m.matchingRoundsRoutes),
      },
      {
        path: 'evidence',
        loadChildren: () => import('./evidence/evidence.routes').then((m) => m.evidenceRoutes),
      },
      {
        path: 'growth',
        title: 'My growth · Bridge',
        canActivate: [permissionGuard(Permission.ApplyToOpportunities)],
        loadComponent: () => import('./evidence/my-growth-page').then((m) => m.MyGrowthPage),
      },
      {
        path: 'reviews',
        loadChildren: () => import('./reviews/reviews.routes').then((m) => m.reviewsRoutes),
      },
      {
        path: 'notifications',
        loadChildren: () => import('./notifications/notifications.routes').then((m) => m.notificationsRoutes),
      },
      {
        path: 'account',
        title: 'Account & security · Bridge',
        // Its own routes file keeps the unsaved-changes guard (forms, dialogs) out of the first download.
        loadChildren: () => import('./account/account.routes').then((m) => m.accountRoutes),
      },
      {
        path: 'admin',
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'import' },
          {
            path: 'import',
            title: 'Import people · Bridge',
            canActivate: [permissionGuard(Permission.ImportPeople)],
            loadComponent: () => import('./admin/import/people-import-page').then((m) => m.PeopleImportPage),
          },
          {
            path: 'audit-log',
            title: 'Audit log · Bridge',
            canActivate: [permissionGuard(Permission.ReadAuditLog)],
            loadComponent: () => import('./admin/audit-log/audit-log-page').then((m) => m.AuditLogPage),
          },
          {
            path: 'framework',
            title: 'Leadership framework · Bridge',
            canActivate: [permissionGuard(Permission.EditFramework)],
            loadComponent: () =>
              import('./admin/framework/framework-editor-page').then((m) => m.FrameworkEditorPage),
          },
          {
            path: 'settings',
            title: 'Organization settings · Bridge',
            canActivate: [permissionGuard(Permission.ConfigureOrganization)],
            loadComponent: () =>
              import('./admin/settings/organization-settings-page').then((m) => m.OrganizationSettingsPage),
          },
          {
            path: 'undelivered-emails',
            title: 'Undelivered e-mails · Bridge',
            canActivate: [permissionGuard(Permission.ConfigureOrganization)],
            loadComponent: () =>
              import('./admin/email-delivery/undelivered-emails-page').then((m) => m.UndeliveredEmailsPage),
          },
        ],
      },
      {
        // What permissionGuard shows, at the address the person asked for.
        path: 'forbidden',
        title: 'No access · Bridge',
        data: { reason: 'forbidden' },
        loadComponent: () => import('./shell/unavailable-page').then((m) => m.UnavailablePage),
      },
      {
        path: '**',
        title: 'Page not found · Bridge',
        data: { reason: 'not-found' },
        loadComponent: () => import('./shell/unavailable-page').then((m) => m.UnavailablePage),
      },
    ],
  },
];
