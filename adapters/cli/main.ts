import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CorpusError, defaultCorpusDir, loadCorpus, openCounterpoint, sanitizeUserText } from '../../src/index.js';
import { runExtractCommand } from './extract-command.js';
import { runIngestCommand } from './ingest-command.js';
import { runReviewCommand } from './review-command.js';
import { ReplSession } from '../repl/repl-session.js';
import { runRepl } from '../repl/repl.js';
import { checkReport } from './check-command.js';
import { CommandUsageError, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CommandIO } from './command-io.js';

const USAGE = `usage: counterpoint <command> [options]
  ask [--json] [--corpus DIR] [QUESTION]   answer a question (or each line of standard input)
  check [--corpus DIR]                     validate a corpus and report on it
  extract [--json] FILE...                 find the quotations in articles (adds nothing)
  ingest [--corpus DIR] [--topic Q] FILE... add articles to a corpus, quotes marked unreviewed
  review [--corpus DIR] list|accept|side|speaker|reject|remove-article …   review ingested quotes (docs/ingest.md)
  repl [--corpus DIR]                      the interactive prompt (what npm start runs)
  help                                     this text`;

/**
 * The `counterpoint` command (CONTRACT.md). Returns the exit status; never throws for bad input, which
 * gets one clear line on stderr instead of a stack trace.
 */
export async function main(argv: readonly string[], io: CommandIO, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ask':
        return await ask(rest, io, stdin);
      case 'check':
        return check(rest, io);
      case 'extract':
        return await runExtractCommand(rest, io);
      case 'ingest':
        return await runIngestCommand(rest, io);
      case 'review':
        return await runReviewCommand(rest, io);
      case 'repl':
      case undefined:
        await runRepl(openCounterpoint(corpusOption(rest, 'repl')), stdin, process.stdout);
        return EXIT_OK;
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      default:
        throw new CommandUsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof CommandUsageError) {
      io.stderr.write(`counterpoint: ${error.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CorpusError) {
      io.stderr.write(`counterpoint: corpus error: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr.write(`counterpoint: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
}

async function ask(args: readonly string[], io: CommandIO, stdin: NodeJS.ReadableStream): Promise<number> {
  const { values, positionals } = parse(args, ['json', 'corpus']);
  const engine = openCounterpoint(typeof values.corpus === 'string' ? values.corpus : defaultCorpusDir());
  const session = new ReplSession(engine, { width: 80, color: false });
  const answerLine = (line: string) => {
    // The REPL lets an empty line pass; a script asked something, so an empty question gets the help, and with
    // --json one line out for every line in.
    const reply = session.handle(sanitizeUserText(line) === '' ? 'help' : line);
    if (values.json) {
      // A line that is a command ("more" with nothing more, "help", "sources") still gets an answer object with the
      // contract's keys: no sections, and what it printed as the notice.
      if (reply.answer !== null) io.stdout.write(`${JSON.stringify(reply.answer)}\n`);
      else if (reply.text !== '') io.stdout.write(`${JSON.stringify({ question: line, topic: null, intent: { side: null, speakers: [], terms: [] }, sections: [], notice: reply.text, message: reply.text })}\n`);
    } else if (reply.text !== '') {
      io.stdout.write(`${reply.text}\n\n`);
    }
    return reply.quit;
  };
  if (positionals.length > 0) {
    answerLine(positionals.join(' '));
    return EXIT_OK;
  }
  for await (const line of createInterface({ input: stdin, terminal: false })) {
    if (answerLine(line)) break;
  }
  return EXIT_OK;
}

function check(args: readonly string[], io: CommandIO): number {
  const dir = corpusOption(args, 'check');
  io.stdout.write(`${checkReport(loadCorpus(dir), dir)}\n`);
  return EXIT_OK;
}

function corpusOption(args: readonly string[], command: string): string {
  const { values, positionals } = parse(args, ['corpus']);
  if (positionals.length > 0) throw new CommandUsageError(`${command} takes no arguments besides --corpus DIR`);
  return typeof values.corpus === 'string' ? values.corpus : defaultCorpusDir();
}

const OPTIONS = { json: { type: 'boolean', default: false }, corpus: { type: 'string' } } as const;

/** Parses the options every command shares; which of them a command accepts is checked by the caller. */
function parse(args: readonly string[], accepted: ReadonlyArray<keyof typeof OPTIONS>) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandUsageError((error as Error).message);
  }
  const extra = Object.keys(parsed.values).find((name) => !accepted.includes(name as keyof typeof OPTIONS) && name !== 'json');
  if (extra !== undefined || (parsed.values.json && !accepted.includes('json'))) throw new CommandUsageError(`unknown option --${extra ?? 'json'}`);
  return parsed;
}
