import type { Routes } from '@angular/router';

export const notificationsRoutes: Routes = [];
