import type { Answer } from './model/answer.js';
import type { Corpus } from './model/corpus.js';
import type { Topic } from './model/corpus-schema.js';
import { composeAnswer, type ComposeContext, type ComposeRequest } from './compose/compose-answer.js';
import { decodeFollowUp } from './compose/follow-up-token.js';
import { Passages } from './compose/passages.js';
import type { AskOptions, Counterpoint, SourceSummary, SpeakerSummary } from './engine-types.js';
import { QuoteIndex } from './search/quote-index.js';
import { fold, tokenize, type Token } from './text/fold.js';
import { sanitizeUserText } from './text/sanitize.js';
import { parseQuestion, type ParsedQuestion } from './understand/parse-question.js';
import { Vocabulary } from './understand/vocabulary.js';
import { synonymTable, termKey } from './understand/synonyms.js';
import { sourcesOf, speakersOf, suggest } from './catalog/corpus-catalog.js';

/** Questions longer than this get a polite request to shorten them instead of an answer. */
export const MAX_QUESTION_LENGTH = 500;

/** Options for `createCounterpoint`. */
export interface CounterpointOptions {
  /** A prebuilt index for this corpus (from a snapshot); built from the corpus when absent. */
  readonly index?: QuoteIndex;
}

interface Routed {
  readonly topic: Topic;
  readonly parsed: ParsedQuestion;
  readonly matchedTerms: readonly string[];
  readonly score: number;
}

/**
 * Builds the core over a verified corpus: the search index, each topic's vocabulary and the passages are made
 * once here, so every answer afterwards is pure, synchronous work over memory.
 */
export function createCounterpoint(corpus: Corpus, options: CounterpointOptions = {}): Counterpoint {
  const index = options.index ?? QuoteIndex.build(corpus);
  const passages = new Passages(corpus);
  const phrases = new Map<string, Token[]>();
  const tokenizePhrase = (phrase: string) => phrases.get(phrase) ?? phrases.set(phrase, tokenize(phrase)).get(phrase) ?? [];
  const vocabularies = new Map(corpus.topics.map((topic) => [topic.id, new Vocabulary(topic, corpus, (stem) => index.hasStem(stem), tokenizePhrase)]));
  phrases.clear();
  const speakerTopics = topicsBySpeaker(corpus);
  const synonyms = new Map(corpus.topics.map((topic) => [topic.id, synonymTable(topic)]));
  const context: ComposeContext = {
    corpus,
    passages,
    relevance: (terms, topic) => {
      const found = index.scores(terms.map((term) => ({ term, synonyms: synonyms.get(topic)?.get(termKey(term)) ?? [] })), topic);
      return { scores: found.scores, terms: found.ranked };
    },
  };

  const termMatches = (term: string, topic: Topic) =>
    index.matchesWord(term, topic.id) || (synonyms.get(topic.id)?.has(termKey(term)) ?? false);

  function route(text: string, ask: AskOptions): Routed | null {
    const candidates = corpus.topics
      .filter((topic) => ask.topicId === undefined || topic.id === ask.topicId)
      .map((topic): Routed => {
        const vocabulary = vocabularies.get(topic.id);
        const parsed = vocabulary === undefined ? emptyParse() : parseQuestion(text, vocabulary);
        const matchedTerms = parsed.terms.filter((term) => termMatches(term, topic));
        const speakers = (ask.speakerIds ?? parsed.speakerIds).filter((id) => speakerTopics.get(id)?.has(topic.id)).length;
        const score = parsed.keywordHits * 2 + matchedTerms.length * 1.5 + speakers * 3 + parsed.groupIds.length + (parsed.side ? 0.5 : 0);
        return { topic, parsed, matchedTerms, score };
      });
    return candidates.reduce<Routed | null>((best, candidate) => (best === null || candidate.score > best.score ? candidate : best), null);
  }

  function ask(question: string, ask: AskOptions = {}): Answer {
    const text = sanitizeUserText(question);
    if (text.length > MAX_QUESTION_LENGTH) {
      return noticeAnswer(text.slice(0, 80) + '…', `That question is ${text.length} characters long; please ask it in under ${MAX_QUESTION_LENGTH}.`, corpus);
    }
    const routed = route(text, ask);
    if (routed === null) return noticeAnswer(text, `There is no topic "${ask.topicId}" in this corpus. Topics: ${topicList(corpus)}.`, corpus);
    const { topic, parsed, matchedTerms } = routed;
    const side = ask.side ?? parsed.side;
    const speakerIds = ask.speakerIds ?? parsed.speakerIds;
    const named = speakerIds.length > 0 || parsed.groupIds.length > 0;
    const keywords = parsed.keywordHits > 0 || parsed.overview;
    const unmatched = parsed.terms.filter((term) => !matchedTerms.includes(term));
    if (text.length === 0 && !named && side === null) {
      return noticeAnswer(text, `Ask me about a debate, for example: ${topic.suggestions[0] ?? topic.question}`, corpus);
    }
    // Off topic: nothing the corpus knows is named, and the words it does know are a minority of what was asked
    // ("the best pizza topping on the moon" shares only "best" with one quote).
    const mostlyUnknown = matchedTerms.length === 0 || (parsed.sideWords === 0 && matchedTerms.length * 2 < parsed.terms.length);
    // (A side asked for with one word the corpus lacks, "who wants to keep it at 60?", is still a side question; two
    // such words, "critics of pineapple pizza", are a subject the corpus does not cover.)
    const offTopic = mostlyUnknown && !keywords && !named && (parsed.sideWords === 0 || unmatched.length >= 2);
    if (offTopic) {
      const what = unmatched.length > 0 ? `“${unmatched.join(' ')}”` : 'that';
      return noticeAnswer(text, `I have nothing on ${what}. I can answer questions on ${topicList(corpus)}.`, corpus);
    }
    const request: ComposeRequest = {
      question: text,
      topic,
      side,
      speakerIds,
      groupIds: parsed.groupIds,
      terms: matchedTerms,
      unmatchedTerms: unmatched,
      page: 0,
      rotation: rotationOf(text),
    };
    return composeAnswer(request, context);
  }

  function followUp(token: string): Answer {
    const request = decodeFollowUp(token);
    const topic = request === null ? undefined : corpus.topicById.get(request.topic);
    if (request === null || topic === undefined) {
      return noticeAnswer('', 'That button no longer matches this corpus; please ask the question again.', corpus);
    }
    return composeAnswer(
      {
        question: request.action === 'more' ? 'more' : 'other side',
        topic,
        side: request.side,
        speakerIds: request.speakers.filter((id) => corpus.speakerById.has(id)),
        groupIds: request.groups.filter((id) => corpus.groupById.has(id)),
        terms: request.terms,
        unmatchedTerms: [],
        page: request.page,
        rotation: rotationOf(token.replace(/~\d+~/, '~')),
      },
      context,
    );
  }

  // Listings are the same until the corpus changes (it never does under one engine): made on first use, once
  // per topic, and copied out so that no caller can change another's.
  const listings = new Map<string, { sources: SourceSummary[]; speakers: SpeakerSummary[] }>();
  const listing = (topicId?: string) => {
    const key = topicId !== undefined && corpus.topicById.has(topicId) ? topicId : topicId === undefined ? '' : null;
    if (key === null) return { sources: [], speakers: [] };
    let found = listings.get(key);
    if (found === undefined) listings.set(key, (found = { sources: sourcesOf(corpus, topicId), speakers: speakersOf(corpus, topicId) }));
    return found;
  };
  let names: Map<string, string[]> | undefined;
  const foldedNames = () => (names ??= new Map(corpus.speakers.map((speaker) => [speaker.id, [speaker.name, ...speaker.aliases].map(fold)])));

  return {
    corpus,
    ask,
    followUp,
    sources: (topicId) => [...listing(topicId).sources],
    speakers: (topicId) => [...listing(topicId).speakers],
    suggestSpeakers: (prefix, limit = 25) => suggest(listing().speakers, foldedNames(), prefix, limit),
  };
}

function emptyParse(): ParsedQuestion {
  return { side: null, speakerIds: [], groupIds: [], keywordHits: 0, sideWords: 0, overview: false, terms: [] };
}

function noticeAnswer(question: string, notice: string, corpus: Corpus): Answer {
  return {
    question,
    topic: null,
    intent: { side: null, speakers: [], groups: [], terms: [] },
    sections: [],
    notice,
    suggestions: corpus.topics.flatMap((topic) => topic.suggestions.slice(0, 4)).slice(0, 6),
    followUps: { more: null, otherSide: null },
  };
}

function topicList(corpus: Corpus): string {
  return corpus.topics.map((topic) => `“${topic.question}”`).join(', ');
}

/** A stable small number from the question, so the same question always lists sides in the same order. */
function rotationOf(text: string): number {
  let hash = 0;
  for (const char of fold(text)) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 3;
}

function topicsBySpeaker(corpus: Corpus): Map<string, Set<string>> {
  const add = (map: Map<string, Set<string>>, speaker: string, topic: string) => {
    const topics = map.get(speaker);
    if (topics === undefined) map.set(speaker, new Set([topic]));
    else topics.add(topic);
  };
  // A speaker's own quotes first, then credited to the organization each speaks for (looked up once per speaker).
  const own = new Map<string, Set<string>>();
  for (const quote of corpus.quotes) add(own, quote.speaker, quote.topic);
  const map = new Map<string, Set<string>>();
  for (const [speaker, topics] of own) {
    const organization = corpus.speakerById.get(speaker)?.organization;
    for (const topic of topics) {
      add(map, speaker, topic);
      if (organization) add(map, organization, topic);
    }
  }
  for (const speaker of corpus.speakers) for (const group of speaker.groups) for (const topic of map.get(speaker.id) ?? []) add(map, group, topic);
  return map;
}
