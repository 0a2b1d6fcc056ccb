import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { IndicatorKind, TransitionKey, WarningPattern } from '@bridge/domain';
import { OrganizationEntity } from '../organizations/organization.entity';

/** An organization's own copy of a capability of the leadership framework, editable by its admins. */
@Entity('framework_capability')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], {
  name: 'fk_framework_capability_organization',
})
export class FrameworkCapabilityEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('text')
  key!: string;

  @Column('text')
  name!: string;

  @Column('text')
  description!: string;

  @Column('integer')
  position!: number;
}

/** A behaviour observers can see: a positive indicator or a warning sign of one capability. */
@Entity('framework_indicator')
@Index('uq_framework_indicator_key', ['organizationId', 'key'], { unique: true })
@Index('ix_framework_indicator_capability', ['organizationId', 'capabilityKey'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], {
  name: 'fk_framework_indicator_organization',
})
@ForeignKey(() => FrameworkCapabilityEntity, ['organizationId', 'capabilityKey'], ['organizationId', 'key'], {
  name: 'fk_framework_indicator_capability',
})
export class FrameworkIndicatorEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'capability_key' })
  capabilityKey!: string;

  @Column('text')
  key!: string;

  @Column('text')
  kind!: IndicatorKind;

  @Column('text')
  text!: string;

  @Column({ type: 'text', name: 'warning_pattern', nullable: true })
  warningPattern!: WarningPattern | null;

  @Column('integer')
  position!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /**
   * Set when an admin retires it: observers no longer see it, but it stays, so observations recorded
   * against it (which keep their own copy of its words) still name a key that exists.
   */
  @Column({ type: 'timestamptz', name: 'retired_at', nullable: true })
  retiredAt!: Date | null;
}

/** A Leadership Pipeline transition and the capabilities it emphasises, in the organization's copy. */
@Entity('framework_transition')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], {
  name: 'fk_framework_transition_organization',
})
export class FrameworkTransitionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('text')
  key!: TransitionKey;

  @Column('text')
  name!: string;

  @Column({ type: 'text', name: 'from_level' })
  fromLevel!: string;

  @Column({ type: 'text', name: 'to_level' })
  toLevel!: string;

  @Column('text')
  description!: string;

  /** The capabilities this transition needs most, in order. */
  @Column({ type: 'text', array: true, name: 'capability_keys' })
  capabilityKeys!: string[];
}
