import type { Routes } from '@angular/router';
import { adminGuard, signedInGuard, signedOutGuard } from './core/guards';

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · Bridge',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'people' },
      { path: 'people', loadChildren: () => import('./people/people.routes').then((m) => m.peopleRoutes) },
      {
        path: 'org-chart',
        title: 'Org chart · Bridge',
        loadComponent: () => import('./org-chart/org-chart-page').then((m) => m.OrgChartPage),
      },
      {
        path: 'admin',
        canActivate: [adminGuard],
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'import' },
          {
            path: 'import',
            title: 'Import people · Bridge',
            loadComponent: () => import('./admin/import/people-import-page').then((m) => m.PeopleImportPage),
          },
        ],
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
