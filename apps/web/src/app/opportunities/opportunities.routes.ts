import type { Routes } from '@angular/router';

export const opportunitiesRoutes: Routes = [];
