import { createHash, type Hash } from 'node:crypto';
import type { ZodError } from 'zod';
import { CorpusFileSchema, type CorpusFile } from '../model/corpus-schema.js';
import type { Corpus, LoadedArticle, Quote } from '../model/corpus.js';
import { CorpusError } from './corpus-error.js';
import { sameJson } from './verified-shape.js';

/** The corpus description file inside a corpus folder. */
export const CORPUS_FILE = 'corpus.json';

/** How `loadCorpus` tells `buildCorpus` about the file `raw` came from; other callers pass nothing. */
export interface CorpusSource {
  /**
   * A SHA-256 already fed with the exact corpus.json bytes `raw` was parsed from: the corpus hash continues from
   * it (and so covers those bytes) instead of hashing a re-serialization of the parsed data.
   */
  readonly hash: Hash;
  /**
   * `raw` is exactly what the schema would return for it (see `verified-shape.ts`), so the schema check is
   * skipped; every other check still runs.
   */
  readonly shapeVerified: boolean;
  /** Told, after a full schema check that passed, whether zod's output was exactly `raw`. */
  readonly onShapeChecked?: (same: boolean) => void;
}

/**
 * Validates raw corpus data and builds a verified `Corpus`, or throws a `CorpusError` naming file, entry and
 * field. Pure: the caller supplies the parsed corpus.json and a way to read article texts (undefined when
 * missing), so ingest can validate a corpus before it writes a byte of it.
 */
export function buildCorpus(raw: unknown, readArticle: (file: string) => string | undefined, source?: CorpusSource): Corpus {
  let data: CorpusFile;
  if (source?.shapeVerified === true) {
    data = raw as CorpusFile;
  } else {
    // The comparison reads the untouched parse, so it is made before the records become quotes below.
    const parsed = CorpusFileSchema.safeParse(raw);
    if (!parsed.success) throw schemaError(raw, parsed.error);
    data = parsed.data;
    source?.onShapeChecked?.(sameJson(data, raw));
  }

  const topicById = uniqueIndex(data.topics, 'topics');
  const groupById = uniqueIndex(data.groups, 'groups');
  const speakerById = uniqueIndex(data.speakers, 'speakers');
  uniqueIndex(data.articles, 'articles');
  checkSpeakers(data, groupById, speakerById);

  const hash = source?.hash ?? createHash('sha256').update(JSON.stringify(data));
  const articles: LoadedArticle[] = [];
  const quotes: Quote[] = [];
  const quoteById = new Map<string, Quote>();
  for (const article of data.articles) {
    const entry = `article "${article.id}"`;
    if (!topicById.has(article.topic)) {
      throw new CorpusError('CORPUS_UNKNOWN_REFERENCE', { file: CORPUS_FILE, entry, field: 'topic' }, `unknown topic "${article.topic}"`);
    }
    const body = readArticle(article.file);
    if (body === undefined) {
      throw new CorpusError('CORPUS_ARTICLE_MISSING', { file: CORPUS_FILE, entry, field: 'file' }, `article text ${article.file} is missing`);
    }
    if (sha256(body) !== article.sha256) {
      throw new CorpusError('CORPUS_ARTICLE_CHANGED', { file: article.file, entry, field: 'sha256' }, 'the article text differs from the one its quotes were taken from');
    }
    hash.update(body);
    const { quotes: records, ...meta } = article;
    articles.push({ ...meta, body });
    // The checks run per quote (100,000 of them in a large corpus): the entry's name is only spelled out on error.
    const quoteEntry = (record: { id: string }) => `${entry}, quote "${record.id}"`;
    records.forEach((record, order) => {
      if (quoteById.has(record.id)) {
        throw new CorpusError('CORPUS_DUPLICATE_ID', { file: CORPUS_FILE, entry: quoteEntry(record), field: 'id' }, `duplicate quote id "${record.id}"`);
      }
      if (!speakerById.has(record.speaker)) {
        throw new CorpusError('CORPUS_UNKNOWN_REFERENCE', { file: CORPUS_FILE, entry: quoteEntry(record), field: 'speaker' }, `unknown speaker "${record.speaker}"`);
      }
      // Equal to comparing body.slice(start, end) with the text, without copying the slice.
      if (record.end > body.length || record.start >= record.end || record.end - record.start !== record.text.length || !body.startsWith(record.text, record.start)) {
        throw new CorpusError('CORPUS_OFFSETS', { file: CORPUS_FILE, entry: quoteEntry(record), field: 'text' }, `the text at offsets ${record.start}–${record.end} of ${article.file} differs from the stored text`);
      }
      // The validated record becomes the quote (nothing else holds it): a copy of 100,000 records would only make
      // garbage for the collector to move, the largest single cost of a large corpus's start-up.
      const quote = Object.assign(record, { article: article.id, topic: article.topic, order });
      quotes.push(quote);
      quoteById.set(quote.id, quote);
    });
  }
  for (const quote of quotes) {
    const target = quote.continues === null ? undefined : quoteById.get(quote.continues);
    if (quote.continues !== null && (target === undefined || target.article !== quote.article || target.order >= quote.order)) {
      throw new CorpusError('CORPUS_UNKNOWN_REFERENCE', { file: CORPUS_FILE, entry: `quote "${quote.id}"`, field: 'continues' }, `"${quote.continues}" is not an earlier quote of the same article`);
    }
  }

  return {
    name: data.name,
    settings: data.settings,
    topics: data.topics,
    groups: data.groups,
    speakers: data.speakers,
    articles,
    quotes,
    topicById,
    groupById,
    speakerById,
    articleById: new Map(articles.map((article) => [article.id, article])),
    quoteById,
    hash: hash.digest('hex'),
  };
}

/** SHA-256 of a text, as articles record it. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function uniqueIndex<T extends { id: string }>(items: readonly T[], list: string): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    if (index.has(item.id)) {
      throw new CorpusError('CORPUS_DUPLICATE_ID', { file: CORPUS_FILE, entry: `${list} "${item.id}"`, field: 'id' }, `duplicate id "${item.id}" in ${list}`);
    }
    index.set(item.id, item);
  }
  return index;
}

function checkSpeakers(data: CorpusFile, groups: ReadonlyMap<string, unknown>, speakers: ReadonlyMap<string, unknown>): void {
  for (const speaker of data.speakers) {
    const entry = `speaker "${speaker.id}"`;
    if (speaker.organization !== null && !speakers.has(speaker.organization)) {
      throw new CorpusError('CORPUS_UNKNOWN_REFERENCE', { file: CORPUS_FILE, entry, field: 'organization' }, `unknown speaker "${speaker.organization}"`);
    }
    const unknown = speaker.groups.find((group) => !groups.has(group));
    if (unknown !== undefined) {
      throw new CorpusError('CORPUS_UNKNOWN_REFERENCE', { file: CORPUS_FILE, entry, field: 'groups' }, `unknown group "${unknown}"`);
    }
  }
}

/** Turns zod's first issue into a message that names the entry by its id where it has one. */
function schemaError(raw: unknown, error: ZodError): CorpusError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const field = path.map(String).join('.');
  let entry: string | null = null;
  let node: unknown = raw;
  for (const key of path.slice(0, -1)) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    if (isRecord(node) && typeof node['id'] === 'string') entry = `"${node['id']}"`;
  }
  return new CorpusError('CORPUS_SCHEMA', { file: CORPUS_FILE, entry, field: field || null }, issue?.message ?? 'does not match the corpus schema');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
