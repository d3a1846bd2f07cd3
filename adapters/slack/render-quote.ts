import type { QuoteView } from '../../src/index.js';
import { mrkdwn, LIMITS, type ContextBlock, type MrkdwnText, type SectionBlock } from './block-kit.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { fitEscaped } from './shorten.js';

const PARAPHRASE = '_Paraphrase (reported speech, not a quotation):_ ';
const UNREVIEWED = ':warning: _Unreviewed: extracted automatically, not yet checked by an editor._\n';
const SHORTENED = '\n_Shortened here to fit Slack; the full quote is in the source below._';
/** The longest our own wording around a quote can be, so the quote gets the rest of its budget. */
const WRAPPER_LENGTH = PARAPHRASE.length + UNREVIEWED.length + SHORTENED.length + 2;
/** Attribution parts are names, roles and titles; anything longer is cut rather than crowding out quotes. */
const ATTRIBUTION_LIMIT = 300;

/**
 * One quote as a section (the words) and a context block (who said it, their role, the outlet, the date and
 * a link). A direct quote is shown in quotation marks; a paraphrase is labelled and never quoted; an
 * unreviewed quote says so. When the quote must be shortened to `limit` characters the cut is at a word
 * boundary, marked `…`, and stated in words, so a reader never takes a partial quote for the whole.
 */
export function renderQuote(quote: QuoteView, limit: number): [SectionBlock, ContextBlock] {
  const room = Math.min(limit, LIMITS.sectionText) - WRAPPER_LENGTH;
  const words = fitEscaped(quote.text, Math.max(room, 40));
  const body = quote.kind === 'direct' ? `“${words.text}”` : PARAPHRASE + words.text;
  const text = (quote.reviewed ? '' : UNREVIEWED) + body + (words.shortened ? SHORTENED : '');
  return [{ type: 'section', text: mrkdwn(text) }, { type: 'context', elements: attributionElements(quote) }];
}

function attributionElements(quote: QuoteView): MrkdwnText[] {
  const fit = (text: string) => fitEscaped(text, ATTRIBUTION_LIMIT).text;
  const who = `*${fit(quote.speaker.name)}*` + (quote.speaker.role ? `, ${fit(quote.speaker.role)}` : '');
  const elements = [who, fit(quote.source.outlet ?? 'outlet not given'), fit(quote.source.date ?? 'date not given')];
  const link = sourceLink(quote.source.url, quote.source.title);
  if (link !== null) elements.push(link);
  return elements.map(mrkdwn);
}

/**
 * A `<url|title>` link for http(s) URLs only: anything else (a `javascript:` or `slack://` URL, a relative
 * path) is shown as text. Inside the link the URL is escaped like any text and `|`, which would end it, is
 * percent-encoded.
 */
export function sourceLink(url: string | null, title: string | null): string | null {
  const label = fitEscaped(title ?? 'Source', ATTRIBUTION_LIMIT).text;
  const target = url === null ? '' : escapeMrkdwn(url.replace(/\|/g, '%7C'));
  if (url === null || !/^https?:\/\/\S+$/i.test(url) || target.length > 1000) return title === null ? null : `_${label}_`;
  return `<${target}|${label}>`;
}
