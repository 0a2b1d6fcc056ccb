import type { Routes } from '@angular/router';

export const mentorRequestRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./mentor-request-page').then((m) => m.MentorRequestPage),
  },
];
