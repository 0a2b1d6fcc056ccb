import { GraphQLError } from 'graphql';
import type { ErrorReason, PolicyDecision } from '@bridge/domain';

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

/** `reason` says which rule refused, for clients to decide on (see ErrorReason in @bridge/domain). */
export class ForbiddenError extends BridgeError {
  constructor(
    readonly reason: ErrorReason,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super('FORBIDDEN', message, { reason, ...extensions });
  }

  /** The policy's refusal, as an error. */
  static from(decision: Extract<PolicyDecision, { allowed: false }>): ForbiddenError {
    return new ForbiddenError(decision.reason, decision.message);
  }
}

/** Also used for ids of another tenant: the message never hints that the record exists elsewhere. */
export class NotFoundError extends BridgeError {
  constructor(kind: string, id: string) {
    super('NOT_FOUND', `No ${kind} with id ${id}.`, { kind, id });
  }
}

/** A state conflict; `reason` says which rule, and capacity conflicts add their numbers. */
export class ConflictError extends BridgeError {
  constructor(
    readonly reason: ErrorReason,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super('CONFLICT', message, { reason, ...extensions });
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
