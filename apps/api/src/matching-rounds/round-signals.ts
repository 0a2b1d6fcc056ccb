import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { DATABASE_URL } from '../database/database.tokens';
import type { MatchingRoundStatus } from './matching-round.entity';

/** The PostgreSQL channel of round changes; payload `{"o": organizationId, "r": roundId, "s": status}`. */
export const ROUND_CHANNEL = 'bridge_matching_rounds';

type Listener = (status: MatchingRoundStatus) => void;

/**
 * Tells this process that a matching round changed (progress, status), wherever it was written: the
 * round's job may run on another API replica than the browser watching it, or than the request that
 * cancels it. The signal travels by LISTEN/NOTIFY, sent in the writing transaction.
 */
@Injectable()
export class RoundSignals implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RoundSignals.name);
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Client | undefined;
  private stopping = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  /** Signals, in the transaction that changed the round (delivered when it commits). */
  static async send(
    manager: EntityManager,
    organizationId: string,
    roundId: string,
    status: MatchingRoundStatus,
  ): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [
      ROUND_CHANNEL,
      JSON.stringify({ o: organizationId, r: roundId, s: status }),
    ]);
  }

  /** Calls `listener` whenever the round changes; returns the unsubscribe function. */
  subscribe(organizationId: string, roundId: string, listener: Listener): () => void {
    const key = `${organizationId}:${roundId}`;
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'bridge-rounds' });
    client.on('notification', (message) => {
      if (message.channel !== ROUND_CHANNEL || !message.payload) return;
      try {
        const { o, r, s } = JSON.parse(message.payload) as { o: string; r: string; s: MatchingRoundStatus };
        for (const listener of this.listeners.get(`${o}:${r}`) ?? []) listener(s);
      } catch (error: unknown) {
        this.logger.warn({ err: error }, 'Ignored a malformed round signal');
      }
    });
    client.on('error', (error) => {
      if (this.stopping) return;
      this.logger.error({ err: error }, 'Lost the round channel; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${ROUND_CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.connect().then(
        // A signal may have been missed while disconnected: wake everyone to read the round again.
        () => this.listeners.forEach((set) => set.forEach((listener) => listener('RUNNING'))),
        () => this.scheduleReconnect(),
      );
    }, 1000);
  }
}
