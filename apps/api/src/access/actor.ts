import { Role } from '@bridge/domain';

/** Who is making the request: resolved from the token by the access guard, trusted by everything after it. */
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

/**
 * Turns a bearer token into the actor behind it, opening the request's tenant transaction. Sessions
 * provide it; the access guard only asks, so this base folder depends on nothing above it.
 */
export abstract class ActorResolver {
  abstract actorFromToken(token: string): Promise<Actor | undefined>;
}
