import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { UnauthenticatedError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { PersonEntity } from '../people/person.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { SignInThrottle } from './sign-in-throttle.service';
import { IssuedSession, SessionService } from '../sessions/session.service';

export interface SignIn extends IssuedSession {
  person: PersonEntity;
}

const WRONG_CREDENTIALS = 'The e-mail or password is not right.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly auditLog: AuditLogService,
  ) {}

  /**
   * E-mails are unique inside an organization, not across them; a person who works for two tenants
   * signs in to the one whose password matches. Unknown e-mail and wrong password fail alike, in
   * message, in timing (a decoy hash is checked) and in what they count against the throttle.
   */
  async login(email: string, password: string, address: string): Promise<SignIn> {
    await this.throttle.assertAllowed(email, address);
    // The one look across tenants, through a narrow SECURITY DEFINER function (see the migration).
    const accounts: { organization_id: string; id: string; password_hash: string }[] =
      await this.dataSource.query(
        'SELECT organization_id, id, password_hash FROM bridge_sign_in_accounts($1)',
        [email.trim()],
      );
    if (accounts.length === 0) await this.hasher.verify(null, password);
    for (const account of accounts) {
      if (await this.hasher.verify(account.password_hash, password)) {
        await this.throttle.recordSuccess(email);
        const signIn = await this.db.run(account.organization_id, async (manager) => {
          if (this.hasher.needsRehash(account.password_hash)) {
            await manager.update(
              PersonEntity,
              { organizationId: account.organization_id, id: account.id },
              { passwordHash: await this.hasher.hash(password) },
            );
          }
          const person = await manager.findOneByOrFail(PersonEntity, {
            organizationId: account.organization_id,
            id: account.id,
          });
          return this.startSession(manager, person, 'password');
        });
        // The rest of this request (the payload's person, their organization…) is read as them.
        await this.db.beginRequest(signIn.person.organizationId);
        return signIn;
      }
    }
    await this.throttle.recordFailure(email, address);
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }

  /**
   * Signs in the active person of this organization with this e-mail, whose identity someone else
   * (the company's identity provider) has already checked. Undefined when there is no such person.
   */
  async signInVerified(organizationId: string, email: string, method: string): Promise<SignIn | undefined> {
    return this.db.run(organizationId, async (manager) => {
      const person = await manager.findOneBy(PersonEntity, {
        organizationId,
        email: email.trim().toLowerCase(),
        active: true,
      });
      return person ? this.startSession(manager, person, method) : undefined;
    });
  }

  private async startSession(manager: EntityManager, person: PersonEntity, method: string): Promise<SignIn> {
    await this.auditLog.record(
      { organizationId: person.organizationId, actorId: person.id, action: 'sign-in', details: { method } },
      manager,
    );
    return { ...(await this.sessions.open(manager, person)), person };
  }
}
