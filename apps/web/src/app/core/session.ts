import { computed, Injectable, signal } from '@angular/core';
import { can, type Permission, type PolicyActor, type PolicySubject } from '@bridge/domain';
import type { SignedInPersonFragment } from '../graphql/generated';

interface StoredSession {
  token: string;
  expiresAt: string;
  person: SignedInPersonFragment;
}

const STORAGE_KEY = 'bridge.session';

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<StoredSession>;
  return typeof candidate.token === 'string' && typeof candidate.expiresAt === 'string' && typeof candidate.person === 'object';
}

function readStoredSession(): StoredSession | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!isStoredSession(parsed)) return null;
    return Date.parse(parsed.expiresAt) > Date.now() ? parsed : null;
  } catch {
    return null;
  }
}

/** Who is signed in, kept in localStorage so a reload keeps the person signed in until the token expires. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly state = signal<StoredSession | null>(readStoredSession());

  readonly token = computed(() => this.state()?.token ?? null);
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

  start(token: string, expiresAt: string, person: SignedInPersonFragment): void {
    this.save({ token, expiresAt, person });
  }

  refreshPerson(person: SignedInPersonFragment): void {
    const current = this.state();
    if (current) this.save({ ...current, person });
  }

  end(): void {
    localStorage.removeItem(STORAGE_KEY);
    this.state.set(null);
  }

  /** A token past its expiry is treated as signed out, even before the API says so. */
  isExpired(): boolean {
    const current = this.state();
    return current !== null && Date.parse(current.expiresAt) <= Date.now();
  }

  private save(session: StoredSession): void {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.state.set(session);
  }
}
