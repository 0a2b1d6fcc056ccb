import type { QueryRunner } from 'typeorm';

/**
 * A tenant transaction is one connection, and GraphQL resolves sibling fields (and DataLoader
 * batches) at once, so several may ask it a query at the same moment. pg queues such calls itself
 * today but deprecates it (pg@9 refuses them); the runner queues them here instead, in the order
 * asked. A failed query fails its own caller only: the queue goes on.
 */
export function queueQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}
