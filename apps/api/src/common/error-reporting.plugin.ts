import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { clientErrorOf } from './format-graphql-error';

/**
 * Apollo Server's own messages, as JSON lines like the rest. Its errors (a request it could not
 * process) are reported with their request id by errorReportingPlugin, so here they are a warning.
 */
const apolloMessages = new Logger('Apollo');

export const apolloLogger: NonNullable<ApolloServerOptions<BaseContext>['logger']> = {
  debug: (message: unknown) => apolloMessages.debug(String(message)),
  info: (message: unknown) => apolloMessages.log(String(message)),
  warn: (message: unknown) => apolloMessages.warn(String(message)),
  error: (message: unknown) => apolloMessages.warn(String(message)),
};

const logger = new Logger('GraphQL');

interface ContextWithRequest extends BaseContext {
  req?: { id?: unknown; socket?: { destroyed?: boolean } };
}

const requestIdOf = (context: ContextWithRequest): string | undefined =>
  typeof context.req?.id === 'string' ? context.req.id : undefined;

/** The client closed the connection before its answer: what fails after that fails for nobody. */
const abandoned = (context: ContextWithRequest): boolean => context.req?.socket?.destroyed === true;

function reportFault(context: ContextWithRequest, details: Record<string, unknown>, message: string): void {
  const requestId = requestIdOf(context);
  if (abandoned(context)) {
    logger.log(
      { requestId, path: details['path'] },
      'The client went away before its answer; its request was abandoned',
    );
  } else {
    logger.error({ requestId, ...details }, message);
  }
}

/**
 * The one place GraphQL errors are logged. A client's mistake (bad input, no permission, a malformed
 * query) is routine: a debug line with its code, no stack, so nobody can raise alerts by sending
 * junk. A fault on our side is one error line with the request id, which the client gets as
 * `extensions.requestId` to quote when reporting it; unless the client had gone already.
 */
export const errorReportingPlugin: ApolloServerPlugin<ContextWithRequest> = {
  // A hook of another plugin failed (a commit, say): Apollo answers a bare 500, this says why.
  async unexpectedErrorProcessingRequest({ requestContext, error }) {
    reportFault(
      requestContext.contextValue,
      { err: error },
      'Unexpected error while processing a GraphQL request',
    );
  },
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        const operation = operationName?.slice(0, 100);
        for (const error of errors) {
          const known = clientErrorOf(error);
          if (known) {
            logger.debug(
              {
                requestId: requestIdOf(contextValue),
                operationName: operation,
                code: known.extensions['code'],
                path: error.path,
              },
              'GraphQL request refused',
            );
          } else {
            const err = error instanceof GraphQLError ? (error.originalError ?? error) : error;
            reportFault(
              contextValue,
              { operationName: operation, err, path: error.path },
              'Unexpected error while resolving a GraphQL request',
            );
          }
        }
      },
      async willSendResponse({ response, contextValue }) {
        const requestId = requestIdOf(contextValue);
        if (response.body.kind !== 'single' || !response.body.singleResult.errors || !requestId) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
          error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR'
            ? { ...error, extensions: { ...error.extensions, requestId } }
            : error,
        );
      },
    };
  },
};
