import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { BridgeError } from './bridge-errors';

/** Codes of malformed or oversize requests (Apollo's own and the limits'); their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
]);

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'TOO_MANY_REQUESTS',
};

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Try again.';

/**
 * What a client may see of an error it caused (bad input, no permission, a conflict, a malformed
 * request); undefined for everything else, which is a fault on our side.
 */
export function clientErrorOf(
  error: unknown,
  code: unknown = error instanceof GraphQLError ? error.extensions?.['code'] : undefined,
): { message: string; extensions: Record<string, unknown> } | undefined {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof BridgeError) {
    // `http` sets the response status (see string-hygiene.plugin.ts); Apollo reads it, the client need not.
    const extensions = { ...original.extensions };
    delete extensions['http'];
    return { message: original.message, extensions };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code) return { message: original.message, extensions: { code } };
  }
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && error instanceof GraphQLError) {
    return { message: error.message, extensions: { code } };
  }
  return undefined;
}

/**
 * Keeps stack traces, SQL and internal messages away from clients: only our own errors and
 * Apollo's request errors keep their message; everything else becomes a generic internal error,
 * logged once by error-reporting.plugin.ts.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const location = { locations: formatted.locations, path: formatted.path };
  const known = clientErrorOf(error, formatted.extensions?.['code']);
  if (known) return { ...known, ...location };
  return { message: INTERNAL_ERROR_MESSAGE, ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
