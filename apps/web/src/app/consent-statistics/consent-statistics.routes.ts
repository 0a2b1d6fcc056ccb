import type { Routes } from '@angular/router';

export const consentStatisticsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./consent-statistics-page').then((m) => m.ConsentStatisticsPage),
  },
];
