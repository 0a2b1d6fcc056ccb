import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { BridgeError } from './bridge-errors';

const logger = new Logger('GraphQL');

/** Codes produced by Apollo itself for malformed requests; their messages are safe to show. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
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

/**
 * Keeps stack traces, SQL and internal messages away from clients: only our own errors and
 * Apollo's request errors keep their message; everything else becomes a generic internal error.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const location = { locations: formatted.locations, path: formatted.path };

  if (original instanceof BridgeError) {
    return { message: original.message, ...location, extensions: { ...original.extensions } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code) return { message: original.message, ...location, extensions: { code } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
    return { message: formatted.message, ...location, extensions: { code } };
  }
  logger.error({ err: original, path: formatted.path }, 'Unexpected error while resolving a GraphQL request');
  return {
    message: 'Something went wrong on our side. Try again.',
    ...location,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
