import { createInterface } from 'node:readline';
import type { Counterpoint } from '../../src/index.js';
import { ReplSession } from './repl-session.js';

/**
 * Runs the REPL on the given streams. On a terminal: a prompt, line editing and history, colour. From a pipe:
 * answers each line, 80 columns, no colour, and ends at end of input. Resolves when the session ends.
 */
export async function runRepl(engine: Counterpoint, input: NodeJS.ReadableStream, output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }): Promise<void> {
  const terminal = output.isTTY === true && (input as { isTTY?: boolean }).isTTY === true;
  const session = new ReplSession(engine, { width: terminal ? Math.min(output.columns ?? 80, 100) : 80, color: terminal });
  const lines = createInterface({ input, output: terminal ? output : undefined, terminal, historySize: 200, prompt: 'counterpoint> ' });
  if (terminal) {
    output.write(`counterpoint — balanced, attributed quotes on ${engine.corpus.topics.map((t) => `“${t.question}”`).join(', ')}\nType a question, or “help”.\n`);
    lines.prompt();
  }
  for await (const line of lines) {
    const reply = session.handle(line);
    if (reply.quit) break;
    if (reply.text !== '') output.write(reply.text + '\n' + (terminal ? '\n' : '\n'));
    if (terminal) lines.prompt();
  }
  lines.close();
}
