import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager, Repository } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import type { Actor } from '../access/actor';
import { BadUserInputError, NotFoundError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { JobQueue } from '../jobs/job-queue.service';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { PersonEntity } from '../people/person.entity';
import { ImportProblem, parsePeopleCsv, ParsedPeopleFile, PeopleFileError } from './people-csv';
import { PeopleImportEntity } from './people-import.entity';
import { PeopleImportPlan, PersonWrite, planPeopleImport, UnitWrite } from './people-import-plan';

const IMPORT_JOB = 'people-import';
/** Rows per INSERT/UPDATE statement, and how often progress is reported. */
const CHUNK_SIZE = 1000;

interface ImportJob {
  organizationId: string;
  importId: string;
}

export interface AppliedPlan {
  created: number;
  updated: number;
  unitsCreated: number;
}

/** Row by row: each row's own problems, then what the plan found about it. */
function allProblems(file: ParsedPeopleFile, plan: PeopleImportPlan): ImportProblem[] {
  return [...file.problems, ...plan.problems].sort((a, b) => a.row - b.row);
}

@Injectable()
export class PeopleImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PeopleImportService.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobQueue,
    private readonly auditLog: AuditLogService,
  ) {}

  private get imports(): Repository<PeopleImportEntity> {
    return this.db.manager().getRepository(PeopleImportEntity);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.handle<ImportJob>(IMPORT_JOB, (job) => this.runImport(job));
  }

  /**
   * Checks the whole file at once and records the report. A dry run or a file with problems stops
   * there, having changed nothing; a clean file is queued and applied by a background job.
   */
  async requestImport(
    actor: Actor,
    csv: string,
    dryRun: boolean,
    fileName: string | null,
  ): Promise<PeopleImportEntity> {
    let file: ParsedPeopleFile;
    try {
      file = parsePeopleCsv(csv);
    } catch (error: unknown) {
      if (error instanceof PeopleFileError) throw new BadUserInputError('csv', error.message);
      throw error;
    }
    const plan = await this.plan(this.db.manager(), actor.organizationId, file);
    const problems = allProblems(file, plan);
    const status = problems.length > 0 ? 'INVALID' : dryRun ? 'DRY_RUN' : 'QUEUED';
    const record = this.imports.create({
      organizationId: actor.organizationId,
      id: randomUUID(),
      requestedById: actor.personId,
      fileName,
      dryRun,
      status,
      totalRows: file.totalRows,
      processedRows: 0,
      createdCount: plan.creates.length,
      updatedCount: plan.updates.length,
      unchangedCount: plan.unchangedCount,
      unitsCreatedCount: plan.unitsToCreate.length,
      problems,
      columns: file.columns,
      csv: status === 'QUEUED' ? csv : null,
      failureMessage: null,
      finishedAt: status === 'QUEUED' ? null : new Date(),
    });
    await this.imports.insert(record);
    if (status === 'QUEUED') {
      // Queued only once the row is committed, or the job could look for it before it exists.
      const job: ImportJob = { organizationId: actor.organizationId, importId: record.id };
      this.db.afterCommit(() => this.jobs.enqueue(IMPORT_JOB, job));
    }
    return record;
  }

  async byId(organizationId: string, id: string): Promise<PeopleImportEntity> {
    const record = await this.imports.findOneBy({ organizationId, id });
    if (!record) throw new NotFoundError('people import', id);
    return record;
  }

  recent(organizationId: string, first: number): Promise<PeopleImportEntity[]> {
    return this.imports.find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: first });
  }

  /** Plans the rows against the organization as it is now, inside the caller's transaction. */
  async plan(
    manager: EntityManager,
    organizationId: string,
    file: ParsedPeopleFile,
  ): Promise<PeopleImportPlan> {
    const [existingPeople, existingUnits] = await Promise.all([
      manager.find(PersonEntity, { where: { organizationId } }),
      manager.find(OrgUnitEntity, { where: { organizationId }, select: { id: true, pathKey: true } }),
    ]);
    return planPeopleImport(file.rows, {
      existingPeople,
      existingUnits,
      managerColumn: file.columns.managerRef ?? 'manager',
      emailColumn: file.columns.email ?? 'email',
      newId: randomUUID,
      rejected: file.rejected,
    });
  }

  /** Writes a plan: units first, then people in chunks; foreign keys are deferred to commit. */
  async applyPlan(
    manager: EntityManager,
    organizationId: string,
    plan: PeopleImportPlan,
    onProgress: (written: number) => Promise<void> = async () => undefined,
  ): Promise<AppliedPlan> {
    await this.insertUnits(manager, organizationId, plan.unitsToCreate);
    let written = 0;
    for (let start = 0; start < plan.creates.length; start += CHUNK_SIZE) {
      const chunk = plan.creates.slice(start, start + CHUNK_SIZE);
      await this.insertPeople(manager, organizationId, chunk);
      written += chunk.length;
      await onProgress(written);
    }
    for (let start = 0; start < plan.updates.length; start += CHUNK_SIZE) {
      const chunk = plan.updates.slice(start, start + CHUNK_SIZE);
      await this.updatePeople(manager, organizationId, chunk);
      written += chunk.length;
      await onProgress(written);
    }
    return {
      created: plan.creates.length,
      updated: plan.updates.length,
      unitsCreated: plan.unitsToCreate.length,
    };
  }

  private async runImport({ organizationId, importId }: ImportJob): Promise<void> {
    const record = await this.db.run(organizationId, (manager) =>
      manager.findOne(PeopleImportEntity, {
        where: { organizationId, id: importId, status: 'QUEUED' },
        select: {
          id: true,
          csv: true,
          totalRows: true,
          unchangedCount: true,
          requestedById: true,
          fileName: true,
        },
      }),
    );
    if (!record?.csv) return;
    await this.db.run(organizationId, (manager) =>
      manager.update(PeopleImportEntity, { organizationId, id: importId }, { status: 'RUNNING' }),
    );
    const csv = record.csv;
    try {
      const outcome = await this.db.run(organizationId, async (manager) => {
        // One import at a time per organization: the plan must see the people the previous one wrote.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('people-import:' || $1))`, [
          organizationId,
        ]);
        const file = parsePeopleCsv(csv);
        const plan = await this.plan(manager, organizationId, file);
        const problems = allProblems(file, plan);
        if (problems.length > 0) return { problems, plan, applied: undefined };
        // Progress is written in transactions of its own, so the admin's page sees it while the import runs.
        const applied = await this.applyPlan(manager, organizationId, plan, (written) =>
          this.db
            .run(organizationId, (progress) =>
              progress.update(
                PeopleImportEntity,
                { organizationId, id: importId },
                { processedRows: record.unchangedCount + written },
              ),
            )
            .then(() => undefined),
        );
        await this.auditLog.record(
          {
            organizationId,
            actorId: record.requestedById,
            action: 'people.imported',
            details: {
              importId,
              fileName: record.fileName,
              created: applied.created,
              updated: applied.updated,
            },
          },
          manager,
        );
        return { problems, plan, applied };
      });
      if (!outcome.applied) {
        await this.finish(organizationId, importId, { status: 'INVALID', problems: outcome.problems });
      } else {
        await this.finish(organizationId, importId, {
          status: 'SUCCEEDED',
          processedRows: record.totalRows,
          createdCount: outcome.applied.created,
          updatedCount: outcome.applied.updated,
          unchangedCount: outcome.plan.unchangedCount,
          unitsCreatedCount: outcome.applied.unitsCreated,
        });
      }
    } catch (error: unknown) {
      this.logger.error({ err: error, importId }, 'People import failed');
      await this.finish(organizationId, importId, {
        status: 'FAILED',
        failureMessage:
          'The import could not be applied; nothing was changed. Try again, and contact support if it fails again.',
      });
    }
  }

  private async finish(
    organizationId: string,
    id: string,
    changes: Partial<PeopleImportEntity>,
  ): Promise<void> {
    await this.db.run(organizationId, (manager) =>
      manager.update(
        PeopleImportEntity,
        { organizationId, id },
        { ...changes, csv: null, finishedAt: new Date() },
      ),
    );
  }

  private async insertUnits(
    manager: EntityManager,
    organizationId: string,
    units: readonly UnitWrite[],
  ): Promise<void> {
    if (units.length === 0) return;
    await manager.query(
      `INSERT INTO org_unit (organization_id, id, name, kind, parent_id, path_key)
       SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[])`,
      [
        organizationId,
        units.map((unit) => unit.id),
        units.map((unit) => unit.name),
        units.map((unit) => unit.kind),
        units.map((unit) => unit.parentId),
        units.map((unit) => unit.pathKey),
      ],
    );
  }

  private personColumns(people: readonly PersonWrite[]): unknown[] {
    return [
      people.map((person) => person.id),
      people.map((person) => person.employeeId),
      people.map((person) => person.email),
      people.map((person) => person.name),
      people.map((person) => person.title),
      people.map((person) => person.level),
      people.map((person) => person.location),
      people.map((person) => person.unitId),
      people.map((person) => person.managerId),
      // unnest flattens 2-D arrays, so each person's roles travel as one comma-joined string.
      people.map((person) => person.roles.join(',')),
    ];
  }

  private async insertPeople(
    manager: EntityManager,
    organizationId: string,
    people: readonly PersonWrite[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO person (organization_id, id, employee_id, email, name, title, level, location, unit_id, manager_id, roles, active)
       SELECT $1, u.id, u.employee_id, u.email, u.name, u.title, u.level, u.location, u.unit_id, u.manager_id,
              string_to_array(u.roles, ','), true
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::uuid[], $11::text[])
         AS u(id, employee_id, email, name, title, level, location, unit_id, manager_id, roles)`,
      [organizationId, ...this.personColumns(people)],
    );
  }

  private async updatePeople(
    manager: EntityManager,
    organizationId: string,
    people: readonly PersonWrite[],
  ): Promise<void> {
    await manager.query(
      `UPDATE person AS p
       SET employee_id = u.employee_id, email = u.email, name = u.name, title = u.title, level = u.level,
           location = u.location, unit_id = u.unit_id, manager_id = u.manager_id,
           roles = string_to_array(u.roles, ','), active = true, updated_at = now()
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::uuid[], $11::text[])
         AS u(id, employee_id, email, name, title, level, location, unit_id, manager_id, roles)
       WHERE p.organization_id = $1 AND p.id = u.id`,
      [organizationId, ...this.personColumns(people)],
    );
  }
}
