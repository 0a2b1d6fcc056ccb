import jwt from 'jsonwebtoken';
import { loadAppConfig } from '../config/app-config';
import { TokenService } from './token.service';

const config = loadAppConfig({
  NODE_ENV: 'test',
  TOKEN_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
});
const claims = { sub: 'person', org: 'organization', sid: 'session' };
const options = { algorithm: 'HS256', issuer: 'bridge', audience: 'bridge-api', expiresIn: 60 } as const;

describe('TokenService', () => {
  const tokens = new TokenService(config);

  it('accepts its own tokens and those signed with the secret as a string, as before the key object', async () => {
    expect(await tokens.verify(await tokens.sign(claims))).toEqual(claims);
    expect(await tokens.verify(jwt.sign(claims, config.tokenSecret, options))).toEqual(claims);
  });

  it('refuses a token signed with another secret, or with another algorithm', async () => {
    expect(
      await tokens.verify(jwt.sign(claims, 'another-secret-of-at-least-thirty-two-chars', options)),
    ).toBeUndefined();
    expect(
      await tokens.verify(jwt.sign(claims, config.tokenSecret, { ...options, algorithm: 'HS512' })),
    ).toBeUndefined();
  });
});
