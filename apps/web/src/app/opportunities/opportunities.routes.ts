import type { Routes } from '@angular/router';
import { Permission } from '@bridge/domain';
import { permissionGuard } from '../core/guards';
import { unsavedChangesGuard } from '../ui/unsaved-changes';

export const opportunitiesRoutes: Routes = [
  {
    path: '',
    title: 'My opportunities · Bridge',
    canActivate: [permissionGuard(Permission.PostOpportunities)],
    loadComponent: () => import('./my-opportunities-page').then((m) => m.MyOpportunitiesPage),
  },
  {
    path: 'new',
    title: 'Post an opportunity · Bridge',
    canActivate: [permissionGuard(Permission.PostOpportunities)],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./opportunity-editor-page').then((m) => m.OpportunityEditorPage),
  },
  {
    path: ':id/edit',
    title: 'Edit opportunity · Bridge',
    canActivate: [permissionGuard(Permission.PostOpportunities)],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./opportunity-editor-page').then((m) => m.OpportunityEditorPage),
  },
  {
    // No role guard: a mentee sponsors their own mentor request and chooses a mentor here; the API decides.
    path: ':id/applicants',
    title: 'Applicants · Bridge',
    loadComponent: () => import('./opportunity-applicants-page').then((m) => m.OpportunityApplicantsPage),
  },
];
