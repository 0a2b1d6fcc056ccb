import { computed, Injectable, signal } from '@angular/core';
import { can, type Permission, type PolicyActor, type PolicySubject } from '@bridge/domain';
import type { SessionGrantFragment, SignedInPersonFragment } from '../graphql/generated';

interface StoredSession {
  token: string;
  expiresAt: string;
  refreshToken: string;
  person: SignedInPersonFragment;
}

export const SESSION_STORAGE_KEY = 'bridge.session';

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<StoredSession>;
  return (
    typeof candidate.token === 'string' &&
    typeof candidate.expiresAt === 'string' &&
    typeof candidate.refreshToken === 'string' &&
    typeof candidate.person === 'object'
  );
}

// An expired access token is still kept: its refresh token may trade it for a new one.
function readStoredSession(): StoredSession | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null');
    return isStoredSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Who is signed in, kept in localStorage so a reload, and every other tab, shares the same session. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly state = signal<StoredSession | null>(readStoredSession());

  readonly token = computed(() => this.state()?.token ?? null);
  readonly expiresAt = computed(() => this.state()?.expiresAt ?? null);
  readonly refreshToken = computed(() => this.state()?.refreshToken ?? null);
  readonly person = computed(() => this.state()?.person ?? null);
  readonly isSignedIn = computed(() => this.state() !== null);
  readonly actor = computed<PolicyActor | null>(() => {
    const person = this.person();
    return person ? { personId: person.id, roles: person.roles } : null;
  });

  /** The API's own policy, to show only what it would allow; reading it inside a computed tracks the session. */
  can(permission: Permission, subject?: PolicySubject): boolean {
    const actor = this.actor();
    return actor !== null && can(actor, permission, subject);
  }

  start(grant: SessionGrantFragment): void {
    this.save({
      token: grant.token,
      expiresAt: grant.expiresAt,
      refreshToken: grant.refreshToken,
      person: grant.me,
    });
  }

  refreshPerson(person: SignedInPersonFragment): void {
    const current = this.state();
    if (current) this.save({ ...current, person });
  }

  /** Takes over what another tab stored: tokens it renewed, or its sign-out. */
  reload(): void {
    this.state.set(readStoredSession());
  }

  end(): void {
    localStorage.removeItem(SESSION_STORAGE_KEY);
    this.state.set(null);
  }

  private save(session: StoredSession): void {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    this.state.set(session);
  }
}
