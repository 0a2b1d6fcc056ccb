import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

export type AuditAction =
  | 'sign-in'
  | 'signed-out-everywhere'
  | 'roles.changed'
  | 'people.imported'
  | 'password.changed'
  | 'password.reset-issued'
  | 'password.reset'
  | 'framework.changed'
  | 'promotion-review.opened'
  | 'promotion-review.decided'
  | 'promotion-review.packet-downloaded'
  | 'invitation.sent';

/** Plain JSON facts about the event, enough to describe it after its subject has changed. */
export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

/** Who did what, when: written in the same transaction as the change it records, never edited. */
@Entity('audit_event')
@Index('ix_audit_event_occurred', ['organizationId', 'occurredAt', 'id'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_audit_event_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'actorId'], ['organizationId', 'id'], {
  name: 'fk_audit_event_actor',
})
@ForeignKey(() => PersonEntity, ['organizationId', 'subjectPersonId'], ['organizationId', 'id'], {
  name: 'fk_audit_event_subject',
})
export class AuditEventEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt!: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: AuditAction;

  @Column({ type: 'uuid', name: 'subject_person_id', nullable: true })
  subjectPersonId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: AuditDetails;
}
