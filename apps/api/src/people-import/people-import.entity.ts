import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import type { ImportProblem } from './people-csv';

export type PeopleImportStatus = 'DRY_RUN' | 'INVALID' | 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** One upload of an HR export: its report, and its progress while a background job applies it. */
@Entity('people_import')
@Index('ix_people_import_created', ['organizationId', 'createdAt'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'fk_people_import_organization' })
@ForeignKey(() => PersonEntity, ['organizationId', 'requestedById'], ['organizationId', 'id'], {
  name: 'fk_people_import_requested_by',
})
export class PeopleImportEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'requested_by_id' })
  requestedById!: string;

  @Column({ type: 'text', name: 'file_name', nullable: true })
  fileName!: string | null;

  @Column({ type: 'boolean', name: 'dry_run' })
  dryRun!: boolean;

  @Column('text')
  status!: PeopleImportStatus;

  @Column({ type: 'integer', name: 'total_rows', default: 0 })
  totalRows!: number;

  @Column({ type: 'integer', name: 'processed_rows', default: 0 })
  processedRows!: number;

  @Column({ type: 'integer', name: 'created_count', default: 0 })
  createdCount!: number;

  @Column({ type: 'integer', name: 'updated_count', default: 0 })
  updatedCount!: number;

  @Column({ type: 'integer', name: 'unchanged_count', default: 0 })
  unchangedCount!: number;

  @Column({ type: 'integer', name: 'units_created_count', default: 0 })
  unitsCreatedCount!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems!: ImportProblem[];

  /** Which header of the file was read as which field, shown back to the admin. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  columns!: Record<string, string>;

  /** The file itself, kept only until the job has applied it. */
  @Column({ type: 'text', nullable: true, select: false })
  csv!: string | null;

  @Column({ type: 'text', name: 'failure_message', nullable: true })
  failureMessage!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
