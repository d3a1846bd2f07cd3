import type { Answer, Counterpoint } from '../../src/index.js';
import { renderPlain, sanitizeUserText } from '../../src/index.js';

/** What one line typed at the prompt produced: text to show, and the answer behind it when there is one. */
export interface SessionReply {
  readonly text: string;
  readonly answer: Answer | null;
  /** True when the user asked to leave. */
  readonly quit: boolean;
}

export interface SessionOptions {
  readonly width: number;
  readonly color: boolean;
}

const COMMANDS = `Then:
  more          more quotes for the last question
  other side    the other side of the last answer
  sources       the articles the quotes come from
  speakers      everyone quoted, with their sides
  help          this text
  quit          leave (or Ctrl-D)`;

/** Help built from the corpus: its debates and the questions each suggests, then the commands. */
function helpText(engine: Counterpoint): string {
  const topics = engine.corpus.topics.map((topic) => {
    // A topic's suggestions usually start with its own question, already on the line above.
    const examples = topic.suggestions.filter((suggestion) => suggestion !== topic.question).slice(0, 4).map((suggestion) => `    ${suggestion}`);
    return [`  ${topic.question}`, ...examples].join('\n');
  });
  return [`Ask about ${engine.corpus.topics.length === 1 ? 'this debate' : 'these debates'} in your own words, for example:`, ...topics, COMMANDS].join('\n');
}

/**
 * The REPL's conversation: remembers the last answer so that "more" and "other side" continue it. Knows
 * nothing of terminals; `repl.ts` does the I/O, and `counterpoint ask` reuses it for questions on stdin.
 */
export class ReplSession {
  private last: Answer | null = null;

  constructor(
    private readonly engine: Counterpoint,
    private readonly options: SessionOptions,
  ) {}

  /** Handles one line: a command word or a question. Never throws on what the user typed. */
  handle(line: string): SessionReply {
    const input = sanitizeUserText(line);
    // "?", "...": punctuation alone asks for help, though an empty line (Enter) passes quietly.
    if (input !== '' && !/[\p{L}\p{N}]/u.test(input)) return this.reply(helpText(this.engine));
    const command = input.toLowerCase().replace(/[.!?]+$/, '');
    switch (command) {
      case '':
        return this.reply('');
      case 'help':
      case '?':
        return this.reply(helpText(this.engine));
      case 'quit':
      case 'exit':
        return { text: '', answer: null, quit: true };
      case 'sources':
        return this.reply(this.sources());
      case 'speakers':
        return this.reply(this.speakers());
      case 'more':
        return this.follow(this.last?.followUps.more ?? null, 'There is nothing more to show; ask another question.');
      case 'other side':
      case 'the other side':
        return this.follow(this.last?.followUps.otherSide ?? null, 'Ask about one side first (for example “what do critics say?”), then type “other side”.');
      default:
        // "what does the other side say?" continues the conversation when there is one to continue.
        if (/\bother sides?\b/i.test(command) && this.last?.followUps.otherSide) return this.follow(this.last.followUps.otherSide, '');
        return this.answer(this.engine.ask(input));
    }
  }

  private follow(token: string | null, otherwise: string): SessionReply {
    return token === null ? this.reply(otherwise) : this.answer(this.engine.followUp(token));
  }

  private answer(answer: Answer): SessionReply {
    if (answer.notice === null) this.last = answer;
    return { text: renderPlain(answer, this.options), answer, quit: false };
  }

  private reply(text: string): SessionReply {
    return { text, answer: null, quit: false };
  }

  private sources(): string {
    return this.engine
      .sources()
      .map((source) => {
        const title = source.title ?? '(untitled)';
        const where = [source.outlet ?? 'outlet not given', source.date ?? 'date not given', source.url].filter(Boolean).join(', ');
        return `• ${title} — ${where} — ${source.quotes} quotes [${source.article}]`;
      })
      .join('\n');
  }

  private speakers(): string {
    return this.engine
      .speakers()
      .map((speaker) => `• ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''} — ${speaker.quotes} ${speaker.quotes === 1 ? 'quote' : 'quotes'} (${speaker.sides.join(', ')})`)
      .join('\n');
  }
}
