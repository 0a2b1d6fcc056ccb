import { ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { BridgeError, BridgeErrorCode } from './bridge-errors';

const HTTP_STATUS: Readonly<Record<BridgeErrorCode, number>> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Nest logs every exception a resolver throws, client mistakes included, at error level with a stack;
 * GraphQL errors are logged once, by error-reporting.plugin.ts, so here they only pass on to Apollo.
 * A plain HTTP route (the review packet) answers Bridge's errors with their HTTP status and the same
 * GraphQL-shaped body a client already reads; anything else keeps Nest's own handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (exception instanceof BridgeError) {
      const code = exception.extensions['code'] as BridgeErrorCode;
      const response = host.switchToHttp().getResponse<Response>();
      response
        .status(HTTP_STATUS[code])
        .json({ errors: [{ message: exception.message, extensions: exception.extensions }] });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
