import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';

const TOKEN_ISSUER = 'bridge';
const TOKEN_AUDIENCE = 'bridge-api';

export interface AccessTokenClaims {
  sub: string;
  org: string;
  /** The session: revoking it ends the token at once, before it expires. */
  sid: string;
}

/** Signs and checks access tokens: HS256 only, issuer, audience and expiry always verified. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A key object, not the string: given a string, jsonwebtoken first tries to parse it as a PEM key
    // on every verification, which cost more than the rest of the check.
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.tokenSecret)) });
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      expiresIn: this.config.tokenTtlSeconds,
    });
  }

  /** Undefined for anything that is not a valid, unexpired token of ours. */
  async verify(token: string): Promise<AccessTokenClaims | undefined> {
    try {
      const claims = this.jwt.verify<Partial<AccessTokenClaims>>(token, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
      });
      return typeof claims.sub === 'string' &&
        typeof claims.org === 'string' &&
        typeof claims.sid === 'string'
        ? { sub: claims.sub, org: claims.org, sid: claims.sid }
        : undefined;
    } catch {
      return undefined;
    }
  }
}
