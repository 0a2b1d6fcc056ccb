import type { Routes } from '@angular/router';

export const consentRoutes: Routes = [];
