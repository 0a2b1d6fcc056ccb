import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { escapeLiteral, PoolClient, QueryResult } from 'pg';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import { queueQueries } from './query-queue';

/** The tenant transaction of the work in progress: a signed-in request, a job, a seed. */
export interface TenantScope {
  organizationId?: string;
  queryRunner?: QueryRunner;
  /** Work that must only happen once the transaction has committed (queueing jobs about its rows). */
  afterCommit: (() => Promise<void>)[];
  /** The client went away (an aborted request): no transaction may be opened for it any more. */
  closed?: boolean;
  /** The request's transaction being opened (with its first read's rows), shared by every resolver that needs it. */
  opening?: Promise<unknown[]>;
}

/**
 * A read sent in the same round trip as the transaction's opening, after the tenant is set: values
 * go in as literals (`literal` quotes them), since a multi-statement message cannot carry parameters.
 */
export type FirstRead = (literal: (value: string) => string) => string;

export const tenantScopes = new AsyncLocalStorage<TenantScope>();

const SET_TENANT = `SELECT set_config('app.org_id', $1, true)`;
const logger = new Logger('TenantDatabase');

async function runAfterCommit(scope: TenantScope): Promise<void> {
  for (const work of scope.afterCommit.splice(0)) {
    try {
      await work();
    } catch (error: unknown) {
      logger.error({ err: error }, 'Work after commit failed');
    }
  }
}

/**
 * Every tenant's data is reached through a transaction that first sets app.org_id; PostgreSQL's
 * row-level security then refuses any other organization's rows. A signed-in request gets one such
 * transaction (opened by the auth guard, ended before the response is sent); jobs and tools open
 * their own with `run`. Services take their EntityManager from here, never from a bare repository.
 */
@Injectable()
export class TenantDatabase {
  private readonly columnLists = new Map<string, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * An entity's columns for a hand-written SELECT, each named as its property and read as TypeORM
   * reads it (a date as 'YYYY-MM-DD'), so the hot reads skip the query builder and its hydration
   * yet return the same rows.
   */
  columns(entity: EntityTarget<ObjectLiteral>, alias: string): string {
    const metadata = this.dataSource.getMetadata(entity);
    const key = `${metadata.name}:${alias}`;
    let list = this.columnLists.get(key);
    if (list === undefined) {
      list = metadata.columns
        .filter((column) => column.isSelect)
        .map(
          (column) =>
            `${alias}.${column.databaseName}${column.type === 'date' ? '::text' : ''} AS "${column.propertyName}"`,
        )
        .join(', ');
      this.columnLists.set(key, list);
    }
    return list;
  }

  /**
   * Starts the request's transaction for this organization; later calls in the same request reuse it.
   * Root fields of one operation are resolved concurrently and each passes the guard, so the opening
   * is shared as a promise: two transactions for one request would leave one open for ever. The
   * opening is one round trip: begin, set the tenant, and `firstRead` (the request's actor) if given,
   * whose rows it returns; later callers of the same request share the first caller's rows.
   */
  async beginRequest<T = unknown>(organizationId: string, firstRead?: FirstRead): Promise<T[]> {
    const scope = tenantScopes.getStore();
    if (!scope) throw new Error('No request scope: the tenant middleware must wrap every request.');
    if (scope.organizationId !== undefined && scope.organizationId !== organizationId)
      throw new Error('One request cannot act for two organizations.');
    scope.organizationId = organizationId;
    scope.opening ??= this.open(scope, organizationId, firstRead);
    return (await scope.opening) as T[];
  }

  private async open(scope: TenantScope, organizationId: string, firstRead?: FirstRead): Promise<unknown[]> {
    const runner = this.dataSource.createQueryRunner();
    let rows: unknown[] = [];
    let client: PoolClient | undefined;
    try {
      client = (await runner.connect()) as PoolClient;
      const statements = [
        'START TRANSACTION',
        `SELECT set_config('app.org_id', ${escapeLiteral(organizationId)}, true)`,
        ...(firstRead ? [firstRead(escapeLiteral)] : []),
      ];
      // One message, run in order: the read sees the tenant just set, so row-level security applies.
      const results = (await client.query(statements.join('; '))) as unknown as QueryResult[];
      if (firstRead) rows = results[2].rows;
      // The transaction was begun behind TypeORM's back: tell the runner, so commit, rollback and
      // nested transactions (savepoints) behave as after its own startTransaction().
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      queueQueries(runner);
    } catch (error: unknown) {
      // A failed statement leaves the begun transaction open (aborted): end it before the pool reuses it.
      await client?.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
    // A client that aborted while this was opening (a page reload, a cancelled query) will never
    // get a response, so nothing would end the transaction: it would sit idle holding its locks.
    if (scope.closed) {
      await runner.rollbackTransaction().finally(() => runner.release());
      throw new Error('The client closed the request before it started.');
    }
    scope.queryRunner = runner;
    return rows;
  }

  /** Commits (or rolls back) the request's transaction, if it opened one. Safe to call twice. */
  static async endRequest(scope: TenantScope, commit: boolean): Promise<void> {
    const runner = scope.queryRunner;
    if (!runner) return;
    scope.queryRunner = undefined;
    try {
      if (commit) await runner.commitTransaction();
      else await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
    if (commit) await runAfterCommit(scope);
  }

  /** Commits the request's transaction now, for routes outside GraphQL (whose plugin does it). */
  async commitRequest(): Promise<void> {
    const scope = tenantScopes.getStore();
    if (scope) await TenantDatabase.endRequest(scope, true);
  }

  /** The EntityManager of the current tenant transaction. */
  manager(): EntityManager {
    const runner = tenantScopes.getStore()?.queryRunner;
    if (!runner)
      throw new Error('No tenant transaction: call this inside a signed-in request or TenantDatabase.run().');
    return runner.manager;
  }

  /** Queues work for after the current transaction commits; dropped if it rolls back. */
  afterCommit(work: () => Promise<void>): void {
    const scope = tenantScopes.getStore();
    if (!scope?.queryRunner) throw new Error('No tenant transaction to wait for.');
    scope.afterCommit.push(work);
  }

  /**
   * A query outside any tenant, for the SECURITY DEFINER functions that answer the few questions
   * that span organizations (which organizations have overdue work); never for tenant tables.
   */
  unscopedQuery<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, parameters);
  }

  /** Runs work in a new transaction of its own for this organization (jobs, tools, sign-in). */
  async run<T>(organizationId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const scope: TenantScope = { organizationId, afterCommit: [] };
    const result = await this.dataSource.transaction(async (manager) => {
      if (manager.queryRunner) queueQueries(manager.queryRunner);
      await manager.query(SET_TENANT, [organizationId]);
      scope.queryRunner = manager.queryRunner;
      return tenantScopes.run(scope, () => work(manager));
    });
    await runAfterCommit(scope);
    return result;
  }
}
