import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DATABASE_URL } from '../database/database.tokens';

/** The PostgreSQL channel every API process listens on; payload `{"o": organizationId, "p": personId}`. */
export const NOTIFICATION_CHANNEL = 'bridge_notifications';

type Listener = () => void;

/**
 * Tells this process's live subscribers that someone's notifications changed. The signal travels
 * through PostgreSQL LISTEN/NOTIFY (sent in the writing transaction, delivered on commit), so a
 * notification written by one API replica reaches a browser connected to another; nothing is kept
 * in memory but the local subscriber list.
 */
@Injectable()
export class NotificationFanout implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationFanout.name);
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

  /** Calls `listener` whenever this person's notifications change; returns the unsubscribe function. */
  subscribe(organizationId: string, personId: string, listener: Listener): () => void {
    const key = `${organizationId}:${personId}`;
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
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'bridge-notifications',
    });
    client.on('notification', (message) => {
      if (message.channel !== NOTIFICATION_CHANNEL || !message.payload) return;
      try {
        const { o, p } = JSON.parse(message.payload) as { o: string; p: string };
        for (const listener of this.listeners.get(`${o}:${p}`) ?? []) listener();
      } catch (error: unknown) {
        this.logger.warn({ err: error }, 'Ignored a malformed notification signal');
      }
    });
    client.on('error', (error) => {
      if (this.stopping) return;
      this.logger.error({ err: error }, 'Lost the notification channel; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.connect().then(
        // Subscribers may have missed a signal while disconnected: wake them all to recount.
        () => this.listeners.forEach((set) => set.forEach((listener) => listener())),
        () => this.scheduleReconnect(),
      );
    }, 1000);
  }
}
