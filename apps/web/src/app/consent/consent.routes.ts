import type { Routes } from '@angular/router';

export const consentRoutes: Routes = [
  {
    path: '',
    title: 'Consent requests · Bridge',
    loadComponent: () => import('./consent-requests-page').then((m) => m.ConsentRequestsPage),
  },
];
