import { Type } from '@nestjs/common';
import { Field, FieldMiddleware, Int, ObjectType } from '@nestjs/graphql';
import { BadUserInputError } from './bridge-errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when the query asks for it (see countWhenAsked). */
  totalCount: () => Promise<number>;
}

/** Runs a connection's count when, and only when, the query selects totalCount. */
const countWhenAsked: FieldMiddleware = async (_context, next) => {
  const count: unknown = await next();
  return typeof count === 'function' ? (count as () => Promise<number>)() : count;
};

/** Relay-style connection type for a node type, as in the NestJS code-first pagination recipe. */
export function ConnectionType<T>(nodeType: Type<T>): Type<Connection<T>> {
  @ObjectType(`${nodeType.name}Edge`)
  abstract class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionTypeClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: 'All matches of the filter, not only this page.',
      middleware: [countWhenAsked],
    })
    totalCount!: () => Promise<number>;
  }
  return ConnectionTypeClass as Type<Connection<T>>;
}

/** Cursors are opaque to clients: base64url of the sort key of the last row. */
export function encodeCursor(sortKey: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(sortKey)).toString('base64url');
}

/** What each part of a cursor's sort key must be, so a forged cursor never reaches a query. */
export type CursorPart = 'text' | 'uuid' | 'timestamp';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isPart(value: unknown, part: CursorPart): value is string {
  if (typeof value !== 'string') return false;
  if (part === 'uuid') return UUID_PATTERN.test(value);
  if (part === 'timestamp') return !Number.isNaN(Date.parse(value));
  return value.length <= 500;
}

/** The sort key of a cursor this API returned, checked part by part against the shape the caller sorts by. */
export function decodeCursor(cursor: string, shape: readonly CursorPart[], argument = 'after'): string[] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === shape.length &&
      decoded.every((value, index) => isPart(value, shape[index]))
    ) {
      return decoded as string[];
    }
  } catch {
    // falls through to the error below: a cursor the client made up or mangled
  }
  throw new BadUserInputError(argument, `${argument} is not a cursor this API returned`);
}

export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: () => Promise<number>,
  sortKey: (row: T) => (string | number)[],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}
