import type { Routes } from '@angular/router';

export const consentStatisticsRoutes: Routes = [];
