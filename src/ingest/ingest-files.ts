import { placeSpeaker, withDefaultGroups } from './default-groups.js';
import { basename } from 'node:path';
import type { ParsedArticle } from '../extract/front-matter.js';
import { ArticleFileError, readArticleFile } from './read-article-file.js';
import type { CorpusFile, Topic } from '../model/corpus-schema.js';
import { bodyHash, draftArticle, withHeadline } from './article-record.js';
import { readCorpusFile, writeCorpus } from './corpus-store.js';
import { questionKey, topicFromQuestion } from './default-topic.js';
import { knownSpeakersOf, linkOrganization } from './speaker-registry.js';

/** Options of `ingestFiles`. */
export interface IngestOptions {
  /** The debated question every file joins, instead of each file's front matter `question`. */
  readonly topic?: string;
  /** Called after each file is read and extracted (done counts from 1). */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/** What an ingest did, file by file. */
export interface IngestReport {
  readonly added: ReadonlyArray<{ file: string; article: string; topic: string; quotes: number; unattributed: number }>;
  /** Files whose text the corpus already has; `differs` names front matter fields the stored article does not share. */
  readonly unchanged: ReadonlyArray<{ file: string; article: string; differs: readonly string[] }>;
  readonly topicsCreated: readonly string[];
  readonly speakersCreated: readonly string[];
  readonly created: boolean;
}

/** Thrown when an input file cannot be ingested; nothing has been written when it is thrown. */
export class IngestError extends Error {
  readonly code: 'INGEST_NO_QUESTION' | 'INGEST_UNREADABLE' | 'INGEST_FRONT_MATTER' | 'INGEST_NOT_ARTICLE';
  readonly file: string;
  constructor(code: IngestError['code'], file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'IngestError';
    this.code = code;
    this.file = file;
  }
}

/**
 * Adds article files to the corpus in `corpusDir` (created when missing). Each article joins the topic its
 * front matter `question` names (matched ignoring case and punctuation; a new topic otherwise) or the `topic`
 * option's question. Quotes are filed unreviewed with the basis of their proposed side; speakers are merged with
 * known ones by name or alias. Idempotent: an article whose text the corpus already has is left alone. All or
 * nothing: every file is read and the new corpus validated before anything is written, and the write itself is
 * atomic (see `writeCorpus`).
 */
export async function ingestFiles(corpusDir: string, files: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  const existing = readCorpusFile(corpusDir);
  const corpus: CorpusFile = existing ?? { version: 1, name: `counterpoint corpus: ${basename(corpusDir)}`.slice(0, 120), settings: { requireReview: false }, topics: [], groups: [], speakers: [], articles: [] };
  const topics = [...corpus.topics];
  const speakers = [...corpus.speakers];
  const articles = [...corpus.articles];
  const speakerIdsBefore = new Set(speakers.map((speaker) => speaker.id));
  const topicIdsBefore = new Set(topics.map((topic) => topic.id));
  const takenQuoteIds = new Set(articles.flatMap((article) => article.quotes.map((quote) => quote.id)));
  const added: Array<IngestReport['added'][number]> = [];
  const unchanged: Array<IngestReport['unchanged'][number]> = [];
  const texts = new Map<string, string>();

  files.forEach((file, index) => {
    const { meta, body } = readArticle(file);
    const hash = bodyHash(body);
    const same = articles.find((article) => article.sha256 === hash);
    if (same !== undefined) {
      // Ingest never rewrites a stored article; it says when the file's own metadata would have changed it.
      const given = withHeadline(meta, body);
      const differs = (['title', 'outlet', 'date', 'url'] as const).filter((field) => given[field] !== null && given[field] !== same[field]);
      unchanged.push({ file, article: same.id, differs });
    } else {
      const topic = topicFor(file, options.topic ?? meta.question, topics);
      const draft = draftArticle(meta, body, topic, speakers, knownSpeakersOf({ ...corpus, speakers, articles }, topic.id), takenQuoteIds);
      articles.push(draft.article);
      texts.set(draft.article.file, body);
      added.push({ file, article: draft.article.id, topic: topic.id, quotes: draft.article.quotes.length, unattributed: draft.unattributed });
    }
    options.onProgress?.(index + 1, files.length, file);
  });

  if (added.length > 0 || existing === null) {
    if (topics.length === 0) throw new IngestError('INGEST_NO_QUESTION', corpusDir, 'a new corpus needs a debated question: give the files a `question:` front matter line or pass --topic');
    const groups = withDefaultGroups(corpus.groups);
    const placed = speakers.map((speaker) => (speakerIdsBefore.has(speaker.id) ? speaker : linkOrganization(placeSpeaker(speaker, groups), speakers)));
    writeCorpus(corpusDir, { ...corpus, topics, groups, speakers: placed, articles }, texts);
  }
  return {
    added,
    unchanged,
    topicsCreated: topics.filter((topic) => !topicIdsBefore.has(topic.id)).map((topic) => topic.id),
    speakersCreated: speakers.filter((speaker) => !speakerIdsBefore.has(speaker.id)).map((speaker) => speaker.id),
    created: existing === null,
  };
}

function readArticle(file: string): ParsedArticle {
  try {
    return readArticleFile(file);
  } catch (error) {
    if (!(error instanceof ArticleFileError)) throw error;
    throw new IngestError(error.code === 'FRONT_MATTER' ? 'INGEST_FRONT_MATTER' : error.code === 'UNREADABLE' ? 'INGEST_UNREADABLE' : 'INGEST_NOT_ARTICLE', file, error.message);
  }
}

/** The topic a question names, matched ignoring case and punctuation; added when new. One topic: the default. */
function topicFor(file: string, question: string | null | undefined, topics: Topic[]): Topic {
  if (question === null || question === undefined || question.trim() === '') {
    if (topics.length === 1) return topics[0] as Topic;
    throw new IngestError('INGEST_NO_QUESTION', file, topics.length === 0 ? 'no `question:` in its front matter and no --topic given' : 'no `question:` in its front matter, and the corpus has several topics: pass --topic');
  }
  const key = questionKey(question);
  const match = topics.find((topic) => questionKey(topic.question) === key);
  if (match !== undefined) return match;
  const topic = topicFromQuestion(question, new Set(topics.map((t) => t.id)));
  topics.push(topic);
  return topic;
}
