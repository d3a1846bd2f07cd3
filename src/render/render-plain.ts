import type { Answer, AnswerSection, QuoteView } from '../model/answer.js';

/** How plain text is laid out. */
export interface PlainOptions {
  /** Columns to wrap to; 80 when output is piped. */
  readonly width?: number;
  /** ANSI colour and bold, for terminals only. */
  readonly color?: boolean;
  /** Words for the follow-up hints at the end ("type more"); omitted when null. */
  readonly followUpHint?: boolean;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', italic: '\u001b[3m', reset: '\u001b[0m' } as const;

/**
 * The answer as plain text, for the REPL and `counterpoint ask`: each side under its label, each quote in
 * quotation marks (paraphrase labelled and never quoted), then who said it, their role, the outlet and date.
 */
export function renderPlain(answer: Answer, options: PlainOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const style = (code: keyof typeof ANSI, text: string) => (options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  if (answer.topic !== null) lines.push(style('dim', `Topic: ${answer.topic.question}`));
  if (answer.notice !== null) {
    lines.push(...wrap(answer.notice, width, ''));
    if (answer.suggestions.length > 0) {
      lines.push('Try:');
      for (const suggestion of answer.suggestions) lines.push(...wrap(suggestion, width, '  • ', '    '));
    }
    return lines.join('\n');
  }
  for (const section of answer.sections) {
    lines.push('', style('bold', heading(section)));
    if (section.note !== null) lines.push(...wrap(section.note, width, '  ').map((line) => style('italic', line)));
    for (const quote of section.quotes) lines.push(...renderQuote(quote, width, style));
  }
  if (options.followUpHint !== false) {
    const hints = [answer.followUps.more ? '“more”' : null, answer.followUps.otherSide ? '“other side”' : null].filter(Boolean);
    if (hints.length > 0) lines.push('', style('dim', `Type ${hints.join(' or ')} to see more.`));
  }
  return lines.join('\n').replace(/^\n/, '');
}

function heading(section: AnswerSection): string {
  const count = section.quotes.length === 1 ? '1 quote' : `${section.quotes.length} quotes`;
  return section.kind === 'counterpoint' ? `The other side: ${section.label} (${count})` : `${section.label} (${count})`;
}

function renderQuote(quote: QuoteView, width: number, style: (code: keyof typeof ANSI, text: string) => string): string[] {
  const body = quote.kind === 'direct' ? `“${quote.text}”` : `Paraphrase: ${quote.text}`;
  const flags = quote.reviewed ? '' : ' [unreviewed]';
  return [
    ...wrap(body + flags, width, '  '),
    ...wrap(`— ${attribution(quote)}`, width, '    ', '      ').map((line) => style('dim', line)),
  ];
}

/** "Name, role · Outlet, date · url": what a reader needs to cite the quote. */
export function attribution(quote: QuoteView): string {
  const who = quote.speaker.role ? `${quote.speaker.name}, ${quote.speaker.role}` : quote.speaker.name;
  const where = [quote.source.outlet ?? 'outlet not given', quote.source.date ?? 'date not given'].join(', ');
  return [who, where, quote.source.url].filter(Boolean).join(' · ');
}

/** Greedy word wrap; words longer than a line are split so nothing overflows. */
export function wrap(text: string, width: number, indent: string, hangingIndent: string = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > 0) {
      const room = width - line.length - (empty ? 0 : 1);
      if ([...rest].length <= room) {
        line += (empty ? '' : ' ') + rest;
        empty = false;
        rest = '';
      } else if (!empty) {
        lines.push(line);
        line = hangingIndent;
        empty = true;
      } else {
        const cut = Math.max(1, room);
        line += rest.slice(0, cut);
        rest = rest.slice(cut);
        lines.push(line);
        line = hangingIndent;
      }
    }
  }
  if (!empty) lines.push(line);
  return lines;
}
