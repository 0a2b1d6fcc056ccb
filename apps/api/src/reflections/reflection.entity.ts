import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { PlacementEntity } from '../placements/placement.entity';

/**
 * A candidate's own account of how they led, beside what observers saw. Private to its author until
 * they share it with HR; never evidence in readiness, which counts observations only.
 */
@Entity('reflection')
@Index('ix_reflection_author', ['organizationId', 'authorId', 'writtenAt'])
@Check('ck_reflection_text_length', 'char_length(text) BETWEEN 1 AND 4000')
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_reflection_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'authorId'], ['organizationId', 'id'], {
  name: 'fk_reflection_author',
})
@ForeignKey(() => PlacementEntity, ['organizationId', 'placementId'], ['organizationId', 'id'], {
  name: 'fk_reflection_placement',
})
export class ReflectionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  /** The candidate who wrote it, about themselves. */
  @Column({ type: 'uuid', name: 'author_id' })
  authorId!: string;

  @Column('text')
  text!: string;

  /** One of the author's placements it is about. */
  @Column({ type: 'uuid', name: 'placement_id', nullable: true })
  placementId!: string | null;

  /** The framework capability it is about. */
  @Column({ type: 'text', name: 'capability_key', nullable: true })
  capabilityKey!: string | null;

  @Column({ type: 'boolean', name: 'shared_with_hr', default: false })
  sharedWithHr!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'written_at' })
  writtenAt!: Date;
}
