import type { Side } from '../model/corpus-schema.js';
import { tokenize, type Token } from '../text/fold.js';
import { fold } from '../text/fold.js';
import { isSwappedStopWord, KEEP_WORDS, LINKS, MENTIONS, NEGATION_REACH, NEGATORS, OVERVIEW_PHRASES, REQUEST_PHRASES, SPEECH_WORDS, STOP_WORDS, WHY_WORDS } from './english.js';
import type { Meaning, PhraseMatch, Vocabulary } from './vocabulary.js';
import { REMOVAL_WORDS } from '../extract/stance-cues.js';

/** Stems of the words for keeping things as they are. */
const KEEP_STEMS = contentStems(KEEP_WORDS);

/** Stems of the words for taking something away ("removing", "get rid"), whichever the question uses. */
const REMOVAL_STEMS = contentStems(REMOVAL_WORDS);

/** The stems of a word list's words, stop words aside ("get rid" → "rid"). */
function contentStems(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((word) => tokenize(word).map((token) => token.stem)).filter((stem) => !STOP_WORDS.has(stem)));
}

/** What a question asks, read against one topic's vocabulary. */
export interface ParsedQuestion {
  /** The side asked for, or null when the question takes none (or names both). */
  readonly side: Side | null;
  readonly speakerIds: readonly string[];
  readonly groupIds: readonly string[];
  /** How many of the topic's keywords the question uses: evidence that it is about this topic. */
  readonly keywordHits: number;
  /** How many side words the question uses, whether or not they settle on a side. */
  readonly sideWords: number;
  /** True when the question asks for the whole debate ("both sides", "the main arguments"). */
  readonly overview: boolean;
  /** Multi-word topic terms ("sandy hook") and content words no phrase claimed (folded); no stop words. */
  readonly terms: readonly string[];
}

/**
 * Reads a question against a topic's vocabulary. Pure. Side words count with their negation ("don't support"
 * is against) and with the topic's reversals ("supporters of removing police" are against police in schools; for
 * a proposal to take something away, "supporters of letter grades" and "who wants to keep them" are against);
 * a question naming both sides, or none, takes no side. A "why" question with no side word asks for the case
 * for what it names ("why keep police in schools?").
 */
export function parseQuestion(question: string, vocabulary: Vocabulary): ParsedQuestion {
  const folded = fold(question.replace(MENTIONS, ' ').replace(LINKS, (_, slack: string | undefined, markdown: string | undefined) => ` ${slack ?? markdown ?? ''} `)).replace(REQUEST_PHRASES, ' ');
  const tokens = tokenize(folded);
  const matches = vocabulary.match(tokens);
  const speaking = tokens.some((token) => SPEECH_WORDS.has(token.word));
  const short = tokens.filter((token) => !STOP_WORDS.has(token.word)).length <= 2;
  const chosen = matches.map((match) => ({ match, meanings: choose(match, speaking, isPlural(tokens[match.end - 1]), asksWhatSomeoneSaid(tokens, match), standsAsName(tokens, match), short) }));

  const speakerIds = unique(chosen.flatMap(({ meanings }) => meanings.flatMap((m) => (m.type === 'speaker' || m.type === 'surname' || m.type === 'role' || m.type === 'given' ? [m.id] : []))));
  const groupIds = unique(chosen.flatMap(({ meanings }) => meanings.flatMap((m) => (m.type === 'group' ? [m.id] : []))));
  const keywordHits = chosen.filter(({ meanings }) => meanings.some((m) => m.type === 'keyword' || m.type === 'removed')).length;
  const named = chosen.filter(({ meanings }) => meanings.some((m) => m.type === 'reversal')).length;
  // "supporters of letter grades" oppose replacing them; "supporters of removing letter grades" do not.
  const removedAlone = named === 0 && chosen.some(({ meanings }) => meanings.some((m) => m.type === 'removed')) && !tokens.some((token) => REMOVAL_STEMS.has(token.stem));
  // "keep things the way they are" says no once, not twice.
  const keepTurned = chosen.some(({ match, meanings }) => meanings.some((m) => m.type === 'reversal') && tokens.slice(match.start, match.end).some((token) => KEEP_STEMS.has(token.stem)));
  const statusQuo = chosen.some(({ meanings }) => meanings.some((m) => m.type === 'status-quo')) && !keepTurned;
  const reversals = named + (removedAlone ? 1 : 0) + (statusQuo ? 1 : 0);
  const sideMatches = chosen.flatMap(({ match, meanings }) =>
    meanings.flatMap((m) => (m.type === 'side' ? [{ side: m.side, start: match.start }] : [])),
  );

  return {
    side: readSide(tokens, sideMatches, reversals, keywordHits),
    speakerIds,
    groupIds,
    keywordHits,
    sideWords: sideMatches.length,
    overview: OVERVIEW_PHRASES.test(folded),
    terms: unique([
      ...chosen.flatMap(({ meanings }) => meanings.flatMap((m) => (m.type === 'term' ? [m.text] : []))),
      // (A phrase that means nothing here, such as a surname used as a word, leaves its words to the search.)
      ...contentWords(tokens, chosen.filter(({ meanings }) => meanings.length > 0).map(({ match }) => match)),
    ]),
  };
}

/**
 * Picks what an ambiguous phrase means here: names first; then the debate's own words; then an office or role
 * its holders are named by ("the superintendent"), where it is also a group only when asked in the singular
 * ("what did the principal say?", but "what do principals say?" asks the group); a group only when the question
 * asks what people say.
 */
function choose(match: PhraseMatch, speaking: boolean, plural: boolean, askedAbout: boolean, asName: boolean, short: boolean): Meaning[] {
  const speakers = match.meanings.filter((m) => m.type === 'speaker');
  // A one-word name too names its bearer only where it stands as a name: "what did Brightwater say?", but not in
  // "the Brightwater data center", where it names the thing debated.
  if (speakers.length > 0 && (match.end - match.start > 1 || asName)) return speakers;
  if (speakers.length > 0 && match.meanings.every((m) => m.type === 'speaker' || m.type === 'surname')) return [];
  // A surname alone names its bearer where it stands as a name ("what did Bell say?", "Murphy on racism", "what
  // about Harper?"), not where it is a word of something else ("the bell schedule", "Harper Valley").
  const surnames = match.meanings.filter((m) => m.type === 'surname');
  if (surnames.length > 0 && asName) return surnames;
  if (surnames.length > 0 && match.meanings.length === surnames.length) return [];
  const has = (type: Meaning['type']) => match.meanings.some((m) => m.type === type);
  // A given name alone names its one bearer only as the subject of what was said ("what did Jonah say?"), never
  // as a word that happens to be one ("what does the bill say?", "hope").
  const given = match.meanings.filter((m) => m.type === 'given');
  if (given.length > 0 && match.meanings.length === given.length) return askedAbout && !match.fuzzy ? given : [];
  const topicWord = has('side') || has('reversal') || has('removed') || has('keyword') || has('term');
  if (has('role') && !topicWord && !(plural && has('group'))) return match.meanings.filter((m) => m.type === 'role');
  if (has('group') && has('keyword')) return match.meanings.filter((m) => m.type === (speaking ? 'group' : 'keyword'));
  // "do teens just copy their parents?" asks about a point, not what parents say: a group is asked for only with a
  // word of saying or thinking, or in a short question ("parents?", "what about parents").
  if (has('group') && !speaking && !short) return match.meanings.filter((m) => m.type !== 'group' && m.type !== 'role');
  for (const type of ['side', 'reversal', 'removed', 'status-quo', 'group', 'keyword', 'term'] as const) {
    const picked = match.meanings.filter((m) => m.type === type);
    if (picked.length > 0) return picked;
  }
  return [];
}

/** Words a person's name follows when the question asks what they said: "what did Jonah say", "quotes from Jonah". */
const SUBJECT_BEFORE = new Set(['did', 'does', 'do', 'has', 'had', 'from', 'by']);

function asksWhatSomeoneSaid(tokens: readonly Token[], match: PhraseMatch): boolean {
  const before = tokens[match.start - 1]?.word;
  const after = tokens[match.end]?.word;
  // ("maya", "and lily?", "what about sam": the name alone, or after "about"/"and", closing the question.)
  const alone = after === undefined && (match.start === 0 || before === 'about' || before === 'and');
  return alone || (before !== undefined && SUBJECT_BEFORE.has(before)) || (match.start === 0 && after !== undefined && SPEECH_WORDS.has(after));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'their', 'his', 'her', 'its']);

/** Whether a one-word name stands as a name: not after a determiner, and followed by nothing or by a function or speech word. */
function standsAsName(tokens: readonly Token[], match: PhraseMatch): boolean {
  const before = tokens[match.start - 1]?.word;
  const after = tokens[match.end]?.word;
  if (before !== undefined && DETERMINERS.has(before)) return false;
  return after === undefined || STOP_WORDS.has(after) || SPEECH_WORDS.has(after) || NEGATORS.has(after);
}

/** "principals", "board members": the question asks for several. */
function isPlural(token: Token | undefined): boolean {
  return token !== undefined && token.word.length > 3 && token.word.endsWith('s') && !token.word.endsWith('ss') && token.word !== token.stem;
}

function readSide(
  tokens: readonly Token[],
  sideMatches: ReadonlyArray<{ side: Side; start: number }>,
  reversals: number,
  keywordHits: number,
): Side | null {
  if (sideMatches.some((match) => match.side === 'mixed')) return 'mixed';
  const turn = reversals % 2 === 0 ? 1 : -1;
  const polarities = new Set(
    sideMatches.map((match) => (match.side === 'for' ? 1 : -1) * (negatedAt(tokens, match.start) ? -1 : 1) * turn),
  );
  if (polarities.size === 1) return polarities.has(1) ? 'for' : 'against';
  if (polarities.size > 1) return null;
  const first = tokens[0];
  if (first !== undefined && WHY_WORDS.has(first.word) && (keywordHits > 0 || reversals > 0)) {
    const negated = tokens.some((token) => NEGATORS.has(token.word));
    return turn * (negated ? -1 : 1) === 1 ? 'for' : 'against';
  }
  return null;
}

function negatedAt(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - NEGATION_REACH); k < at; k += 1) {
    if (NEGATORS.has(tokens[k]?.word ?? '')) return true;
  }
  return false;
}

function contentWords(tokens: readonly Token[], matches: readonly PhraseMatch[]): string[] {
  const claimed = new Set<number>();
  for (const match of matches) for (let k = match.start; k < match.end; k += 1) claimed.add(k);
  // One word per stem: "school" and "schools" in one question are one term, not two votes.
  const byStem = new Map<string, string>();
  tokens.forEach((token, k) => {
    const skip = claimed.has(k) || STOP_WORDS.has(token.word) || NEGATORS.has(token.word) || token.word.length < 2 || isSwappedStopWord(token.word);
    if (!skip && !byStem.has(token.stem)) byStem.set(token.stem, token.word);
  });
  return [...byStem.values()];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
