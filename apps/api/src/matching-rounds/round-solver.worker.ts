import { parentPort } from 'node:worker_threads';
import { MatchingInputError, RoundInput, solveRound } from '@bridge/matching';
import type { SolverReply } from './round-solver';

/**
 * The thread a matching round is solved on: one instance in, progress and the result out. Its own
 * entry point (bundled apart from main.js), so the request thread never runs the engine.
 */
parentPort?.once('message', (input: RoundInput) => {
  const post = (reply: SolverReply) => parentPort?.postMessage(reply);
  try {
    const result = solveRound(input, (progress, phase) => post({ kind: 'progress', progress, phase }));
    post({ kind: 'result', result });
  } catch (error: unknown) {
    post({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
      field: error instanceof MatchingInputError ? error.field : undefined,
    });
  }
});
