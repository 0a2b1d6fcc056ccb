import type { Routes } from '@angular/router';

export const peopleRoutes: Routes = [
  {
    path: '',
    title: 'People · Bridge',
    loadComponent: () => import('./people-directory').then((m) => m.PeopleDirectory),
  },
  {
    path: ':id',
    title: 'Person · Bridge',
    loadComponent: () => import('./person-detail').then((m) => m.PersonDetail),
  },
  {
    // Who may read it depends on the reporting line, so the API decides and the page says so.
    path: ':personId/readiness',
    title: 'Readiness · Bridge',
    loadComponent: () => import('../readiness/readiness-page').then((m) => m.ReadinessPage),
  },
];
