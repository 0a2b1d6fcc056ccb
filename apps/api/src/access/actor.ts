import { Role } from '@bridge/domain';

/** Who is making the request: resolved from the token by the auth guard, trusted by everything after it. */
export interface Actor {
  personId: string;
  organizationId: string;
  roles: readonly Role[];
  /** The session the request's access token belongs to. */
  sessionId: string;
}

export interface RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}
