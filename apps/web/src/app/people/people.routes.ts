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
];
