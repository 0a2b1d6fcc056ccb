import type { Routes } from '@angular/router';

export const marketplaceRoutes: Routes = [];
