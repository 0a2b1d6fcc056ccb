import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { UnauthenticatedError } from '../common/bridge-errors';
import { PersonEntity } from '../people/person.entity';
import type { Actor } from './actor';
import { PasswordHasher } from './password-hasher';
import { SignInThrottle } from './sign-in-throttle.service';
import { TokenService } from './token.service';

export interface SignIn {
  token: string;
  expiresAt: Date;
  person: PersonEntity;
}

const WRONG_CREDENTIALS = 'The e-mail or password is not right.';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle,
    private readonly auditLog: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * E-mails are unique inside an organization, not across them; a person who works for two tenants
   * signs in to the one whose password matches. Unknown e-mail and wrong password fail alike, in
   * message, in timing (a decoy hash is checked) and in what they count against the throttle.
   */
  async login(email: string, password: string, address: string): Promise<SignIn> {
    await this.throttle.assertAllowed(email, address);
    const accounts = await this.people
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.email = :email', { email: email.trim().toLowerCase() })
      .andWhere('person.active')
      .andWhere('person.passwordHash IS NOT NULL')
      .orderBy('person.createdAt')
      .getMany();
    if (accounts.length === 0) await this.hasher.verify(null, password);
    for (const account of accounts) {
      if (await this.hasher.verify(account.passwordHash, password)) {
        await this.throttle.recordSuccess(email);
        if (account.passwordHash && this.hasher.needsRehash(account.passwordHash)) {
          await this.people.update(
            { organizationId: account.organizationId, id: account.id },
            { passwordHash: await this.hasher.hash(password) },
          );
        }
        await this.auditLog.record({
          organizationId: account.organizationId,
          actorId: account.id,
          action: 'sign-in',
          details: { method: 'password' },
        });
        const token = await this.tokens.sign({ sub: account.id, org: account.organizationId });
        return {
          token,
          expiresAt: new Date(Date.now() + this.config.tokenTtlSeconds * 1000),
          person: account,
        };
      }
    }
    await this.throttle.recordFailure(email, address);
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }

  /** The actor behind a bearer token, re-read each request so a removed role or person takes effect at once. */
  async actorFromToken(token: string): Promise<Actor | undefined> {
    const claims = await this.tokens.verify(token);
    if (!claims) return undefined;
    const person = await this.people.findOne({
      select: { id: true, organizationId: true, roles: true, active: true },
      where: { organizationId: claims.org, id: claims.sub },
    });
    if (!person?.active) return undefined;
    return { personId: person.id, organizationId: person.organizationId, roles: person.roles };
  }
}
