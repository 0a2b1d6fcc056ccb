import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ErrorReason, OpportunityStatus } from '@bridge/domain';
import { DEFAULT_TOP_K, FitWeights, weightProblems } from '@bridge/matching';
import type { Actor } from '../access/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/bridge-errors';
import { Connection, decodeCursor, toConnection } from '../common/connection';
import { TenantDatabase } from '../database/tenant-database';
import { JobQueue } from '../jobs/job-queue.service';
import { MatchingFactsService } from '../matching/matching-facts.service';
import { ACTIVE_ROUND_STATUSES, MatchingRoundEntity } from './matching-round.entity';
import { RoundSignals } from './round-signals';

export const ROUND_JOB = 'matching-round';

export interface RoundJob {
  organizationId: string;
  roundId: string;
}

export interface RoundRequest {
  opportunityIds?: readonly string[] | null;
  candidateIds?: readonly string[] | null;
  weights?: FitWeights | null;
  topK?: number | null;
}

/** The GraphQL input's name of each factor, so an error names the field the client sent. */
const UNIQUE_VIOLATION = '23505';

/**
 * HR's matching rounds: checks what HR chose and stores the round (the ids resolved, so a retried job
 * solves the same instance), queues the job that runs it (MatchingRoundRunner), lists and cancels.
 * The database lets one round per organization be queued or running.
 */
@Injectable()
export class MatchingRoundsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobQueue,
    private readonly facts: MatchingFactsService,
    private readonly signals: RoundSignals,
  ) {}

  async start(actor: Actor, request: RoundRequest): Promise<MatchingRoundEntity> {
    const organizationId = actor.organizationId;
    const weights = request.weights ?? (await this.facts.weights(organizationId));
    const [problem] = weightProblems(weights);
    if (problem)
      throw new BadUserInputError(
        problem.field === 'weights' ? 'input.weights' : `input.weights.${problem.field}`,
        problem.message,
      );
    const opportunityIds = await this.openOpportunities(organizationId, request.opportunityIds);
    const candidateIds = await this.candidatesWithProfile(organizationId, request.candidateIds);
    const round = this.db.manager().create(MatchingRoundEntity, {
      organizationId,
      id: randomUUID(),
      status: 'QUEUED',
      progress: 0,
      phase: 'QUEUED',
      opportunityIds,
      candidateIds,
      weights,
      topK: request.topK ?? DEFAULT_TOP_K,
      startedById: actor.personId,
      attempts: 0,
    });
    try {
      // In a savepoint: the unique index refusing a second round must not abort the request's transaction.
      await this.db.manager().transaction((manager) => manager.insert(MatchingRoundEntity, round));
    } catch (error: unknown) {
      const code =
        error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === UNIQUE_VIOLATION)
        throw new ConflictError(
          ErrorReason.ROUND_RUNNING,
          'A matching round is already queued or running. Wait for it to finish, or cancel it, then start again.',
        );
      throw error;
    }
    // Queued only once the row is committed, or the job could look for it before it exists.
    const job: RoundJob = { organizationId, roundId: round.id };
    this.db.afterCommit(() => this.jobs.enqueue(ROUND_JOB, job));
    return this.get(organizationId, round.id);
  }

  async get(organizationId: string, id: string): Promise<MatchingRoundEntity> {
    const round = await this.db.manager().findOneBy(MatchingRoundEntity, { organizationId, id });
    if (!round) throw new NotFoundError('matching round', id);
    return round;
  }

  /** Newest first. */
  async list(
    organizationId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<MatchingRoundEntity>> {
    const query = this.db
      .manager()
      .getRepository(MatchingRoundEntity)
      .createQueryBuilder('round')
      .where('round.organizationId = :organizationId', { organizationId });
    const counting = query.clone();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(round.createdAt, round.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('round.createdAt', 'DESC')
      .addOrderBy('round.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toConnection(
      rows,
      first,
      () => counting.getCount(),
      (row) => [row.createdAt.toISOString(), row.id],
    );
  }

  /** Stops a queued or running round; a running one's results are dropped when its job sees it. */
  async cancel(actor: Actor, id: string): Promise<MatchingRoundEntity> {
    const manager = this.db.manager();
    const round = await this.get(actor.organizationId, id);
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE matching_round SET status = 'CANCELLED', finished_at = now()
       WHERE organization_id = $1 AND id = $2 AND status = ANY($3::text[]) RETURNING id`,
      [actor.organizationId, id, ACTIVE_ROUND_STATUSES],
    );
    if (rows.length === 0)
      throw new ConflictError(
        ErrorReason.ROUND_FINISHED,
        `This matching round has already ${round.status === 'CANCELLED' ? 'been cancelled' : 'finished'}: there is nothing to cancel.`,
      );
    await RoundSignals.send(manager, actor.organizationId, id, 'CANCELLED');
    return this.get(actor.organizationId, id);
  }

  /**
   * The round's status and progress for a live subscription: at once, then after every change, and
   * ending after the round finishes. A plain iterator (not an async generator), so a client leaving
   * while it waits releases its listener at once; each read is a short transaction of its own.
   */
  async liveProgress<K extends string>(
    organizationId: string,
    roundId: string,
    field: K,
  ): Promise<AsyncIterableIterator<Record<K, MatchingRoundEntity>>> {
    await this.db.run(organizationId, async (manager) => {
      if (!(await manager.existsBy(MatchingRoundEntity, { organizationId, id: roundId })))
        throw new NotFoundError('matching round', roundId);
    });
    let changed = true;
    let done = false;
    let wake: (() => void) | undefined;
    const unsubscribe = this.signals.subscribe(organizationId, roundId, () => {
      changed = true;
      wake?.();
    });
    const finish = async (): Promise<IteratorResult<Record<K, MatchingRoundEntity>>> => {
      done = true;
      unsubscribe();
      wake?.();
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterableIterator<Record<K, MatchingRoundEntity>> = {
      next: async () => {
        while (!changed && !done) await new Promise<void>((resolve) => (wake = resolve));
        if (done) return { done: true, value: undefined };
        changed = false;
        const round = await this.db.run(organizationId, (manager) =>
          manager.findOneByOrFail(MatchingRoundEntity, { organizationId, id: roundId }),
        );
        // The finished round is the last value.
        if (!ACTIVE_ROUND_STATUSES.includes(round.status)) {
          done = true;
          unsubscribe();
        }
        return { done: false, value: { [field]: round } as Record<K, MatchingRoundEntity> };
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** The chosen opportunities (all open ones when none are named), each checked to be this tenant's and open. */
  private async openOpportunities(
    organizationId: string,
    chosen: readonly string[] | null | undefined,
  ): Promise<string[]> {
    const ids = chosen ? [...new Set(chosen)] : null;
    const rows: { id: string; title: string; status: OpportunityStatus }[] = await this.db.manager().query(
      `SELECT id, title, status FROM opportunity WHERE organization_id = $1
         AND ($2::uuid[] IS NULL AND status = '${OpportunityStatus.OPEN}' OR id = ANY($2::uuid[]))
       ORDER BY id`,
      [organizationId, ids],
    );
    if (ids) {
      const found = new Map(rows.map((row) => [row.id, row]));
      const missing = ids.find((id) => !found.has(id));
      if (missing) throw new NotFoundError('opportunity', missing);
      const notOpen = rows.find((row) => row.status !== OpportunityStatus.OPEN);
      if (notOpen)
        throw new BadUserInputError(
          'input.opportunityIds',
          `“${notOpen.title}” (${notOpen.id}) is not open: a round only proposes open opportunities. Leave it out.`,
        );
    }
    if (rows.length === 0)
      throw new BadUserInputError(
        'input.opportunityIds',
        ids
          ? 'Choose at least one open opportunity for the round.'
          : 'There are no open opportunities to match: publish one, then start the round.',
      );
    return rows.map((row) => row.id);
  }

  /** The chosen candidates (everyone active with a candidate profile when none are named). */
  private async candidatesWithProfile(
    organizationId: string,
    chosen: readonly string[] | null | undefined,
  ): Promise<string[]> {
    const ids = chosen ? [...new Set(chosen)] : null;
    const rows: { id: string; name: string; hasProfile: boolean }[] = await this.db.manager().query(
      `SELECT p.id, p.name, cp.person_id IS NOT NULL AS "hasProfile"
       FROM person p
       LEFT JOIN candidate_profile cp ON cp.organization_id = p.organization_id AND cp.person_id = p.id
       WHERE p.organization_id = $1 AND p.active
         AND ($2::uuid[] IS NULL AND cp.person_id IS NOT NULL OR p.id = ANY($2::uuid[]))
       ORDER BY p.id`,
      [organizationId, ids],
    );
    if (ids) {
      const found = new Map(rows.map((row) => [row.id, row]));
      const missing = ids.find((id) => !found.has(id));
      if (missing) throw new NotFoundError('candidate', missing);
      const withoutProfile = rows.find((row) => !row.hasProfile);
      if (withoutProfile)
        throw new BadUserInputError(
          'input.candidateIds',
          `${withoutProfile.name} (${withoutProfile.id}) has no candidate profile, so has no time or limits to match against. Leave them out.`,
        );
    }
    if (rows.length === 0)
      throw new BadUserInputError(
        'input.candidateIds',
        ids
          ? 'Choose at least one candidate for the round.'
          : 'No one has a candidate profile yet, so there is no one to match.',
      );
    return rows.map((row) => row.id);
  }
}
