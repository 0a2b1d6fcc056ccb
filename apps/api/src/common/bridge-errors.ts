import { GraphQLError } from 'graphql';

/**
 * The only errors a client ever sees. Each carries the code DESIGN section 4 promises;
 * anything else is reported as an internal error without detail (see format-graphql-error.ts).
 */
export type BridgeErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export abstract class BridgeError extends GraphQLError {
  protected constructor(code: BridgeErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class BadUserInputError extends BridgeError {
  /** `field` is the argument path a client can point at, e.g. `filter.search` or `csv`. */
  constructor(
    readonly field: string,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super('BAD_USER_INPUT', message, { field, ...extensions });
  }
}

export class UnauthenticatedError extends BridgeError {
  constructor(message = 'Sign in to continue.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends BridgeError {
  constructor(message = 'You do not have permission to do this.') {
    super('FORBIDDEN', message);
  }
}

/** Also used for ids of another tenant: the message never hints that the record exists elsewhere. */
export class NotFoundError extends BridgeError {
  constructor(kind: string, id: string) {
    super('NOT_FOUND', `No ${kind} with id ${id}.`, { kind, id });
  }
}

export class ConflictError extends BridgeError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

/** Sign-in throttled: says when to try again, in seconds and in `extensions.retryAfterSeconds`. */
export class TooManyRequestsError extends BridgeError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, {
      retryAfterSeconds,
    });
  }
}
