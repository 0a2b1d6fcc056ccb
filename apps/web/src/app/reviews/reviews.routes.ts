import type { Routes } from '@angular/router';

export const reviewsRoutes: Routes = [
  {
    path: '',
    title: 'Promotion reviews · Bridge',
    loadComponent: () => import('./reviews-page').then((m) => m.ReviewsPage),
  },
  {
    path: ':reviewId',
    title: 'Promotion review · Bridge',
    loadComponent: () => import('./review-page').then((m) => m.ReviewPage),
  },
];
