import type { IncomingMessage, ServerResponse } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { stdSerializers } from 'pino';
import { requestIdFor, safeError, safeRequest } from './logging';

describe('log lines', () => {
  it('keeps of a failed query its class, message and code, never its SQL or parameters', () => {
    const driverError = Object.assign(new Error('violates check constraint "x"'), {
      code: '23514',
      detail: 'Failing row contains (secret text).',
    });
    const error = new QueryFailedError('UPDATE "person" SET "name" = $1', ['secret text'], driverError);
    const logged = JSON.stringify(safeError(stdSerializers.err(error)));
    expect(logged).toContain('QueryFailedError');
    expect(logged).toContain('violates check constraint');
    expect(logged).toContain('23514');
    expect(logged).not.toMatch(/secret text|UPDATE|parameters|driverError/);
  });

  it('bounds the text an error quotes', () => {
    const logged = safeError(stdSerializers.err(new Error(`invalid input: "${'x'.repeat(100_000)}"`)));
    expect(logged.message?.length).toBeLessThanOrEqual(301);
    expect(logged.stack?.split('\n').every((line) => line.length <= 301)).toBe(true);
  });

  it('logs a request by its path, without the query string or headers', () => {
    expect(
      safeRequest({
        id: 'r1',
        method: 'GET',
        url: '/auth/oidc/callback?code=secret&state=s',
        remoteAddress: '::1',
      }),
    ).toEqual({ id: 'r1', method: 'GET', url: '/auth/oidc/callback?…', remoteAddress: '::1' });
  });

  it('keeps a sane incoming request id and makes one otherwise, sending it back', () => {
    const headers: Record<string, string> = {};
    const response = {
      setHeader: (name: string, value: string) => (headers[name] = value),
    } as unknown as ServerResponse;
    const request = (id?: string) => ({ headers: id ? { 'x-request-id': id } : {} }) as IncomingMessage;
    expect(requestIdFor(request('lb-1234.abc'), response)).toBe('lb-1234.abc');
    expect(headers['X-Request-Id']).toBe('lb-1234.abc');
    expect(requestIdFor(request('<script>'), response)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(request('x'.repeat(65)), response)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(request(), response)).toBe(headers['X-Request-Id']);
  });
});
