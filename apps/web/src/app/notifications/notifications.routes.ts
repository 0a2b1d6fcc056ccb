import type { Routes } from '@angular/router';

export const notificationsRoutes: Routes = [
  {
    path: '',
    title: 'Notifications · Bridge',
    loadComponent: () => import('./notifications-page').then((m) => m.NotificationsPage),
  },
];
