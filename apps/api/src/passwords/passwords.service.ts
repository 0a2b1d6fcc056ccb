import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { passwordProblem } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { AuditLogService } from '../audit/audit-log.service';
import { BadUserInputError, NotFoundError } from '../common/bridge-errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { TenantDatabase } from '../database/tenant-database';
import { PersonEntity } from '../people/person.entity';
import { credentialOf, parseCredential, sameHash, sha256 } from '../sessions/credentials';
import { SessionService } from '../sessions/session.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetEntity } from './password-reset.entity';

export interface PasswordResetLink {
  url: string;
  expiresAt: Date;
}

const RESET_LINK_INVALID = 'This reset link is not valid any more. Ask your Bridge admin for a new one.';
const RESET_LINK_TTL_SECONDS = 24 * 3600;

function checkNewPassword(field: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new BadUserInputError(field, `${field}: ${problem}`);
}

/** A person changes their password; an admin issues a one-time reset link; the link sets a new one. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly auditLog: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    await this.sessions.revokeOthers(actor);
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
    const token = credentialOf(id, actor.organizationId, secret);
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
      await this.sessions.revokeAll(manager, person.organizationId, person.id);
      await this.auditLog.record(
        { organizationId: person.organizationId, actorId: person.id, action: 'password.reset' },
        manager,
      );
    });
  }
}
