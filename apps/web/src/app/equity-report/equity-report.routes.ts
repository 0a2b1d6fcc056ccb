import type { Routes } from '@angular/router';

export const equityReportRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./equity-report-page').then((m) => m.EquityReportPage),
  },
];
