import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The built bin, as `npx counterpoint` runs it. */
export const BIN = join(import.meta.dirname, '../../dist/cli.js');

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the real `counterpoint` process with arguments and optional standard input, and waits for it to end. */
export function runCli(args: readonly string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runCommand(process.execPath, [BIN, ...args], input, env);
}

/** Spawns any command with piped standard input (closed after `input`), collecting its output. */
export function runCommand(command: string, args: readonly string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
