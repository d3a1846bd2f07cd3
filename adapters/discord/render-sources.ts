import type { APIEmbed } from 'discord.js';
import type { SourceSummary } from '../../src/index.js';
import { EMBED_LIMITS } from './embed-limits.js';
import { escapeDiscordText } from './escape-text.js';
import { footerText } from './render-embeds.js';
import { shortenEscaped } from './shorten-text.js';
import { NEUTRAL_COLOR } from './side-colors.js';

/** Leaves room in the description for the closing "…and N more" line. */
const LIST_ROOM = EMBED_LIMITS.description - 100;

/**
 * The articles the corpus draws on, one line each (title, outlet, date, link, how many quotes), in one embed
 * within Discord's limits; when they do not all fit, the last line says how many more there are.
 */
export function renderSourcesEmbed(sources: readonly SourceSummary[], corpusName: string): APIEmbed {
  const lines: string[] = [];
  let length = 0;
  for (const source of sources) {
    const line = sourceLine(source);
    if (length + line.length + 1 > LIST_ROOM) break;
    lines.push(line);
    length += line.length + 1;
  }
  const left = sources.length - lines.length;
  if (left > 0) lines.push(`*…and ${left} more ${left === 1 ? 'article' : 'articles'}.*`);
  return {
    title: 'Sources',
    description: lines.length > 0 ? lines.join('\n') : 'This corpus has no articles yet.',
    color: NEUTRAL_COLOR,
    footer: { text: footerText(corpusName) },
  };
}

function sourceLine(source: SourceSummary): string {
  const title = shortenEscaped(source.title ?? source.article, 150, escapeDiscordText) || 'Untitled';
  const about = [source.outlet, source.date].filter((part): part is string => Boolean(part));
  const parts = [`**${title}**`];
  if (about.length > 0) parts.push(shortenEscaped(about.join(', '), 120, escapeDiscordText));
  if (source.url && source.url.length <= 400 && /^https?:\/\//i.test(source.url)) {
    parts.push(`[link](${source.url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20')})`);
  }
  parts.push(`${source.quotes} ${source.quotes === 1 ? 'quote' : 'quotes'}`);
  return `• ${parts.join(' · ')}`;
}
