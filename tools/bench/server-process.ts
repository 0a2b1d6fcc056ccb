/** What the bench asks a server process over its IPC channel, and what it answers. */
export type ServerRequest = 'cpu' | 'stop';

/**
 * Answers 'cpu' with the process's CPU time so far (user + system, in ms) and 'stop' by closing and
 * exiting: the bench reads CPU per request from the difference across a load round.
 */
export function reportCpuOnRequest(close: () => Promise<unknown>): void {
  process.on('message', (request: ServerRequest) => {
    if (request === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMs: (user + system) / 1000 });
    } else if (request === 'stop') {
      void close().finally(() => process.exit(0));
    }
  });
}
