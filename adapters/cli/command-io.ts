import { parseArgs } from 'node:util';
import { CorpusError } from '../../src/corpus/corpus-error.js';
import { FrontMatterError } from '../../src/extract/front-matter.js';
import { IngestError } from '../../src/ingest/ingest-files.js';
import { ReviewError } from '../../src/ingest/review.js';

/** Where a command writes: the CLI passes the process's streams, tests pass collectors. */
export interface CommandIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Exit statuses of CONTRACT.md. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** A wrong command line: the command prints the message and its usage, and exits 2. */
export class CommandUsageError extends Error {
  readonly code = 'USAGE';
}

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/** Parses argv strictly (unknown options are usage errors). */
export function parseCommandArgs(argv: readonly string[], options: Spec): { values: Record<string, string | boolean | Array<string | boolean> | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandUsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

/** Runs a command body, turning known errors into one line on stderr and the contract's exit status. */
export async function runCommand(name: string, usage: string, io: CommandIO, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CommandUsageError) {
      io.stderr.write(`counterpoint ${name}: ${error.message}\n${usage}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CorpusError) {
      io.stderr.write(`counterpoint ${name}: corpus error: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof IngestError || error instanceof ReviewError || error instanceof FrontMatterError) {
      io.stderr.write(`counterpoint ${name}: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr.write(`counterpoint ${name}: ${(error as Error).message ?? String(error)}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** A one-line excerpt for terminal listings. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
