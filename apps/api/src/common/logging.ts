import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';

/** An incoming X-Request-Id is kept when it looks like an id (a proxy's or a client's), else one is made. */
const SANE_REQUEST_ID = /^[\w.:-]{1,64}$/;
/** Bounds a log line's share of text a client chose (an error message quoting input, a stack line). */
const MAX_TEXT = 300;
const MAX_STACK_LINES = 30;

const bounded = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

export function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

interface SerializedError {
  type?: string;
  message?: string;
  stack?: string;
  code?: unknown;
}

/**
 * Only an error's class, bounded message, stack and SQLSTATE-like code reach the log: never the
 * SQL and parameters TypeORM's QueryFailedError carries, nor the driver's detail quoting a row.
 */
export function safeError(error: SerializedError): SerializedError {
  if (typeof error !== 'object' || error === null) return error;
  const lines = (error.stack ?? '').split('\n').slice(0, MAX_STACK_LINES).map(bounded);
  return {
    type: error.type,
    message: bounded(String(error.message ?? '')),
    stack: lines.join('\n'),
    ...(typeof error.code === 'string' && error.code.length <= 40 ? { code: error.code } : {}),
  };
}

interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}

/**
 * A request is logged by its path only: query strings carry an OIDC `code`, a reset token in a link,
 * search text. Headers stay out too (the token, cookies).
 */
export function safeRequest(request: SerializedRequest): SerializedRequest {
  const [path, query] = (request.url ?? '').split('?', 2);
  return {
    id: request.id,
    method: request.method,
    url: bounded(query === undefined ? path : `${path}?…`),
    remoteAddress: request.remoteAddress,
  };
}

/** pino-http's options: request ids, what a line may contain, and a level that says who is at fault. */
export function httpLoggingOptions(level: string): Options {
  return {
    level,
    genReqId: requestIdFor,
    serializers: {
      req: safeRequest,
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
      err: safeError,
    },
    // A completed request is routine whatever its status: a server error was logged where it happened
    // (error-reporting.plugin.ts, Nest's exception filter), and a client that went away is not a fault.
    customLogLevel: () => 'info',
    customErrorObject: (_request, _response, _error, logged: Record<string, unknown>) => ({
      res: logged['res'],
      responseTime: logged['responseTime'],
    }),
    // Health probes would drown everything else.
    autoLogging: { ignore: (request) => request.url === '/health' },
  };
}
