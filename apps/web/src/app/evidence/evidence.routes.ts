import type { Routes } from '@angular/router';
import { Permission } from '@bridge/domain';
import { permissionGuard } from '../core/guards';

export const evidenceRoutes: Routes = [
  {
    path: '',
    title: 'Evidence requests · Bridge',
    loadComponent: () => import('./evidence-requests-page').then((m) => m.EvidenceRequestsPage),
  },
  {
    path: 'requests/:requestId',
    title: 'Record an observation · Bridge',
    loadComponent: () => import('./record-observation-page').then((m) => m.RecordObservationPage),
  },
  {
    path: 'record/:candidateId',
    title: 'Record an observation · Bridge',
    loadComponent: () => import('./record-observation-page').then((m) => m.RecordObservationPage),
  },
  {
    path: 'calibration',
    title: 'Rater calibration · Bridge',
    canActivate: [permissionGuard(Permission.ManagePromotionReviews)],
    loadComponent: () => import('../readiness/rater-calibration-page').then((m) => m.RaterCalibrationPage),
  },
];
