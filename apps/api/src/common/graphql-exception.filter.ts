import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Nest logs every exception a resolver throws, client mistakes included, at error level with a stack;
 * GraphQL errors are logged once, by error-reporting.plugin.ts, so here they only pass on to Apollo.
 * HTTP routes keep Nest's own handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
