import { DestroyRef, effect, inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { RefreshSessionDocument, SignOutDocument } from '../graphql/generated';
import { Session, SESSION_STORAGE_KEY } from './session';

/** Renewed this long before the access token expires, so requests rarely meet an expired one. */
export const RENEW_BEFORE_EXPIRY_MS = 60_000;
const RENEWAL_LOCK = 'bridge.session-renewal';

/**
 * Keeps the session alive and ends it in one place. A refresh token works once, and every tab shares
 * it through localStorage: renewals take a lock across tabs and first look whether another tab has
 * already renewed, so two tabs never trade the same refresh token (the API would end the session).
 */
@Injectable({ providedIn: 'root' })
export class SessionKeeper {
  private readonly session = inject(Session);
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  private renewal: Promise<boolean> | null = null;
  private renewalTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      clearTimeout(this.renewalTimer);
      const expiresAt = this.session.expiresAt();
      if (!expiresAt) return;
      const delay = Math.max(0, Date.parse(expiresAt) - RENEW_BEFORE_EXPIRY_MS - Date.now());
      this.renewalTimer = setTimeout(() => void this.renew(), delay);
    });

    const adoptOtherTab = (event: StorageEvent) => {
      if (event.key !== SESSION_STORAGE_KEY && event.key !== null) return;
      const wasSignedIn = this.session.isSignedIn();
      this.session.reload();
      if (wasSignedIn && !this.session.isSignedIn()) this.endLocally();
    };
    window.addEventListener('storage', adoptOtherTab);
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.renewalTimer);
      window.removeEventListener('storage', adoptOtherTab);
    });
  }

  /**
   * Trades the refresh token for a new access token; callers at the same time share one trade. Resolves
   * whether the session goes on. When the API refuses, the session is over: it is ended here and the
   * person is sent to sign in. A network failure leaves the session as it is, to try again later.
   */
  renew(staleToken = this.session.token()): Promise<boolean> {
    this.renewal ??= this.underRenewalLock(() => this.trade(staleToken)).finally(() => (this.renewal = null));
    return this.renewal;
  }

  /** Ends this session on the API (best effort: it is ended here whatever the answer), then here. */
  async signOut(): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: SignOutDocument })).catch(() => undefined);
    this.endLocally();
  }

  endLocally(reason?: 'expired'): void {
    this.session.end();
    void this.apollo.client.clearStore();
    void this.router.navigate(['/sign-in'], reason ? { queryParams: { reason } } : {});
  }

  private async trade(staleToken: string | null): Promise<boolean> {
    this.session.reload();
    const refreshToken = this.session.refreshToken();
    if (!refreshToken) {
      this.endLocally('expired');
      return false;
    }
    if (this.session.token() !== staleToken) return true;
    try {
      const { data } = await firstValueFrom(
        this.apollo.mutate({ mutation: RefreshSessionDocument, variables: { refreshToken } }),
      );
      if (!data) return false;
      this.session.start(data.refreshSession);
      return true;
    } catch (error: unknown) {
      if (CombinedGraphQLErrors.is(error)) this.endLocally('expired');
      return false;
    }
  }

  private underRenewalLock(work: () => Promise<boolean>): Promise<boolean> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return work();
    // The lock is held until the work settles: the callback's promise is what the lock waits for.
    return new Promise(
      (resolve, reject) => void locks.request(RENEWAL_LOCK, () => work().then(resolve, reject)),
    );
  }
}
