import type { Routes } from '@angular/router';

export const matchingRoundsRoutes: Routes = [
  {
    path: '',
    title: 'Matching rounds · Bridge',
    loadComponent: () => import('./matching-rounds-page').then((m) => m.MatchingRoundsPage),
  },
  {
    path: ':roundId',
    title: 'Matching round · Bridge',
    loadComponent: () => import('./matching-round-page').then((m) => m.MatchingRoundPage),
  },
];
