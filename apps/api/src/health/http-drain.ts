import type { Server as HttpServer, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { ServiceStatus } from './service-status';

/**
 * Graceful shutdown of the HTTP side. Draining stops accepting connections, lets the requests in
 * flight finish within a grace period, and closes keep-alive connections politely: every response
 * from then on carries `Connection: close`, and idle connections are closed once nothing is running.
 * Only what is still running when the grace period ends has its connection cut.
 */
export class HttpDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private settled: (() => void) | undefined;

  constructor(
    private readonly server: HttpServer,
    private readonly status: ServiceStatus,
  ) {
    server.on('request', (_request, response: ServerResponse) => {
      this.inFlight.add(response);
      if (status.draining) closeAfter(response);
      response.once('close', () => {
        this.inFlight.delete(response);
        if (this.inFlight.size === 0) this.settled?.();
      });
    });
  }

  /** Resolves with the number of requests that were cut off because the grace period ended. */
  async drain(graceMs: number): Promise<number> {
    this.status.draining = true;
    this.inFlight.forEach(closeAfter);
    // A connection the kernel accepted just before the signal is taken in before the listener closes.
    await new Promise((resolve) => setImmediate(resolve));
    // http.Server#close would also drop idle keep-alive connections at once, racing requests already
    // on their way over them; net.Server#close only stops listening.
    NetServer.prototype.close.call(this.server);
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.settled = resolve;
        timer = setTimeout(resolve, graceMs);
      });
      clearTimeout(timer);
    }
    const cutOff = this.inFlight.size;
    this.server.closeIdleConnections();
    if (cutOff > 0) this.server.closeAllConnections();
    return cutOff;
  }
}

function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('Connection', 'close');
}
