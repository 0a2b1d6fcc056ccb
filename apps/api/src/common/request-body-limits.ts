import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError, Kind } from 'graphql';
import { PEOPLE_LIMITS } from '@bridge/domain';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { requestIdFor } from './logging';

/**
 * Every request body is small, except a signed-in import's, which carries a CSV of up to 20 MB in a
 * variable (with room for JSON's escaping). Which limit applies is decided before a byte of the body
 * is read: the client names the import in a header and its bearer token must verify. After parsing,
 * a large body must really hold only the import (see importOnlyPlugin).
 */
export const BODY_LIMITS = {
  standardBytes: 1024 * 1024,
  importBytes: PEOPLE_LIMITS.maxImportBytes + 5 * 1024 * 1024,
} as const;

/** The header the web client sends with an import: `X-Bridge-Operation: importPeople`. */
export const OPERATION_HEADER = 'x-bridge-operation';
export const IMPORT_OPERATION = 'importPeople';

const logger = new Logger('RequestBody');

interface MeasuredRequest extends Request {
  bodyBytes?: number;
}

interface BodyParserError {
  type?: string;
  status?: number;
}

const measure = (request: MeasuredRequest, _response: Response, body: Buffer): void => {
  request.bodyBytes = body.length;
};

const kilobytes = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en')} kB`;

/** An error shaped as GraphQL clients read them, for requests refused before GraphQL sees them. */
function refuse(
  request: Request,
  response: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  const requestId = requestIdFor(request, response);
  logger.log({ requestId, status, code: extensions['code'], url: request.path }, 'Request body refused');
  // The unread rest of an oversize body is not worth waiting for.
  if (status === 413) response.setHeader('Connection', 'close');
  response.status(status).json({ errors: [{ message, extensions: { ...extensions, requestId } }] });
}

function refuseParserError(
  request: Request,
  response: Response,
  error: BodyParserError,
  limit: number,
): void {
  if (error.type === 'request.aborted') {
    // The client went away mid-body: nobody is left to answer, and it is not a fault.
    logger.debug({ url: request.path }, 'Client abandoned the request while sending its body');
    return;
  }
  if (error.type === 'entity.too.large') {
    refuse(
      request,
      response,
      413,
      `The request is larger than ${kilobytes(limit)}, the most this server accepts.`,
      {
        code: 'PAYLOAD_TOO_LARGE',
        limitBytes: limit,
      },
    );
    return;
  }
  if (error.type === 'entity.parse.failed') {
    refuse(request, response, 400, 'The request body is not valid JSON.', { code: 'BAD_REQUEST' });
    return;
  }
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
  refuse(request, response, status, 'The request body could not be read.', { code: 'BAD_REQUEST' });
}

/** True when the request names the import and its bearer token is one of ours: a cheap check, no database. */
async function isSignedInImport(
  request: Request,
  verify: (token: string) => Promise<unknown>,
): Promise<boolean> {
  if (request.headers[OPERATION_HEADER] !== IMPORT_OPERATION) return false;
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  return token !== '' && (await verify(token)) !== undefined;
}

/** JSON body parsing with the limits above, and the query text bounded apart from the variables. */
export function requestBodyLimits(verifyToken: (token: string) => Promise<unknown>): RequestHandler {
  const standard = json({ limit: BODY_LIMITS.standardBytes, verify: measure });
  const large = json({ limit: BODY_LIMITS.importBytes, verify: measure });
  return (request: Request, response: Response, next: NextFunction) => {
    void isSignedInImport(request, verifyToken).then((importing) => {
      const limit = importing ? BODY_LIMITS.importBytes : BODY_LIMITS.standardBytes;
      (importing ? large : standard)(request, response, (error?: unknown) => {
        if (error) return refuseParserError(request, response, error as BodyParserError, limit);
        const query: unknown = (request.body as { query?: unknown } | undefined)?.query;
        if (typeof query === 'string' && Buffer.byteLength(query) > GRAPHQL_LIMITS.maxQueryBytes) {
          return refuse(
            request,
            response,
            413,
            `The query text is larger than ${kilobytes(GRAPHQL_LIMITS.maxQueryBytes)}, the most this server accepts. Send data in variables.`,
            { code: 'PAYLOAD_TOO_LARGE', limitBytes: GRAPHQL_LIMITS.maxQueryBytes },
          );
        }
        next();
      });
    }, next);
  };
}

interface ContextWithRequest extends BaseContext {
  req?: MeasuredRequest;
}

/**
 * A body over the standard limit was let in for an import: refuse it unless the operation is
 * exactly that, so the header cannot smuggle a large body into anything else.
 */
export const importOnlyPlugin: ApolloServerPlugin<ContextWithRequest> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if ((contextValue.req?.bodyBytes ?? 0) <= BODY_LIMITS.standardBytes) return;
        const onlyImport =
          operation?.operation === 'mutation' &&
          operation.selectionSet.selections.every(
            (selection) => selection.kind === Kind.FIELD && selection.name.value === IMPORT_OPERATION,
          );
        if (onlyImport) return;
        throw new GraphQLError(
          `The request is larger than ${kilobytes(BODY_LIMITS.standardBytes)}, the most this server accepts for anything but an import.`,
          {
            extensions: {
              code: 'PAYLOAD_TOO_LARGE',
              limitBytes: BODY_LIMITS.standardBytes,
              http: { status: 413 },
            },
          },
        );
      },
    };
  },
};
