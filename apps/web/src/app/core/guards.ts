import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Permission } from '@bridge/domain';
import { Session } from './session';

export const signedInGuard: CanActivateFn = (_route, state) => {
  // An expired access token is no reason to leave: the session keeper renews it.
  if (inject(Session).isSignedIn()) return true;
  const returnUrl = state.url && state.url !== '/' ? { returnUrl: state.url } : {};
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: returnUrl });
};

export const signedOutGuard: CanActivateFn = () =>
  inject(Session).isSignedIn() ? inject(Router).createUrlTree(['/people']) : true;

export function permissionGuard(permission: Permission): CanActivateFn {
  return () => (inject(Session).can(permission) ? true : inject(Router).createUrlTree(['/people']));
}
