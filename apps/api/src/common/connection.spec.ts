import { BadUserInputError } from './bridge-errors';
import { decodeCursor, encodeCursor, toConnection } from './connection';

describe('connections', () => {
  it('round-trips a cursor', () => {
    const id = '7b0c5d1e-8a4f-4c7e-9d6a-2f3b4c5d6e7f';
    expect(decodeCursor(encodeCursor(['Ana Ruiz', id]), ['text', 'uuid'])).toEqual(['Ana Ruiz', id]);
    expect(decodeCursor(encodeCursor(['2026-11-21T10:00:00.000Z', id]), ['timestamp', 'uuid'])).toHaveLength(
      2,
    );
  });

  it.each([
    '',
    'not base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[{}]').toString('base64url'),
  ])('refuses the made-up cursor %j as bad input on the argument', (cursor) => {
    expect(() => decodeCursor(cursor, ['text', 'uuid'], 'after')).toThrow(BadUserInputError);
  });

  it('cuts the extra row into hasNextPage', () => {
    const page = toConnection(
      [1, 2, 3],
      2,
      () => Promise.resolve(10),
      (n) => [n],
    );
    expect(page.edges.map((edge) => edge.node)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(
      toConnection(
        [],
        2,
        () => Promise.resolve(0),
        (n: number) => [n],
      ).pageInfo,
    ).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
