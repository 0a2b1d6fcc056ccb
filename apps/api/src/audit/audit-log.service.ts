import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, Repository } from 'typeorm';
import { Connection, decodeCursor, toConnection } from '../common/connection';
import { TenantDatabase } from '../database/tenant-database';
import { AuditAction, AuditDetails, AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  organizationId: string;
  actorId: string | null;
  action: AuditAction;
  subjectPersonId?: string | null;
  details?: AuditDetails;
}

@Injectable()
export class AuditLogService {
  constructor(private readonly db: TenantDatabase) {}

  private get events(): Repository<AuditEventEntity> {
    return this.db.manager().getRepository(AuditEventEntity);
  }

  /** Pass the transaction's manager so the record commits (or not) with the change it describes. */
  async record(event: AuditRecord, manager: EntityManager = this.db.manager()): Promise<void> {
    await manager.insert(AuditEventEntity, {
      organizationId: event.organizationId,
      id: randomUUID(),
      actorId: event.actorId,
      action: event.action,
      subjectPersonId: event.subjectPersonId ?? null,
      details: event.details ?? {},
    });
  }

  /** Newest first, keyset-paginated on (occurred_at, id). */
  async list(
    organizationId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<AuditEventEntity>> {
    const query = this.events
      .createQueryBuilder('event')
      .where('event.organizationId = :organizationId', { organizationId });
    const counting = query.clone();
    if (after) {
      const [occurredAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(event.occurredAt, event.id) < (:occurredAt, :id)', {
        occurredAt,
        id,
      });
    }
    const rows = await query
      .orderBy('event.occurredAt', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toConnection(
      rows,
      first,
      () => counting.getCount(),
      (event) => [event.occurredAt.toISOString(), event.id],
    );
  }
}
