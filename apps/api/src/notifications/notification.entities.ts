import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { NotificationKind } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/** Something a person should know about, shown in their notification centre. */
@Entity('notification')
@Index('ix_notification_recipient', ['organizationId', 'recipientId', 'createdAt', 'id'])
@Index('ix_notification_unread', ['organizationId', 'recipientId'], { where: 'read_at IS NULL' })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_notification_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'recipientId'], ['organizationId', 'id'], {
  name: 'fk_notification_recipient',
})
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'recipient_id' })
  recipientId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  /** Where in the web client the notification leads, e.g. /consent-requests. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

export type EmailStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';

/**
 * E-mails to send, written in the same transaction as what they announce (the outbox pattern), and
 * delivered by a job. A message is claimed (SENDING) before it goes out, so it is never sent twice.
 */
@Entity('email_outbox')
@Index('ix_email_outbox_status', ['status', 'createdAt'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_email_outbox_organization' })
export class EmailOutboxEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'to_address' })
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  body!: string;

  @Column('text')
  status!: EmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
