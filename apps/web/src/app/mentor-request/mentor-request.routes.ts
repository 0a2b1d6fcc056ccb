import type { Routes } from '@angular/router';
import { unsavedChangesGuard } from '../ui/unsaved-changes';

export const mentorRequestRoutes: Routes = [
  {
    path: '',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./mentor-request-page').then((m) => m.MentorRequestPage),
  },
];
