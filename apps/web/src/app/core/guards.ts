import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';
import type { Permission } from '@bridge/domain';
import { Session } from './session';

export const signedInGuard: CanActivateFn = (_route, state) => {
  // An expired access token is no reason to leave: the session keeper renews it.
  if (inject(Session).isSignedIn()) return true;
  const returnUrl = state.url && state.url !== '/' ? { returnUrl: state.url } : {};
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: returnUrl });
};

export const signedOutGuard: CanActivateFn = () =>
  inject(Session).isSignedIn() ? inject(Router).createUrlTree(['/home']) : true;

/**
 * Without the permission, the page says so at the address asked for (as a server's 403 would), instead of
 * moving the person somewhere else without a word.
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return (_route, state) => {
    if (inject(Session).can(permission)) return true;
    const router = inject(Router);
    return new RedirectCommand(router.parseUrl('/forbidden'), { browserUrl: state.url });
  };
}
