/** Where a command writes; the CLI passes the process's streams, tests pass collectors. */
export interface CliIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Exit statuses of CONTRACT.md: 0 success, 1 bad input, 2 usage error. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** A usage error: the CLI prints its message and the usage line, and exits 2. */
export class UsageError extends Error {
  readonly code = 'USAGE';
}
