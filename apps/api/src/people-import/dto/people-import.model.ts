import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PeopleImportEntity } from '../people-import.entity';
import { PEOPLE_FIELDS, PeopleField } from '../people-csv';

export enum PeopleImportStatusValue {
  DRY_RUN = 'DRY_RUN',
  INVALID = 'INVALID',
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(PeopleImportStatusValue, {
  name: 'PeopleImportStatus',
  description:
    'DRY_RUN: a report only, nothing changed. INVALID: rows have problems, nothing changed. QUEUED/RUNNING: being applied. ' +
    'SUCCEEDED: applied. FAILED: could not be applied, nothing changed.',
});

@ObjectType('ImportProblem', {
  description: 'One problem in one cell; row 1 is the header, as in a spreadsheet.',
})
export class ImportProblemModel {
  @Field(() => Int)
  row!: number;

  @Field()
  column!: string;

  @Field()
  message!: string;
}

@ObjectType('ImportColumn', { description: 'Which header of the file was read as which field.' })
export class ImportColumnModel {
  @Field()
  field!: string;

  @Field()
  header!: string;
}

@ObjectType('PeopleImport')
export class PeopleImportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PeopleImportStatusValue)
  status!: PeopleImportStatusValue;

  @Field()
  dryRun!: boolean;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => Int, { description: 'People rows in the file (the header not counted).' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows written so far while the import runs.' })
  processedRows!: number;

  @Field(() => Int, { description: 'People created (or that would be, for a dry run).' })
  createdCount!: number;

  @Field(() => Int)
  updatedCount!: number;

  @Field(() => Int)
  unchangedCount!: number;

  @Field(() => Int)
  unitsCreatedCount!: number;

  @Field(() => [ImportColumnModel])
  columns!: ImportColumnModel[];

  @Field(() => [ImportProblemModel])
  problems!: ImportProblemModel[];

  @Field(() => String, { nullable: true })
  failureMessage!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  static fromEntity(entity: PeopleImportEntity): PeopleImportModel {
    return Object.assign(new PeopleImportModel(), {
      id: entity.id,
      status: entity.status as PeopleImportStatusValue,
      dryRun: entity.dryRun,
      fileName: entity.fileName,
      totalRows: entity.totalRows,
      processedRows: entity.processedRows,
      createdCount: entity.createdCount,
      updatedCount: entity.updatedCount,
      unchangedCount: entity.unchangedCount,
      unitsCreatedCount: entity.unitsCreatedCount,
      // jsonb does not keep key order; list the columns in the order of the fields.
      columns: PEOPLE_FIELDS.filter((field: PeopleField) => entity.columns[field] !== undefined).map(
        (field) => ({
          field,
          header: entity.columns[field],
        }),
      ),
      problems: entity.problems,
      failureMessage: entity.failureMessage,
      createdAt: entity.createdAt,
      finishedAt: entity.finishedAt,
    });
  }
}
