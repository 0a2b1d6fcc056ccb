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

type RunnableImport = Pick<
  PeopleImportEntity,
  'csv' | 'totalRows' | 'unchangedCount' | 'requestedById' | 'fileName'
>;

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

  /**
   * Applies a queued import. The job's transaction first takes the import's own advisory lock and
   * holds it to the end, so a RUNNING import whose lock is free has lost its process (see
   * `failInterrupted`). The rows and the final status commit together: an import whose process died
   * changed nothing, and one that committed is never RUNNING, so it is never applied twice.
   */
  private async runImport({ organizationId, importId }: ImportJob): Promise<void> {
    try {
      await this.db.run(organizationId, async (manager) => {
        if (!(await this.takeRunLock(manager, importId))) return;
        const record = await this.start(organizationId, importId);
        if (!record?.csv) return;
        // One import at a time per organization: the plan must see the people the previous one wrote.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('people-import:' || $1))`, [
          organizationId,
        ]);
        const file = parsePeopleCsv(record.csv);
        const plan = await this.plan(manager, organizationId, file);
        const problems = allProblems(file, plan);
        if (problems.length > 0) {
          await this.finish(manager, organizationId, importId, { status: 'INVALID', problems });
          return;
        }
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
        await this.finish(manager, organizationId, importId, {
          status: 'SUCCEEDED',
          processedRows: record.totalRows,
          createdCount: applied.created,
          updatedCount: applied.updated,
          unchangedCount: plan.unchangedCount,
          unitsCreatedCount: applied.unitsCreated,
        });
      });
    } catch (error: unknown) {
      this.logger.error({ err: error, importId }, 'People import failed');
      await this.db.run(organizationId, (manager) =>
        this.finish(manager, organizationId, importId, {
          status: 'FAILED',
          failureMessage:
            'The import could not be applied; nothing was changed. Try again, and contact support if it fails again.',
        }),
      );
    }
  }

  /** QUEUED → RUNNING in a transaction of its own, so the admin sees it at once; undefined if no longer queued. */
  private start(organizationId: string, importId: string): Promise<RunnableImport | undefined> {
    return this.db.run(organizationId, async (manager) => {
      const [rows]: [RunnableImport[], number] = await manager.query(
        `UPDATE people_import SET status = 'RUNNING'
         WHERE organization_id = $1 AND id = $2 AND status = 'QUEUED'
         RETURNING csv, total_rows AS "totalRows", unchanged_count AS "unchangedCount",
                   requested_by_id AS "requestedById", file_name AS "fileName"`,
        [organizationId, importId],
      );
      return rows[0];
    });
  }

  /** Whether this transaction now holds the import's run lock (false: another worker holds it). */
  private async takeRunLock(manager: EntityManager, importId: string): Promise<boolean> {
    const [{ taken }]: { taken: boolean }[] = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('people-import-run:' || $1)) AS taken`,
      [importId],
    );
    return taken;
  }

  /**
   * Picks up imports a crashed process left behind: a RUNNING one whose run lock is free died with its
   * process and changed nothing, so it is marked FAILED with a reason the admin reads on the import
   * page; a QUEUED one that waited past `queuedBefore` lost its job (a crash between commit and
   * queueing) and is queued again — a second job for it finds it no longer QUEUED and does nothing.
   */
  async sweepInterrupted(queuedBefore: Date): Promise<{ failed: number; requeued: number }> {
    const unfinished: { organization_id: string; id: string; status: string }[] = await this.db.unscopedQuery(
      'SELECT * FROM bridge_unfinished_people_imports($1)',
      [queuedBefore],
    );
    let failed = 0;
    let requeued = 0;
    for (const { organization_id: organizationId, id, status } of unfinished) {
      if (status === 'QUEUED') {
        await this.jobs.enqueue<ImportJob>(IMPORT_JOB, { organizationId, importId: id });
        requeued += 1;
        continue;
      }
      const marked = await this.db.run(organizationId, async (manager) => {
        if (!(await this.takeRunLock(manager, id))) return false;
        await this.finish(manager, organizationId, id, {
          status: 'FAILED',
          failureMessage:
            'Bridge stopped while this import was being applied, so nothing was changed. Upload the file again.',
        });
        return true;
      });
      if (marked) failed += 1;
    }
    return { failed, requeued };
  }

  /** Ends a running import (only a running one: a swept import stays as the sweep left it). */
  private async finish(
    manager: EntityManager,
    organizationId: string,
    id: string,
    changes: Partial<PeopleImportEntity>,
  ): Promise<void> {
    await manager.update(
      PeopleImportEntity,
      { organizationId, id, status: 'RUNNING' },
      { ...changes, csv: null, finishedAt: new Date() },
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
      people.map((person) => person.joinedOn),
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
      `INSERT INTO person (organization_id, id, employee_id, email, name, title, level, location, joined_on, unit_id, manager_id, roles, active)
       SELECT $1, u.id, u.employee_id, u.email, u.name, u.title, u.level, u.location, u.joined_on, u.unit_id, u.manager_id,
              string_to_array(u.roles, ','), true
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::uuid[], $11::uuid[], $12::text[])
         AS u(id, employee_id, email, name, title, level, location, joined_on, unit_id, manager_id, roles)`,
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
           location = u.location, joined_on = u.joined_on, unit_id = u.unit_id, manager_id = u.manager_id,
           roles = string_to_array(u.roles, ','), active = true, updated_at = now()
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::uuid[], $11::uuid[], $12::text[])
         AS u(id, employee_id, email, name, title, level, location, joined_on, unit_id, manager_id, roles)
       WHERE p.organization_id = $1 AND p.id = u.id`,
      [organizationId, ...this.personColumns(people)],
    );
  }
}
