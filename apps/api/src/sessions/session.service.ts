import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { passwordProblem } from '@bridge/domain';
import { AuditLogService } from '../audit/audit-log.service';
import type { Actor } from '../auth/actor';
import { PasswordHasher } from '../auth/password-hasher';
import { TokenService } from '../auth/token.service';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../common/bridge-errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { TenantDatabase } from '../database/tenant-database';
import { PersonEntity } from '../people/person.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionEntity } from './session.entity';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  refreshToken: string;
}

export interface PasswordResetLink {
  url: string;
  expiresAt: Date;
}

const SESSION_ENDED = 'Your session has ended. Sign in again.';
const RESET_LINK_INVALID = 'This reset link is not valid any more. Ask your Bridge admin for a new one.';
const RESET_LINK_TTL_SECONDS = 24 * 3600;

const sha256 = (secret: string): string => createHash('sha256').update(secret).digest('hex');
const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opaque credentials name their session (or reset) and tenant in the clear, so they can be checked
 * inside that tenant's transaction; only the secret part proves anything, and only its hash is stored.
 */
function parseCredential(
  credential: string,
): { id: string; organizationId: string; secret: string } | undefined {
  const [id, organizationId, secret, ...rest] = credential.split('.');
  if (
    rest.length > 0 ||
    !UUID.test(id ?? '') ||
    !UUID.test(organizationId ?? '') ||
    !secret ||
    secret.length > 100
  )
    return undefined;
  return { id, organizationId, secret };
}

function checkNewPassword(field: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new BadUserInputError(field, `${field}: ${problem}`);
}

@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
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

  /** Whether an access token's session still stands; read in the request's tenant transaction. */
  async isLive(organizationId: string, personId: string, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await this.db
      .manager()
      .query(
        'SELECT 1 FROM session WHERE organization_id = $1 AND id = $2 AND person_id = $3 AND revoked_at IS NULL AND expires_at > now()',
        [organizationId, sessionId, personId],
      );
    return rows.length > 0;
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

  /** Changes the actor's password and ends their other sessions (this one stays signed in). */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const manager = this.db.manager();
    const person = await manager
      .createQueryBuilder(PersonEntity, 'person')
      .addSelect('person.passwordHash')
      .where('person.organizationId = :organizationId AND person.id = :id', {
        organizationId: actor.organizationId,
        id: actor.personId,
      })
      .getOneOrFail();
    if (!(await this.hasher.verify(person.passwordHash, currentPassword))) {
      throw new BadUserInputError('currentPassword', 'currentPassword is not your current password.');
    }
    checkNewPassword('newPassword', newPassword, person.email);
    await manager.update(
      PersonEntity,
      { organizationId: actor.organizationId, id: actor.personId },
      { passwordHash: await this.hasher.hash(newPassword) },
    );
    await manager.update(
      SessionEntity,
      {
        organizationId: actor.organizationId,
        personId: actor.personId,
        id: Not(actor.sessionId),
        revokedAt: IsNull(),
      },
      { revokedAt: new Date() },
    );
    await this.auditLog.record(
      { organizationId: actor.organizationId, actorId: actor.personId, action: 'password.changed' },
      manager,
    );
  }

  /** An admin's one-time link for someone to set a new password; the secret is shown only here. */
  async issueResetLink(actor: Actor, personId: string): Promise<PasswordResetLink> {
    const manager = this.db.manager();
    const person = await manager.findOneBy(PersonEntity, {
      organizationId: actor.organizationId,
      id: personId,
    });
    if (!person) throw new NotFoundError('person', personId);
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + RESET_LINK_TTL_SECONDS * 1000);
    await manager.insert(PasswordResetEntity, {
      organizationId: actor.organizationId,
      id,
      personId,
      issuedById: actor.personId,
      secretHash: sha256(secret),
      expiresAt,
      usedAt: null,
    });
    await this.auditLog.record(
      {
        organizationId: actor.organizationId,
        actorId: actor.personId,
        action: 'password.reset-issued',
        subjectPersonId: personId,
        details: { subjectName: person.name },
      },
      manager,
    );
    const token = `${id}.${actor.organizationId}.${secret}`;
    return { url: `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`, expiresAt };
  }

  /** Sets a new password with a reset link: once, before it expires; every session of the person ends. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const credential = parseCredential(token);
    if (!credential) throw new BadUserInputError('token', RESET_LINK_INVALID);
    await this.db.run(credential.organizationId, async (manager) => {
      const reset = await manager.findOne(PasswordResetEntity, {
        where: { organizationId: credential.organizationId, id: credential.id },
        lock: { mode: 'pessimistic_write' },
      });
      const valid =
        reset &&
        !reset.usedAt &&
        reset.expiresAt > new Date() &&
        sameHash(sha256(credential.secret), reset.secretHash);
      if (!reset || !valid) throw new BadUserInputError('token', RESET_LINK_INVALID);
      const person = await manager.findOneByOrFail(PersonEntity, {
        organizationId: reset.organizationId,
        id: reset.personId,
      });
      checkNewPassword('newPassword', newPassword, person.email);
      await manager.update(
        PersonEntity,
        { organizationId: person.organizationId, id: person.id },
        { passwordHash: await this.hasher.hash(newPassword) },
      );
      await manager.update(
        PasswordResetEntity,
        { organizationId: reset.organizationId, id: reset.id },
        { usedAt: new Date() },
      );
      await this.revokeAll(manager, person.organizationId, person.id);
      await this.auditLog.record(
        { organizationId: person.organizationId, actorId: person.id, action: 'password.reset' },
        manager,
      );
    });
  }

  private async revokeAll(manager: EntityManager, organizationId: string, personId: string): Promise<number> {
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
      refreshToken: `${sessionId}.${organizationId}.${secret}`,
    };
  }
}
