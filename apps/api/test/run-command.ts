import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node -r tools/register.cjs <script> …`: a TypeScript entry point run from source, as its own process. */
export const fromSource = (script: string, ...args: string[]): string[] => [
  '-r',
  join(__dirname, '../../../tools/register.cjs'),
  join(__dirname, '../../..', script),
  ...args,
];

/** Runs a node process to its end and hands back its exit code and output. */
export function runNode(args: string[], env: Record<string, string>): Promise<CommandResult> {
  const child = spawn(process.execPath, args, {
    cwd: join(__dirname, '../../..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
