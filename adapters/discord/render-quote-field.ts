import type { APIEmbedField } from 'discord.js';
import type { QuoteView } from '../../src/index.js';
import { EMBED_LIMITS } from './embed-limits.js';
import { escapeDiscordText } from './escape-text.js';
import { QUOTE_CUT, shortenAtWord, shortenEscaped } from './shorten-text.js';

/** Links longer than this are left out rather than crowding out the quote (the outlet and date still show). */
const MAX_LINK_LENGTH = 400;
/** The least room a quote keeps beside its attribution; below it the attribution line gives way. */
const MIN_QUOTE_ROOM = 60;

/**
 * One quote as an embed field: the speaker and role as the name; the quote and its source as the value.
 * A direct quote is in quotation marks; a paraphrase is labelled "(paraphrase)" and never quoted; an
 * unreviewed quote says so. When the quote does not fit in `maxValue` it is cut at a word and the cut is
 * marked ` …`, so what is shown is still verbatim up to the mark. Null when not even a cut quote fits.
 */
export function renderQuoteField(quote: QuoteView, maxValue: number = EMBED_LIMITS.fieldValue): APIEmbedField | null {
  const speaker = quote.speaker.role ? `${quote.speaker.name} — ${quote.speaker.role}` : quote.speaker.name;
  // (A name of white space only is no name: Discord refuses an empty field name.)
  const name = shortenEscaped(speaker, EMBED_LIMITS.fieldName, escapeDiscordText).trim() || 'Unnamed speaker';
  const max = Math.min(maxValue, EMBED_LIMITS.fieldValue);
  let source = sourceLine(quote, true, 160);
  if (max - source.length - 1 < MIN_QUOTE_ROOM) source = sourceLine(quote, false, 160);
  if (max - source.length - 1 < MIN_QUOTE_ROOM) source = sourceLine(quote, false, max - MIN_QUOTE_ROOM - 40);
  const body = quoteBody(quote, max - (source ? source.length + 1 : 0));
  if (body === null) return null;
  return { name, value: source ? `${body}\n${source}` : body };
}

/** The quote itself, framed by its kind, fitted to `room`; null when it cannot be shown at all. */
function quoteBody(quote: QuoteView, room: number): string | null {
  const [open, close] = quote.kind === 'direct' ? ['“', '”'] : ['*(paraphrase)* ', ''];
  const text = shortenEscaped(quote.text, room - open.length - close.length, escapeDiscordText, QUOTE_CUT);
  return text === '' ? null : `${open}${text}${close}`;
}

/**
 * "— Outlet, 2020-06-23 · [source](url) · *unreviewed*", with whatever the corpus has; the outlet (or the
 * title when no outlet is known) and date take at most `maxNamed` characters.
 */
function sourceLine(quote: QuoteView, withLink: boolean, maxNamed: number): string {
  const { outlet, date, title, url } = quote.source;
  const named = [outlet ?? (title ? shortenAtWord(title, 80) : null), date].filter((part): part is string => Boolean(part));
  const shown = shortenEscaped(named.join(', '), Math.max(maxNamed, 12), escapeDiscordText);
  const parts = [shown || 'source not named'];
  if (withLink && url && url.length <= MAX_LINK_LENGTH && /^https?:\/\//i.test(url)) {
    parts.push(`[source](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20')})`);
  }
  if (!quote.reviewed) parts.push('*unreviewed*');
  return `— ${parts.join(' · ')}`;
}
