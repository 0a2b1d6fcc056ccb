import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { UnauthenticatedError } from '../common/bridge-errors';
import { PersonEntity } from '../people/person.entity';
import type { Actor } from './actor';
import { PasswordHasher } from './password-hasher';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * E-mails are unique inside an organization, not across them; a person who works for two tenants
   * signs in to the one whose password matches. Unknown e-mail and wrong password fail alike.
   */
  async login(email: string, password: string): Promise<SignIn> {
    const accounts = await this.people
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.email = :email', { email: email.trim().toLowerCase() })
      .andWhere('person.active')
      .andWhere('person.passwordHash IS NOT NULL')
      .orderBy('person.createdAt')
      .getMany();
    if (accounts.length === 0) {
      await this.hasher.verify(null, password);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    for (const account of accounts) {
      if (await this.hasher.verify(account.passwordHash, password)) {
        const token = await this.tokens.sign({ sub: account.id, org: account.organizationId });
        return { token, expiresAt: new Date(Date.now() + this.config.tokenTtlSeconds * 1000), person: account };
      }
    }
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
