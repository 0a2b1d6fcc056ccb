import { TestBed } from '@angular/core/testing';
import { Role } from '@bridge/domain';
import { Session } from '../app/core/session';
import type { SignedInPersonFragment } from '../app/graphql/generated';

/** Starts a session for a component test, as a sign-in would: a live token and the person signed in. */
export function startTestSession(person: Partial<SignedInPersonFragment> = {}): SignedInPersonFragment {
  const me: SignedInPersonFragment = {
    id: 'p1',
    name: 'Casey',
    email: 'c@acme.test',
    title: null,
    roles: [Role.CANDIDATE],
    organization: { id: 'o1', name: 'Acme' },
    ...person,
  };
  TestBed.inject(Session).start({
    token: 'token-1',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh-1',
    me,
  });
  return me;
}
