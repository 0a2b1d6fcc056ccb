import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per account (e-mail) and per client address. Not tenant data: an e-mail may exist
 * in several organizations and an attacker does not say which one they aim at.
 */
@Entity('sign_in_throttle')
export class SignInThrottleEntity {
  /** `account:<e-mail>` or `address:<ip>`. */
  @PrimaryColumn('text')
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ type: 'timestamptz', name: 'window_started_at' })
  windowStartedAt!: Date;

  @Column({ type: 'timestamptz', name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;
}
