import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable } from '@nestjs/common';
import type { RoundInput, RoundResult } from '@bridge/matching';

export type SolverReply =
  | { kind: 'progress'; progress: number; phase: 'SCORING' | 'SOLVING' }
  | { kind: 'result'; result: RoundResult }
  | { kind: 'error'; message: string; field?: string };

/** The round was cancelled while it was being solved: its thread was stopped. */
export class SolveAbortedError extends Error {}

/**
 * The worker's code is a string evaluated by the Worker (the API is bundled into one file, so no
 * worker file sits beside the source at a known path): it loads the worker entry point that the
 * build emits beside main.js, or, run from source (tests, tools), the TypeScript through the
 * tools' register hook.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
for (const hook of workerData.preload) require(hook);
require(workerData.script);
`;

function workerScript(): { script: string; preload: string[] } {
  const bundled = join(__dirname, 'matching-round-worker.js');
  if (existsSync(bundled)) return { script: bundled, preload: [] };
  return {
    script: join(__dirname, 'round-solver.worker.ts'),
    preload: [join(__dirname, '../../../../tools/register.cjs')],
  };
}

/**
 * Solves a round on a thread of its own: a large round takes the CPU for a second or more, which on
 * the request thread would stall every other request. One thread per round, ended with it, so a
 * cancelled round stops at once and a crashed engine takes only its round down.
 */
@Injectable()
export class RoundSolver {
  solve(
    input: RoundInput,
    onProgress: (progress: number, phase: 'SCORING' | 'SOLVING') => void,
    signal?: AbortSignal,
  ): Promise<RoundResult> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new SolveAbortedError('The round was cancelled.'));
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: workerScript() });
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', abort);
        void worker.terminate();
        outcome();
      };
      const abort = () => settle(() => reject(new SolveAbortedError('The round was cancelled.')));
      signal?.addEventListener('abort', abort);
      worker.on('message', (reply: SolverReply) => {
        if (reply.kind === 'progress') onProgress(reply.progress, reply.phase);
        else if (reply.kind === 'result') settle(() => resolve(reply.result));
        else settle(() => reject(new Error(`The matching engine failed: ${reply.message}`)));
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`The matching engine stopped (exit code ${code}).`))),
      );
      worker.postMessage(input);
    });
  }
}
