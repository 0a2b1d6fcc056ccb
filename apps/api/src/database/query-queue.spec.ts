import type { QueryRunner } from 'typeorm';
import { queueQueries } from './query-queue';

/** A runner whose queries take a tick each, recording how many ran at once and in which order. */
function slowRunner() {
  const seen = { running: 0, most: 0, order: [] as string[] };
  const runner = {
    query: async (sql: string) => {
      seen.running++;
      seen.most = Math.max(seen.most, seen.running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.running--;
      seen.order.push(sql);
      if (sql === 'FAIL') throw new Error('syntax error');
      return [{ sql }];
    },
  } as unknown as QueryRunner;
  return { runner, seen };
}

describe('queueQueries', () => {
  it('runs queries asked at once one after another, in the order asked', async () => {
    const { runner, seen } = slowRunner();
    queueQueries(runner);
    const answers = await Promise.all(['A', 'B', 'C'].map((sql) => runner.query(sql)));
    expect(answers).toEqual([[{ sql: 'A' }], [{ sql: 'B' }], [{ sql: 'C' }]]);
    expect(seen.most).toBe(1);
    expect(seen.order).toEqual(['A', 'B', 'C']);
  });

  it('fails only the caller of a failing query; the next still runs', async () => {
    const { runner, seen } = slowRunner();
    queueQueries(runner);
    const [failed, after] = await Promise.allSettled([runner.query('FAIL'), runner.query('D')]);
    expect(failed).toMatchObject({ status: 'rejected', reason: new Error('syntax error') });
    expect(after).toEqual({ status: 'fulfilled', value: [{ sql: 'D' }] });
    expect(seen.most).toBe(1);
  });

  it('without it, the same queries overlap (what pg deprecates)', async () => {
    const { runner, seen } = slowRunner();
    await Promise.all(['A', 'B'].map((sql) => runner.query(sql)));
    expect(seen.most).toBe(2);
  });
});
