import { createHash } from 'node:crypto';
import { extractQuotes } from '../extract/extract-quotes.js';
import type { FrontMatter } from '../extract/front-matter.js';
import type { KnownSpeaker } from '../extract/types.js';
import type { Article, QuoteRecord, Speaker, Topic } from '../model/corpus-schema.js';
import { slug, uniqueId } from './slug.js';
import { speakerIdFor } from './speaker-registry.js';

/** What ingest files for a quote the extractor could not take a side on: served as mixed, flagged for review. */
export const NO_STANCE_SIDE = 'mixed' as const;
export const NO_STANCE_BASIS = 'no stance cue; filed as mixed until a reviewer sets the side';

/** The SHA-256 of an article body, as corpus.json records it. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Content-derived article id: a readable slug plus the body hash, so the same text always gets the same id. */
export function articleIdFor(meta: FrontMatter, body: string): string {
  const words = slug(meta.title ?? meta.outlet ?? body.slice(0, 80), 40) || 'article';
  return `${words}-${bodyHash(body).slice(0, 12)}`;
}

/** An article record ready for corpus.json, and how many quotes were left out for want of a speaker. */
export interface ArticleDraft {
  readonly article: Article;
  readonly unattributed: number;
}

/**
 * Extracts an article's quotes and turns them into unreviewed corpus records: speakers merged with (or added
 * to) `speakers`, sides proposed with their basis, continuations linked by id. Quotes whose speaker the article
 * does not name are left out: the bot never shows a quote without the person who said it.
 */
export function draftArticle(given: FrontMatter, body: string, topic: Topic, speakers: Speaker[], known: readonly KnownSpeaker[], takenQuoteIds: Set<string>): ArticleDraft {
  const meta = withHeadline(given, body);
  const id = articleIdFor(meta, body);
  const extracted = extractQuotes(body, { topic, knownSpeakers: known });
  const ids = new Map<number, string>();
  const quotes: QuoteRecord[] = [];
  let unattributed = 0;
  extracted.forEach((quote, index) => {
    if (quote.speaker === null) {
      unattributed += 1;
      return;
    }
    const speaker = speakerIdFor(speakers, quote.speaker, quote.role, quote.speakerKind ?? 'person');
    const quoteId = uniqueId(`${speaker}-${slug(quote.text.split(/\s+/).slice(0, 4).join(' '), 40)}`.slice(0, 110).replace(/-+$/, ''), takenQuoteIds);
    ids.set(index, quoteId);
    quotes.push({
      id: quoteId,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speaker,
      side: quote.stance ?? NO_STANCE_SIDE,
      kind: quote.kind,
      reviewed: false,
      continues: quote.continues === undefined ? null : (ids.get(quote.continues) ?? null),
      stanceBasis: (quote.stance === null ? NO_STANCE_BASIS : quote.stanceBasis).slice(0, 500),
    });
  });
  const article: Article = {
    id,
    topic: topic.id,
    file: `articles/${id}.txt`,
    sha256: bodyHash(body),
    title: meta.title,
    outlet: meta.outlet,
    date: meta.date,
    place: meta.place,
    url: meta.url,
    quotes,
  };
  return { article, unattributed };
}

/**
 * A plain article with no front matter still gets cited by something: its first line as the title when that line
 * reads as a headline (short, no full stop, no quotation), and the outlet from a byline in the next lines ("By Sam
 * Whitaker, WMBK News"). What the front matter gives always wins.
 */
export function withHeadline(meta: FrontMatter, body: string): FrontMatter {
  if (meta.title !== null && meta.outlet !== null) return meta;
  const lines = body.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '').slice(0, 4);
  const first = lines[0] ?? '';
  const headline = first.length >= 8 && first.length <= 200 && !/[.!?:;,"“”]$/u.test(first) && !/^["“‘']/u.test(first) && /\p{Lu}/u.test(first[0] ?? '') ? first.replace(/^#+\s*/u, '') : null;
  const byline = lines.slice(1, 4).map((line) => /^By\s+[^,|]{2,60}[,|]\s*(.{2,80})$/u.exec(line)?.[1]?.trim()).find((outlet) => outlet !== undefined) ?? null;
  return { ...meta, title: meta.title ?? headline, outlet: meta.outlet ?? byline };
}
