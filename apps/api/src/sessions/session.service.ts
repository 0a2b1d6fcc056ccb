import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { Actor, ActorResolver } from '../access/actor';
import { AccessTokenClaims, TokenService } from './token.service';
import { UnauthenticatedError } from '../common/bridge-errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { TenantDatabase } from '../database/tenant-database';
import { PersonEntity } from '../people/person.entity';
import { credentialOf, parseCredential, sameHash, sha256 } from './credentials';
import { SessionEntity } from './session.entity';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  refreshToken: string;
}

const SESSION_ENDED = 'Your session has ended. Sign in again.';

interface ActorRow {
  id: string;
  organization_id: string;
  roles: Actor['roles'];
  active: boolean;
}

/** The person behind a session that still stands, given the SQL for the organization, session and person ids. */
const actorOfLiveSession = (organizationId: string, sessionId: string, personId: string): string =>
  `SELECT person.id, person.organization_id, person.roles, person.active FROM session
   JOIN person ON person.organization_id = session.organization_id AND person.id = session.person_id
   WHERE session.organization_id = ${organizationId} AND session.id = ${sessionId}
     AND session.person_id = ${personId} AND session.revoked_at IS NULL AND session.expires_at > now()`;

function actorOf(row: ActorRow | undefined, claims: AccessTokenClaims): Actor | undefined {
  if (!row?.active) return undefined;
  return { personId: row.id, organizationId: row.organization_id, roles: row.roles, sessionId: claims.sid };
}

/** Sessions: opened at sign-in, refreshed with a single-use refresh token, checked on every request. */
@Injectable()
export class SessionService implements ActorResolver {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tokens: TokenService,
    private readonly auditLog: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session for a person who has just proved who they are, in their tenant's transaction. */
  async open(
    manager: EntityManager,
    person: Pick<PersonEntity, 'organizationId' | 'id'>,
  ): Promise<IssuedSession> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await manager.insert(SessionEntity, {
      organizationId: person.organizationId,
      id,
      personId: person.id,
      refreshTokenHash: sha256(secret),
      previousRefreshTokenHash: null,
      refreshedAt: null,
      expiresAt: new Date(Date.now() + this.config.sessionTtlSeconds * 1000),
      revokedAt: null,
    });
    return this.issue(person.organizationId, person.id, id, secret);
  }

  /**
   * Trades a refresh token for a new access token and a new refresh token. A refresh token that was
   * already traded is a sign it was stolen: the whole session is revoked.
   */
  async refresh(refreshToken: string): Promise<IssuedSession & { person: PersonEntity }> {
    const credential = parseCredential(refreshToken);
    if (!credential) throw new UnauthenticatedError(SESSION_ENDED);
    const outcome = await this.db.run(credential.organizationId, async (manager) => {
      const session = await manager.findOne(SessionEntity, {
        where: { organizationId: credential.organizationId, id: credential.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return undefined;
      const presented = sha256(credential.secret);
      const person = await manager.findOneBy(PersonEntity, {
        organizationId: session.organizationId,
        id: session.personId,
      });
      const replayed =
        session.previousRefreshTokenHash !== null && sameHash(presented, session.previousRefreshTokenHash);
      if (replayed || !person?.active) {
        await manager.update(
          SessionEntity,
          { organizationId: session.organizationId, id: session.id },
          { revokedAt: new Date() },
        );
        return undefined;
      }
      if (!sameHash(presented, session.refreshTokenHash)) return undefined;
      const next = randomBytes(32).toString('base64url');
      await manager.update(
        SessionEntity,
        { organizationId: session.organizationId, id: session.id },
        {
          previousRefreshTokenHash: session.refreshTokenHash,
          refreshTokenHash: sha256(next),
          refreshedAt: new Date(),
        },
      );
      return { person, issued: await this.issue(session.organizationId, person.id, session.id, next) };
    });
    // Thrown only after the transaction above has committed a revocation.
    if (!outcome) throw new UnauthenticatedError(SESSION_ENDED);
    // The rest of this request (the payload's person, their organization…) is read as them.
    await this.db.beginRequest(outcome.person.organizationId);
    return { ...outcome.issued, person: outcome.person };
  }

  /** Ends the person's other sessions, keeping the one of this request (a changed password). */
  async revokeOthers(actor: Actor): Promise<void> {
    await this.db.manager().update(
      SessionEntity,
      {
        organizationId: actor.organizationId,
        personId: actor.personId,
        id: Not(actor.sessionId),
        revokedAt: IsNull(),
      },
      { revokedAt: new Date() },
    );
  }

  /**
   * The actor behind a bearer token, re-read each request so a removed role, person or session
   * takes effect at once. Opens the request's tenant transaction for the token's organization and
   * reads the session and the person in the same round trip.
   */
  async actorFromToken(token: string): Promise<Actor | undefined> {
    const claims = await this.tokens.verify(token);
    if (!claims) return undefined;
    const rows = await this.db.beginRequest<ActorRow>(claims.org, (literal) =>
      actorOfLiveSession(literal(claims.org), literal(claims.sid), literal(claims.sub)),
    );
    return actorOf(rows[0], claims);
  }

  /**
   * The actor of a long-lived connection (a graphql-ws subscription): checked like a request, but in
   * a short transaction of its own, since the connection must not hold one open.
   */
  async actorForConnection(token: string): Promise<Actor | undefined> {
    const claims = await this.tokens.verify(token);
    if (!claims) return undefined;
    return this.db.run(claims.org, () => this.actorOf(claims));
  }

  private async actorOf(claims: AccessTokenClaims): Promise<Actor | undefined> {
    const rows: ActorRow[] = await this.db
      .manager()
      .query(actorOfLiveSession('$1', '$2', '$3'), [claims.org, claims.sid, claims.sub]);
    return actorOf(rows[0], claims);
  }

  async signOut(actor: Actor): Promise<void> {
    await this.db
      .manager()
      .update(
        SessionEntity,
        { organizationId: actor.organizationId, id: actor.sessionId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
  }

  /** Ends every session of the actor, this one included; returns how many were live. */
  async signOutEverywhere(actor: Actor): Promise<number> {
    const ended = await this.revokeAll(this.db.manager(), actor.organizationId, actor.personId);
    await this.auditLog.record({
      organizationId: actor.organizationId,
      actorId: actor.personId,
      action: 'signed-out-everywhere',
      details: { sessions: ended },
    });
    return ended;
  }

  /** Ends every live session of a person (a reset password, sign out everywhere); returns how many. */
  async revokeAll(manager: EntityManager, organizationId: string, personId: string): Promise<number> {
    const result = await manager.update(
      SessionEntity,
      { organizationId, personId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return result.affected ?? 0;
  }

  private async issue(
    organizationId: string,
    personId: string,
    sessionId: string,
    secret: string,
  ): Promise<IssuedSession> {
    return {
      token: await this.tokens.sign({ sub: personId, org: organizationId, sid: sessionId }),
      expiresAt: new Date(Date.now() + this.config.tokenTtlSeconds * 1000),
      refreshToken: credentialOf(sessionId, organizationId, secret),
    };
  }
}
