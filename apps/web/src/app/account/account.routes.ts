import type { Routes } from '@angular/router';
import { unsavedChangesGuard } from '../ui/unsaved-changes';

export const accountRoutes: Routes = [
  {
    path: '',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./account-page').then((m) => m.AccountPage),
  },
];
