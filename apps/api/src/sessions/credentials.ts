import { createHash, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only a secret's hash is stored; the secret itself is shown once and never kept. */
export const sha256 = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Compares two hashes in constant time. */
export const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Opaque credentials (a refresh token, a password reset link) name their record and tenant in the
 * clear, so they can be checked inside that tenant's transaction; only the secret part proves
 * anything. Undefined for anything not shaped like one.
 */
export function parseCredential(
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

/** The credential a person is handed: record, tenant and secret. */
export const credentialOf = (id: string, organizationId: string, secret: string): string =>
  `${id}.${organizationId}.${secret}`;
