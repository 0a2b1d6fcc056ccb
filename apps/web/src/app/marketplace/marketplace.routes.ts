import type { Routes } from '@angular/router';
import { Permission } from '@bridge/domain';
import { permissionGuard } from '../core/guards';
import { unsavedChangesGuard } from '../ui/unsaved-changes';

export const marketplaceRoutes: Routes = [
  {
    path: '',
    title: 'Marketplace · Bridge',
    loadComponent: () => import('./opportunity-browser').then((m) => m.OpportunityBrowser),
  },
  {
    path: 'saved',
    title: 'Saved opportunities · Bridge',
    data: { savedOnly: true },
    loadComponent: () => import('./opportunity-browser').then((m) => m.OpportunityBrowser),
  },
  {
    path: 'applications',
    title: 'My applications · Bridge',
    canActivate: [permissionGuard(Permission.ApplyToOpportunities)],
    loadComponent: () => import('./my-applications-page').then((m) => m.MyApplicationsPage),
  },
  {
    path: 'profile',
    title: 'My candidate profile · Bridge',
    canActivate: [permissionGuard(Permission.ApplyToOpportunities)],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./candidate-profile-page').then((m) => m.CandidateProfilePage),
  },
  {
    path: ':id',
    title: 'Opportunity · Bridge',
    loadComponent: () => import('./opportunity-detail').then((m) => m.OpportunityDetail),
  },
];
