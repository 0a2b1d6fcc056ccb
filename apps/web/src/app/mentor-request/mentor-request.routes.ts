import type { Routes } from '@angular/router';

export const mentorRequestRoutes: Routes = [];
