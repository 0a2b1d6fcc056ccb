import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TooManyRequestsError } from '../common/bridge-errors';

interface ThrottleRule {
  prefix: 'account' | 'address';
  /** The failure within the window that locks; further tries are refused until the lock runs out. */
  allowed: number;
  windowSeconds: number;
  /** First lock; each further failure while over the limit doubles it, up to maxLockSeconds. */
  lockSeconds: number;
  maxLockSeconds: number;
}

/** An account gets 5 tries per 15 minutes, an address 30 (an office shares one address). */
export const SIGN_IN_RULES: readonly ThrottleRule[] = [
  { prefix: 'account', allowed: 5, windowSeconds: 15 * 60, lockSeconds: 30, maxLockSeconds: 15 * 60 },
  { prefix: 'address', allowed: 30, windowSeconds: 15 * 60, lockSeconds: 60, maxLockSeconds: 15 * 60 },
];

/**
 * Kept in PostgreSQL, so every API replica counts the same failures; one statement per key, so
 * concurrent failures are all counted.
 */
@Injectable()
export class SignInThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Refuses before any password is checked while the account or the address is locked. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const rows: { locked_for: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS locked_for
       FROM sign_in_throttle WHERE key = ANY($1) AND locked_until > now()
       ORDER BY locked_until DESC LIMIT 1`,
      [this.keys(email, address)],
    );
    if (rows.length > 0) throw new TooManyRequestsError(rows[0].locked_for);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    for (const [index, rule] of SIGN_IN_RULES.entries()) {
      await this.dataSource.query(
        `INSERT INTO sign_in_throttle AS t (key, failures, window_started_at, locked_until)
         VALUES ($1, 1, now(), NULL)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $3) THEN now() ELSE t.window_started_at END,
           locked_until = CASE
             WHEN t.window_started_at >= now() - make_interval(secs => $3) AND t.failures + 1 >= $2
             THEN now() + make_interval(secs => least($5, $4 * power(2, t.failures + 1 - $2)))
             ELSE t.locked_until END`,
        [keys[index], rule.allowed, rule.windowSeconds, rule.lockSeconds, rule.maxLockSeconds],
      );
    }
  }

  /** A successful sign-in clears the account's count; the address keeps its own. */
  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_throttle WHERE key = $1', [this.keys(email, '')[0]]);
  }

  private keys(email: string, address: string): string[] {
    return [`account:${email.trim().toLowerCase()}`, `address:${address}`];
  }
}
