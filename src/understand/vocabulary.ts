import type { Corpus } from '../model/corpus.js';
import type { Side, Topic } from '../model/corpus-schema.js';
import { tokenize, type Token } from '../text/fold.js';
import { typoAllowance, withinEdits } from '../text/edit-distance.js';
import { CHANGE_WORDS, isSwappedStopWord, KEEP_WORDS, NEGATORS, STATUS_QUO, STOP_WORDS, STOPPING_WORDS, YES_NO_SIDES } from './english.js';
import { roleHead } from '../text/role-head.js';

/** What a phrase in a question can mean. One phrase may mean several things; `parse-question` chooses. */
export type Meaning =
  | { readonly type: 'side'; readonly side: Side }
  | { readonly type: 'reversal' }
  /** The thing a proposal takes away ("letter grades"): named with no word for taking it away, it turns a side. */
  | { readonly type: 'removed' }
  /** Things as they are ("the way it is"): turns a side once, with or without a "keep". */
  | { readonly type: 'status-quo' }
  | { readonly type: 'keyword' }
  | { readonly type: 'term'; readonly text: string }
  | { readonly type: 'group'; readonly id: string }
  | { readonly type: 'speaker'; readonly id: string }
  /** A speaker's office or role ("the superintendent", "the mayor"): names them when no topic word claims it. */
  | { readonly type: 'role'; readonly id: string }
  /** A person's given name, when no one else quoted has it: names them only where a question asks what they said. */
  | { readonly type: 'given'; readonly id: string }
  /** A person's surname alone ("Bell"): names them unless the question uses it as a word ("the bell schedule"). */
  | { readonly type: 'surname'; readonly id: string };

interface Phrase {
  /** The stems joined by spaces: phrases with the same key are the same words. */
  readonly key: string;
  readonly stems: readonly string[];
  readonly words: readonly string[];
  readonly meanings: Meaning[];
  /** `typoAllowance` of a one-word phrase (0 for longer ones), kept: every unknown question word is tried against each. */
  readonly allowance: number;
}

/** A phrase found in a question: tokens `[start, end)` and what they may mean. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly meanings: readonly Meaning[];
  /** True when a typo was forgiven to make the match. */
  readonly fuzzy: boolean;
}

/**
 * The phrases of one topic a question is read against: the topic's side words, reversals and keywords, and
 * the corpus's groups and speakers. Built once per topic from corpus data, so that a new debate needs no code.
 *
 * The groups and speakers (at 100,000 quotes, 8,000 speakers and their aliases) are the same for every topic:
 * they are kept in one table shared by all topics' vocabularies, behind the topic's own phrases, and every look-up
 * reads the two as if the corpus's phrases had been added after the topic's into one table (a phrase in both
 * has the topic's meanings first, then the corpus's).
 */
export class Vocabulary {
  private readonly own: PhraseTable;
  private readonly shared: PhraseTable;
  /** A topic phrase that is also a corpus phrase, with both meanings; made on first use. */
  private readonly merged = new Map<Phrase, Phrase>();

  /**
   * `tokenizePhrase` defaults to `tokenize`; the engine passes a remembering one while it builds the vocabularies
   * of all topics.
   */
  constructor(
    topic: Topic,
    corpus: Pick<Corpus, 'groups' | 'speakers' | 'quotes'>,
    private readonly knownWord: (stem: string) => boolean,
    tokenizePhrase: (text: string) => readonly Token[] = tokenize,
  ) {
    this.own = new PhraseTable(tokenizePhrase);
    for (const side of ['for', 'against', 'mixed'] as const) {
      for (const word of topic.sides[side].words) this.own.add(word, { type: 'side', side });
    }
    // Every debate is a yes/no question: "the yes side", "who says no", "who's for it" ask for a side in any of them.
    for (const side of ['for', 'against'] as const) for (const phrase of YES_NO_SIDES[side]) this.own.add(phrase, { type: 'side', side });
    for (const word of topic.reversals) this.own.add(word, { type: 'reversal' });
    // General English reversals, unless the question uses the word itself ("Should the county stop…?"). Compared
    // without stop words: "the way it is" shares only "the" with most questions.
    const questionStems = new Set(tokenizePhrase(topic.question).map((token) => token.stem));
    const inQuestion = (word: string) => tokenizePhrase(word).some((token) => !STOP_WORDS.has(token.word) && questionStems.has(token.stem));
    for (const word of STOPPING_WORDS) if (!inQuestion(word)) this.own.add(word, { type: 'reversal' });
    for (const phrase of STATUS_QUO) this.own.add(phrase, { type: 'status-quo' });
    const removes = topic.removes ?? [];
    for (const thing of removes) this.own.add(thing, { type: 'removed' });
    // Keeping things as they are says no to a proposal that takes something away or changes it.
    if (removes.length > 0 || CHANGE_WORDS.some(inQuestion)) {
      for (const word of KEEP_WORDS) if (!inQuestion(word)) this.own.add(word, { type: 'reversal' });
    }
    for (const word of topic.keywords) this.own.add(word, { type: 'keyword' });
    for (const set of topic.synonyms) {
      for (const phrase of set) if (tokenize(phrase).length > 1) this.own.add(phrase, { type: 'term', text: phrase });
    }
    this.shared = corpusPhrases(corpus, tokenizePhrase);
  }

  /**
   * Finds phrases left to right, longest first. An unknown word (in no phrase and nowhere in the corpus) may
   * match a one-word phrase with a typo or two, so "suporters" still asks for supporters.
   */
  match(tokens: readonly Token[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const exact = this.longestAt(tokens, i);
      if (exact !== undefined) {
        // A surname matches as written, not by stem: "water" is no "Waters".
        const asWritten = exact.stems.length === 1 && exact.words[0] !== tokens[i]?.word;
        const meanings = asWritten && exact.meanings.some((m) => m.type === 'surname') ? exact.meanings.filter((m) => m.type !== 'surname') : exact.meanings;
        found.push({ start: i, end: i + exact.stems.length, meanings, fuzzy: false });
        i += exact.stems.length;
        continue;
      }
      const token = tokens[i];
      const fuzzy = token === undefined ? undefined : this.fuzzyWord(token);
      if (fuzzy !== undefined) found.push({ start: i, end: i + 1, meanings: fuzzy.meanings, fuzzy: true });
      i += 1;
    }
    return found;
  }

  /** The longest phrase at `at`; of two as long, they have the same words, so the topic's, with both meanings. */
  private longestAt(tokens: readonly Token[], at: number): Phrase | undefined {
    const own = this.own.longestAt(tokens, at);
    const shared = this.shared.longestAt(tokens, at);
    if (own === undefined) return shared;
    if (shared === undefined || own.stems.length > shared.stems.length) return own;
    return shared.stems.length > own.stems.length ? shared : this.withShared(own);
  }

  private fuzzyWord(token: Token): Phrase | undefined {
    const allowance = typoAllowance(token.word);
    if (allowance === 0 || STOP_WORDS.has(token.word) || NEGATORS.has(token.word) || isSwappedStopWord(token.word) || this.knownWord(token.stem)) return undefined;
    for (const limit of [1, 2].filter((n) => n <= allowance)) {
      const near = (phrase: Phrase) => phrase.allowance >= limit && withinEdits(token.word, phrase.words[0] ?? '', limit);
      // The topic's one-word phrases first, then the corpus's that the topic does not have: the order of one table.
      const own = this.own.singleWords.find(near);
      if (own !== undefined) return this.withShared(own);
      const shared = this.shared.singleWords.find((phrase) => !this.own.has(phrase) && near(phrase));
      if (shared !== undefined) return shared;
    }
    return undefined;
  }

  private withShared(own: Phrase): Phrase {
    const shared = this.shared.same(own);
    if (shared === undefined) return own;
    let phrase = this.merged.get(own);
    if (phrase === undefined) {
      const meanings = [...own.meanings];
      for (const meaning of shared.meanings) if (!meanings.some((existing) => sameMeaning(existing, meaning))) meanings.push(meaning);
      phrase = { ...own, meanings };
      this.merged.set(own, phrase);
    }
    return phrase;
  }
}

/** The corpus's groups and speakers as phrases, made once per corpus (its speaker list) for all topics. */
const corpusTables = new WeakMap<readonly unknown[], { readonly groups: readonly unknown[]; readonly table: PhraseTable }>();

function corpusPhrases(corpus: Pick<Corpus, 'groups' | 'speakers' | 'quotes'>, tokenizePhrase: (text: string) => readonly Token[]): PhraseTable {
  const made = corpusTables.get(corpus.speakers);
  if (made !== undefined && made.groups === corpus.groups) return made.table;
  const table = new PhraseTable(tokenizePhrase);
  for (const group of corpus.groups) {
    for (const word of group.words) table.add(word, { type: 'group', id: group.id });
  }
  // Only speakers with something to show: a speaker left with no quotes (moved to another by a reviewer, or whose
  // article was removed) must not claim a question's words ("Old Mill Road") and answer it with nothing.
  const quoted = new Set(corpus.quotes.map((quote) => quote.speaker));
  for (const speaker of corpus.speakers) if (speaker.organization !== null && quoted.has(speaker.id)) quoted.add(speaker.organization);
  const speakers = corpus.speakers.filter((speaker) => quoted.has(speaker.id));
  for (const speaker of speakers) {
    for (const name of [speaker.name, ...speaker.aliases]) {
      const bareSurname = speaker.kind === 'person' && name !== speaker.name && !/\s/u.test(name.trim());
      table.add(name, bareSurname ? { type: 'surname', id: speaker.id } : { type: 'speaker', id: speaker.id });
    }
  }
  // "what did Jonah say?" after "Jonah Feld": a given name only one quoted person has. After every name and alias.
  const byGiven = new Map<string, string[]>();
  for (const speaker of speakers) {
    const parts = speaker.name.split(/\s+/);
    const given = parts[0] ?? '';
    if (speaker.kind !== 'person' || parts.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(given) || STOP_WORDS.has(given.toLowerCase())) continue;
    const list = byGiven.get(given);
    if (list === undefined) byGiven.set(given, [speaker.id]);
    else list.push(speaker.id);
  }
  for (const [given, ids] of byGiven) if (ids.length === 1) table.add(given, { type: 'given', id: ids[0] as string }, false);
  // After every name, so that a name that is also a role word stays a name. An office held by more than a few
  // quoted people ("parent", "teacher" across a large corpus) names a group, not whom a question means.
  const holders = new Map<string, string[]>();
  for (const speaker of speakers) {
    if (speaker.kind !== 'person' || speaker.role === null) continue;
    for (const title of roleTitles(speaker.role)) {
      const list = holders.get(title);
      if (list === undefined) holders.set(title, [speaker.id]);
      else list.push(speaker.id);
    }
  }
  for (const [title, ids] of holders) if (ids.length <= MAX_OFFICE_HOLDERS) for (const id of ids) table.add(title, { type: 'role', id }, false);
  corpusTables.set(corpus.speakers, { groups: corpus.groups, table });
  return table;
}

/** How many quoted people an office may name before it is a group's word rather than a way to name them. */
const MAX_OFFICE_HOLDERS = 5;


/**
 * The titles a role names its holder by: "Superintendent" → "superintendent"; "a counselor at Cedar Valley High
 * School" → "counselor"; "Board President" → "board president" and "president"; "U.S. senator, D-Connecticut" →
 * "u.s. senator" and "senator". None for a role that is a sentence or a name ("National Association of…").
 */
export function roleTitles(role: string): string[] {
  if (/^(?:of|from|at|in|for|with|on|by)\s/iu.test(role)) return [];
  // "Rev., pastor of First Baptist Church": the office after a clergy style.
  const clergy = /^(?:the\s+)?rev(?:erend)?\.?,\s+(.+)$/iu.exec(role);
  if (clergy?.[1] !== undefined) return roleTitles(clergy[1]);
  const head = roleHead(role).replace(/^(?:a|an|the)\s+/i, '');
  const words = head.split(/\s+/).filter((word) => word !== '');
  // A capitalised run of several words is a name ("National Association"), a lowercase or one-word head a title.
  const name = words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word)) && !/^(?:Board|Deputy|Vice|Assistant|Associate|Chief|Executive|Senior|Interim|Acting)$/u.test(words[0] ?? '');
  if (words.length === 0 || words.length > 3 || name || /\d/.test(head)) return [];
  const title = words.join(' ').toLowerCase();
  const last = words.at(-1)?.toLowerCase() ?? '';
  return words.length > 1 && last.length >= 4 ? [title, last] : [title];
}

/** Phrases keyed by their stems, and by first stem longest first (in the order added among equals). */
class PhraseTable {
  private readonly byFirstStem = new Map<string, Phrase[]>();
  private readonly byStems = new Map<string, Phrase>();
  readonly singleWords: Phrase[] = [];

  constructor(private readonly tokenizePhrase: (text: string) => readonly Token[]) {}

  /** `fuzzy`: whether a typo may reach the phrase (not given names and offices: thousands, and no one misspells them to mean them). */
  add(text: string, meaning: Meaning, fuzzy = true): void {
    const tokens = this.tokenizePhrase(text);
    const first = tokens[0];
    if (first === undefined) return;
    const stems = tokens.map((token) => token.stem);
    const key = stems.join(' ');
    const same = this.byStems.get(key);
    if (same !== undefined) {
      if (!same.meanings.some((existing) => sameMeaning(existing, meaning))) same.meanings.push(meaning);
      return;
    }
    const phrase: Phrase = { key, stems, words: tokens.map((token) => token.word), meanings: [meaning], allowance: stems.length === 1 ? typoAllowance(first.word) : 0 };
    this.byStems.set(key, phrase);
    // Longest first, and in the order added among equals: what a stable sort after each push would give.
    const list = this.byFirstStem.get(first.stem) ?? [];
    let at = list.length;
    while (at > 0 && (list[at - 1]?.stems.length ?? 0) < stems.length) at -= 1;
    list.splice(at, 0, phrase);
    this.byFirstStem.set(first.stem, list);
    if (stems.length === 1 && fuzzy) this.singleWords.push(phrase);
  }

  /** Whether this table has a phrase of the same words as `phrase` (from another table). */
  has(phrase: Phrase): boolean {
    return this.byStems.has(phrase.key);
  }

  same(phrase: Phrase): Phrase | undefined {
    return this.byStems.get(phrase.key);
  }

  longestAt(tokens: readonly Token[], at: number): Phrase | undefined {
    const first = tokens[at];
    if (first === undefined) return undefined;
    return this.byFirstStem
      .get(first.stem)
      ?.find((phrase) => phrase.stems.every((stem, k) => tokens[at + k]?.stem === stem));
  }
}

function sameMeaning(a: Meaning, b: Meaning): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'side' && b.type === 'side') return a.side === b.side;
  if ('id' in a && 'id' in b) return a.id === b.id;
  if (a.type === 'term' && b.type === 'term') return a.text === b.text;
  return true;
}
