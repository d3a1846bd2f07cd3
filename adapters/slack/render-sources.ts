import type { SourceSummary } from '../../src/index.js';
import { ACTION_IDS, encodeRequest } from './actions.js';
import { LIMITS, mrkdwn, plain, totalTextLength, type Block, type SlackMessage } from './block-kit.js';
import { fitEscaped } from './shorten.js';
import { sharedByBlock, type RenderOptions } from './render-blocks.js';
import { sourceLink } from './render-quote.js';


/**
 * The articles a topic's quotes come from, for the "Sources" button: title (linked), outlet, date and how
 * many quotes each gives. Escaped and within Slack's limits like every answer; when the list is too long for
 * one message the rest is counted, not dropped silently.
 */
export function renderSources(sources: readonly SourceSummary[], options: RenderOptions = {}): SlackMessage {
  const lines = sources.map(sourceLine);
  for (let shown = lines.length; shown >= 0; shown -= 1) {
    const message = build(lines.slice(0, shown), lines.length - shown, options);
    if (message.blocks.length <= LIMITS.blocks && totalTextLength(message) <= LIMITS.totalText) return message;
  }
  return build([], lines.length, {});
}

function sourceLine(source: SourceSummary): string {
  const title = sourceLink(source.url, source.title ?? source.article) ?? fitEscaped(source.article, 300).text;
  const where = [source.outlet ?? 'outlet not given', source.date ?? 'date not given'].map((part) => fitEscaped(part, 200).text);
  const quotes = source.quotes === 1 ? '1 quote' : `${source.quotes} quotes`;
  return `• ${title} — ${where.join(', ')} (${quotes})`;
}

function build(lines: readonly string[], hidden: number, options: RenderOptions): SlackMessage {
  const blocks: Block[] = [{ type: 'header', text: plain('Sources') }];
  const credit = sharedByBlock(options.sharedBy);
  if (credit !== null) blocks.push(credit);
  if (lines.length === 0 && hidden === 0) blocks.push({ type: 'section', text: mrkdwn('No articles in this corpus yet.') });
  for (const text of pack(lines, LIMITS.sectionText)) blocks.push({ type: 'section', text: mrkdwn(text) });
  if (hidden > 0) blocks.push({ type: 'context', elements: [mrkdwn(`_${hidden} more articles did not fit in one Slack message._`)] });
  const value = options.share ? encodeRequest(options.share) : null;
  if (value !== null) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', action_id: ACTION_IDS.share, text: plain('Share in channel'), value, style: 'primary' }],
    });
  }
  const count = lines.length + hidden;
  return { text: count === 1 ? 'Sources: 1 article' : `Sources: ${count} articles`, blocks };
}

/** Joins lines into as few texts of at most `max` characters as possible (each line is far shorter than max). */
function pack(lines: readonly string[], max: number): string[] {
  const texts: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current !== '' && current.length + 1 + line.length > max) {
      texts.push(current);
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') texts.push(current);
  return texts;
}
