import { NARRATION_AGAINST, NARRATION_AGREE, NARRATION_FOR, NARRATION_MIXED, NARRATION_ONCE, NARRATION_TURNS } from './narration-cues.js';
import { modelOf, negatedAt, occurrences, phraseHits, split, stanceTokens, type StanceModel } from './stance.js';
import type { Topic } from '../model/corpus-schema.js';
import { endsSentence, type Span } from './text-layout.js';
import { fold } from '../text/fold.js';

/**
 * Reads where a speaker stands from the narration around their quotation: the reporter's own sentences
 * ("Not everyone is convinced.", "X, who sponsored the measure, said", "Y disagreed"). Quotations are blanked
 * out first, so a speaker's words never count as narration about them.
 */

/** A narration sentence: its offset in the body and its text. */
export interface Sentence {
  readonly at: number;
  readonly text: string;
}

/** What narration says: a lean, a declared middle position, agreement with the last voice, a turn to the other side. */
export interface NarrationScore {
  readonly score: number;
  readonly mixed: boolean;
  /** +1 "agreed", -1 "did not agree", 0 neither. */
  readonly agree: number;
  readonly turn: boolean;
  readonly cues: string[];
}

const LEX = {
  for: split(NARRATION_FOR),
  against: split(NARRATION_AGAINST),
  mixed: split(NARRATION_MIXED),
  agree: split(NARRATION_AGREE),
  turns: split(NARRATION_TURNS),
};

const TIME_LIMITED = split(NARRATION_ONCE);

/** Verbs of a condition or reservation after a concession ("supports it but wants…"). */
const RESERVATIONS = new Set(['wants', 'want', 'wanted', 'asks', 'asked', 'insists', 'insisted', 'conditions', 'demands', 'demanded', 'expects']);

/** Scores one narration sentence. A reversal within a few words after a cue turns it ("pushed back on the ban"). */
export function scoreNarration(text: string, topic: Topic): NarrationScore {
  const model = modelOf(topic);
  const tokens = stanceTokens(text);
  const cues: string[] = [];
  let score = 0;
  let mixed = false;
  let agree = 0;
  const cueStarts: number[] = [];
  const sideWord = (phrase: readonly string[]) => !(phrase.length === 1 && (phrase[0] === 'yes' || phrase[0] === 'no'));
  const lists = narrationLists(topic, model);
  for (const [phrase] of phraseHits(tokens, lists.mixed)) {
    mixed = true;
    cues.push(`“${phrase.join(' ')}” (no side taken)`);
  }
  const lean = (phrases: readonly string[][], weight: number) => {
    for (const [phrase, at] of phraseHits(tokens, phrases)) {
      if (!sideWord(phrase)) continue;
      {
        // "Not everyone is convinced", "Not every parent is on board": a sentence that opens with a negation.
        const negated = negatedAt(tokens, at, phrase.length) || (tokens[0] === 'not' && at > 0);
        const reversal = reversedAfter(tokens, at + phrase.length, model);
        // "Okafor said the skeptics were underestimating the city": people of a side named inside what the
        // speaker said are the ones answered, not the speaker.
        const answered = phrase.length === 1 && SIDE_PEOPLE.has(phrase[0] ?? '') && reportedBefore(tokens, at);
        // "rejected the charge that…", "dismissed the concerns": turning away a criticism defends the thing.
        const rebutted = rebuttal(tokens, at, phrase.length);
        const sign = (negated ? -1 : 1) * (reversal === null ? 1 : -1) * (answered ? -1 : 1) * (rebutted ? -1 : 1);
        score += sign * weight;
        if (Math.abs(weight) < 1) cues.push('a position held once (weak)');
        cueStarts.push(at);
        cues.push(`${negated ? 'negated ' : ''}“${phrase.join(' ')}”${reversal === null ? '' : ` … “${reversal}”`} (${sign * weight > 0 ? 'for' : 'against'})`);
      }
    }
  };
  // "at first", "initially", "used to": a position held once is weak evidence of the one held now.
  const once = TIME_LIMITED.some((phrase) => occurrences(tokens, phrase).length > 0) ? 0.5 : 1;
  lean(lists.for, once);
  lean(lists.against, -once);
  for (const phrase of LEX.agree) {
    for (const at of occurrences(tokens, phrase)) {
      agree = negatedAt(tokens, at, phrase.length) || tokens[0] === 'not' ? -1 : 1;
      cues.push(`${agree < 0 ? 'negated ' : ''}“${phrase.join(' ')}” (${agree < 0 ? 'disagrees with' : 'agrees with'} the voice before)`);
    }
  }
  const turn = LEX.turns.some((phrase) => phrase.every((word, k) => tokens[k] === word));
  // "supports the plan for now but wants…", "backs it, though…": a side qualified by a concession is mixed.
  const firstCue = cueStarts.length === 0 ? -1 : Math.min(...cueStarts);
  const concession = tokens.findIndex((word, k) => k > firstCue && (word === 'but' || word === 'although' || word === 'though'));
  const reserved = concession < 0 ? -1 : tokens.slice(concession + 1).findIndex((word, k, rest) => lists.both.some((phrase) => phrase.every((part, j) => rest[k + j] === part)) || RESERVATIONS.has(word));
  if (firstCue >= 0 && concession > firstCue && reserved >= 0 && score !== 0) {
    mixed = true;
    cues.push(`“${tokens[concession]}” qualifies it (a side with a reservation)`);
  }
  return { score, mixed, agree, turn, cues };
}

/** Nouns for the people on a side: the speaker is one of them only where the sentence does not report them. */
const SIDE_PEOPLE = new Set(['critics', 'critic', 'opponents', 'opponent', 'opposition', 'skeptics', 'sceptics', 'detractors', 'supporters', 'supporter', 'proponents', 'backers']);

/** Reporting verbs after which the rest of a sentence is what the speaker said, not what they are. */
const REPORTING = new Set(['said', 'says', 'argued', 'argues', 'told', 'tells', 'insisted', 'insists', 'contended', 'contends', 'countered', 'counters', 'noted', 'notes', 'added', 'adds', 'accused', 'accuses', 'suggested', 'suggests']);

/** Verbs that turn a criticism away, and the criticisms they turn away. */
const REBUFFS = new Set(['rejected', 'rejects', 'dismissed', 'dismisses', 'denied', 'denies', 'rebuffed', 'rebuffs', 'refuted', 'refutes', 'brushed']);
const CRITICISMS = new Set(['charge', 'charges', 'criticism', 'criticisms', 'concerns', 'concern', 'claim', 'claims', 'accusation', 'accusations', 'fears', 'worries', 'suggestion', 'objections', 'critics', 'complaints', 'allegation', 'allegations']);

/** Whether the cue at `at` is a rebuff of a criticism, or a criticism rebuffed, within three words. */
function rebuttal(tokens: readonly string[], at: number, length: number): boolean {
  const word = tokens[at] ?? '';
  if (REBUFFS.has(word)) {
    for (let k = at + 1; k <= at + 3 && k < tokens.length; k += 1) if (CRITICISMS.has(tokens[k] ?? '')) return true;
    return false;
  }
  if (length !== 1 || !CRITICISMS.has(word)) return false;
  for (let k = Math.max(0, at - 3); k < at; k += 1) if (REBUFFS.has(tokens[k] ?? '')) return true;
  return false;
}

function reportedBefore(tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < at; k += 1) if (REPORTING.has(tokens[k] ?? '')) return true;
  return false;
}

const listsOf = new WeakMap<Topic, { for: string[][]; against: string[][]; both: string[][]; mixed: string[][] }>();

/** The narration lexicons merged with the topic's side words, once per topic. */
function narrationLists(topic: Topic, model: StanceModel): { for: string[][]; against: string[][]; both: string[][]; mixed: string[][] } {
  let lists = listsOf.get(topic);
  if (lists === undefined) {
    lists = { for: dedupe([...LEX.for, ...model.forWords]), against: dedupe([...LEX.against, ...model.againstWords]), both: [...LEX.against, ...LEX.for], mixed: [...LEX.mixed, ...model.mixedWords] };
    listsOf.set(topic, lists);
  }
  return lists;
}

function dedupe(phrases: string[][]): string[][] {
  const keys = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.join(' ');
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

function reversedAfter(tokens: readonly string[], from: number, model: StanceModel): string | null {
  const hit = phraseHits(tokens.slice(from, from + 6), model.reversals)[0];
  return hit === undefined ? null : hit[0].join(' ');
}

/** A paragraph's text with its quotations (marks included) blanked out, same length as the body slice. */
function narrationOf(body: string, paragraph: Span, quotes: readonly Span[]): string {
  let text = body.slice(paragraph.start, paragraph.end);
  for (const quote of quotes) {
    if (quote.end < paragraph.start || quote.start > paragraph.end) continue;
    const from = Math.max(0, quote.start - 1 - paragraph.start);
    const to = Math.min(text.length, quote.end + 1 - paragraph.start);
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  // Scare quotes are words the narration holds at a distance (the so-called "community benefits"): not its cues.
  return text.replace(SCARE_QUOTE, (quoted) => ' '.repeat(quoted.length));
}

/** One to three words in double quotation marks. */
const SCARE_QUOTE = /[“"][^“”"\s]+(?:\s[^“”"\s]+){0,2}[”"]/gu;

function sentencesOf(text: string, offset: number): Sentence[] {
  const result: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const part = text.slice(from, end);
    if (/\p{L}{2,}/u.test(part)) result.push({ at: offset + from + (part.length - part.trimStart().length), text: part.trim() });
    from = end;
  };
  for (let i = 0; i < text.length; i += 1) if (endsSentence(text, i)) push(i + 1);
  push(text.length);
  return result;
}

/** Narration around one quotation: sentences about its speaker, and the lead-in before them. */
export interface NarrationContext {
  /** The quotation's own paragraph, and sentences of the paragraph before that name the speaker. */
  readonly about: Sentence[];
  /** Other sentences of the paragraph before, when that paragraph quotes nobody: "Critics say…". */
  readonly lead: Sentence[];
}

/** The narration context of the quotation at `quote`, said by `speaker` (name as the article gives it). */
export function narrationContext(body: string, paras: readonly Span[], quotes: readonly Span[], quote: Span, speaker: string | null, seen: Map<string, readonly string[]> = new Map()): NarrationContext {
  const index = paras.findIndex((paragraph) => paragraph.start <= quote.start && quote.start <= paragraph.end);
  const own = paras[index];
  if (own === undefined) return { about: [], lead: [] };
  const surname = speaker === null ? null : fold(speaker.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).pop() ?? speaker);
  const names = (sentence: Sentence) => surname !== null && surname.length > 1 && wordsOf(sentence.text, seen).includes(surname);
  // In the quote's own paragraph, sentences before the one that names the speaker or holds the quote are a
  // lead-in about a group ("Students are still divided. Senior X said…"), not about the speaker.
  const ownSentences = sentencesOf(narrationOf(body, own, quotes), own.start);
  const first = ownSentences.findIndex((sentence, k) => names(sentence) || (ownSentences[k + 1]?.at ?? Infinity) > quote.start);
  const about = ownSentences.slice(Math.max(0, first));
  const lead = ownSentences.slice(0, Math.max(0, first));
  const previous = paras[index - 1];
  if (previous === undefined || quotes.some((other) => other.start >= previous.start && other.start <= previous.end)) return { about, lead };
  for (const sentence of sentencesOf(body.slice(previous.start, previous.end), previous.start)) (names(sentence) ? about : lead).push(sentence);
  return { about, lead };
}

/** A narration sentence's folded words, remembered in `seen` (one article's): each quote of each speaker asks the same sentences again. */
function wordsOf(text: string, seen: Map<string, readonly string[]>): readonly string[] {
  let found = seen.get(text);
  if (found === undefined) {
    found = fold(text).split(/[^\p{L}\p{N}']+/u);
    seen.set(text, found);
  }
  return found;
}
