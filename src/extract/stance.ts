import type { Side, Topic } from '../model/corpus-schema.js';
import { CONCESSIONS, DEFAULT_REVERSALS, DELIBERATION, DEONTIC, MIXED, NEGATIVE, NEGATORS, POSITIVE } from './stance-cues.js';
import { STOP_WORDS, stemWord } from './stance-words.js';

/**
 * Stance proposals relative to the debated question. A quote's clauses are scored with the topic's own side
 * words and reversals plus general cue lexicons; negation flips a cue, a reversal ("remove", "out of") turns the
 * proposition around, and a concession between opposite clauses ("…, but …") makes the quote mixed. A speaker
 * whose reviewed quotes in the corpus lean one way keeps that side. Every proposal says why.
 */

/** Folded word tokens; contractions split so that "shouldn't" reads as "should" + negation. */
export function stanceTokens(text: string): string[] {
  // Accent folding only where there are accents: normalising every quote and sentence costs more than the rest.
  const plain = /[\u00c0-\u024f\u1e00-\u1eff]/u.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text;
  const folded = plain.toLowerCase().replace(/[’‘`]/g, "'");
  const tokens: string[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)) {
    const word = match[0];
    // Most words have no apostrophe: test the ending before any regex (this runs on every word of every quote).
    if (!word.includes("'")) tokens.push(word);
    else if (word === "can't") tokens.push('can', 'not');
    else if (word === "won't") tokens.push('will', 'not');
    else if (word.endsWith("n't") && /^\p{L}+n't$/u.test(word)) tokens.push(word.slice(0, -3), 'not');
    else tokens.push(word.endsWith("'s") ? word.slice(0, -2) : word);
  }
  return tokens;
}

/** Phrases as token lists, folded like the text they are matched against. */
export const split = (list: readonly string[]): string[][] => list.map((phrase) => stanceTokens(phrase)).filter((words) => words.length > 0);
const LEX = {
  positive: split(POSITIVE),
  negative: split(NEGATIVE),
  deontic: split(DEONTIC),
  mixed: [...split(MIXED), ...split(DELIBERATION)],
  concessions: split(CONCESSIONS),
  votesYes: split(['vote yes', 'voting yes', 'voted yes', 'vote for it', 'voting for it', 'vote in favour', 'vote in favor', 'voting in favour', 'voting in favor']),
  votesNo: split(['vote no', 'voting no', 'voted no', 'vote against it', 'voting against it']),
};

/** Words that make a declared vote conditional or uncertain. */
const HEDGES = new Set(['probably', 'maybe', 'might', 'may', 'could', 'if', 'unless', 'perhaps', 'likely']);

const tokenSets = new WeakMap<readonly string[], Set<string>>();

/** Token offsets where `phrase` occurs in `tokens`. */
export function occurrences(tokens: readonly string[], phrase: readonly string[]): number[] {
  // Hundreds of phrases are tried against each clause: a set of its words rules most out at once.
  let present = tokens.length < 12 ? undefined : tokenSets.get(tokens);
  if (present === undefined && tokens.length >= 12) {
    present = new Set(tokens);
    tokenSets.set(tokens, present);
  }
  if (present !== undefined && !present.has(phrase[0] ?? '')) return [];
  const hits: number[] = [];
  outer: for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    for (let k = 0; k < phrase.length; k += 1) if (tokens[i + k] !== phrase[k]) continue outer;
    hits.push(i);
  }
  return hits;
}

const indexes = new WeakMap<readonly string[][], Map<string, string[][]>>();

/**
 * The phrases of `list` that occur in `tokens`, each with its offset, in reading order. Looked up by each
 * token's first word (the index is built once per list) rather than tried phrase by phrase: scoring runs on
 * every quote and narration sentence, against lexicons of hundreds of phrases.
 */
export function phraseHits(tokens: readonly string[], list: readonly string[][]): Array<readonly [string[], number]> {
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map();
    for (const phrase of list) {
      const first = phrase[0];
      if (first === undefined) continue;
      const bucket = index.get(first);
      if (bucket === undefined) index.set(first, [phrase]);
      else bucket.push(phrase);
    }
    indexes.set(list, index);
  }
  const hits: Array<readonly [string[], number]> = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const bucket = index.get(tokens[at] ?? '');
    if (bucket === undefined) continue;
    for (const phrase of bucket) {
      // Most cue phrases are one word, already matched by the lookup.
      if (phrase.length === 1 || phrase.every((word, k) => tokens[at + k] === word)) hits.push([phrase, at]);
    }
  }
  return hits;
}

/** Whether a negator sits within three words before the phrase at `index`, or "not" right after it. */
export function negatedAt(tokens: readonly string[], index: number, length: number): boolean {
  for (let k = Math.max(0, index - 3); k < index; k += 1) if (NEGATORS.has(tokens[k] ?? '')) return true;
  return tokens[index + length] === 'not';
}

/** The question's own terms and the topic's side words, reversals and keywords, ready to match. */
export interface StanceModel {
  readonly terms: ReadonlySet<string>;
  /** When the question proposes removing something: the stems naming that thing; else null. */
  readonly objects: ReadonlySet<string> | null;
  readonly reversals: string[][];
  /** Stems of the question's own words (stop words aside). */
  readonly questionStems: ReadonlySet<string>;
  readonly forWords: string[][];
  readonly againstWords: string[][];
  readonly mixedWords: string[][];
  /** The general hedges and the topic's undecided words together. */
  readonly undecided: string[][];
}

/** Verbs of a question that proposes less of something, beyond the generic reversals. */
const REMOVAL_VERBS = ['limit', 'scrap', 'restrict', 'cut', 'drop', 'opt out', 'phase out', 'stop'];

const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'from', 'on', 'inside', 'within', 'near', 'across', 'around', 'for']);

const models = new WeakMap<Topic, StanceModel>();

/** The stance model of a topic, built once per topic object (scoring runs per quote). */
export function modelOf(topic: Topic): StanceModel {
  let model = models.get(topic);
  if (model === undefined) {
    model = buildModel(topic);
    models.set(topic, model);
  }
  return model;
}

function buildModel(topic: Topic): StanceModel {
  const questionTokens = stanceTokens(topic.question);
  const questionStems = new Set(questionTokens.filter((word) => !STOP_WORDS.has(word)).map(stemWord));
  // The debated thing is what the question names outside its setting: "police officers", not "(in) schools".
  const core = new Set(questionTokens.filter((word, index) => !STOP_WORDS.has(word) && !SETTING_PREPOSITIONS.has(questionTokens[index - 1] ?? '') && !SETTING_PREPOSITIONS.has(questionTokens[index - 2] ?? '')).map(stemWord));
  for (const set of topic.synonyms) {
    const stems = set.flatMap((phrase) => stanceTokens(phrase)).map(stemWord);
    if (set.some((phrase) => stanceTokens(phrase).length === 1 && core.has(stemWord(phrase.toLowerCase())))) for (const stem of stems) core.add(stem);
  }
  for (const word of STOP_WORDS) core.delete(stemWord(word));
  const terms = core;
  const reversals = split([...new Set([...topic.reversals, ...DEFAULT_REVERSALS])]).filter((words) => !words.some((word) => questionStems.has(stemWord(word))));
  // "Should schools ban phones?", "…scrap Sats?", "…opt out of tests?": the question proposes taking its thing
  // away, so faulting that thing argues yes and praising it argues no.
  const removal = split([...DEFAULT_REVERSALS, ...REMOVAL_VERBS]).find((phrase) => occurrences(questionTokens, phrase).length > 0);
  const removalStems = new Set((removal ?? []).map(stemWord));
  const objects = new Set([...terms].filter((stem) => !removalStems.has(stem)));
  return {
    terms,
    questionStems,
    objects: removal === undefined ? null : objects,
    reversals,
    forWords: split(topic.sides.for.words),
    againstWords: split(topic.sides.against.words),
    mixedWords: split(topic.sides.mixed.words),
    undecided: [...LEX.mixed, ...split(topic.sides.mixed.words)],
  };
}

interface ClauseScore {
  readonly score: number;
  readonly cues: string[];
  readonly mixed: boolean;
  readonly concedes: boolean;
}

function scoreClause(tokens: readonly string[], model: StanceModel, quoteTopical: boolean): ClauseScore {
  const cues: string[] = [];
  let mixed = false;
  for (const [phrase] of phraseHits(tokens, model.undecided)) {
    mixed = true;
    cues.push(`“${phrase.join(' ')}” (undecided)`);
  }
  const topical = quoteTopical || tokens.some((word) => model.terms.has(stemWord(word)));
  const reversal = phraseHits(tokens, model.reversals).find(([phrase, at]) => !negatedAt(tokens, at, phrase.length))?.[0];
  let score = 0;
  const add = (phrases: readonly string[][], weight: number, label: string, needsTopic: boolean, needsObject = false) => {
    if (needsTopic && !topical && reversal === undefined) return;
    for (const [phrase, at] of phraseHits(tokens, phrases)) {
      {
        // "pass/fail" in "Should middle schools replace letter grades with pass/fail?": a word of the question's own
        // is what is debated, not a praise or a fault of it.
        if (label !== 'call for' && phrase.length === 1 && model.questionStems.has(stemWord(phrase[0] ?? ''))) continue;
        // "I'll probably vote yes", "I might vote no if…": a vote hedged is no vote declared.
        if (label === 'a vote declared' && tokens.slice(Math.max(0, at - 3), at).some((word) => HEDGES.has(word))) continue;
        // A call ("should", "need to") is for the question only when what it calls for is the question's thing.
        if (needsObject && !namesQuestionAfter(tokens, at + phrase.length, model)) continue;
        // "bullying fell", "fewer referrals": a fault that goes down is a gain.
        const lessened = label.startsWith('fault') && tokens.slice(Math.max(0, at - 2), at + phrase.length + 3).some((word) => DECREASES.has(word));
        const flipped = negatedAt(tokens, at, phrase.length) !== lessened;
        score += flipped ? -weight : weight;
        cues.push(`${flipped ? 'negated ' : ''}“${phrase.join(' ')}” (${label})`);
      }
    }
  };
  // Praise and fault count without the question's terms: quotes in an article on the debate are mostly about it.
  const aboutRemoved = model.objects !== null && tokens.some((word) => model.objects?.has(stemWord(word)) === true);
  // Praise or fault of the proposal itself (its terms, "it", "this plan", "the ban") says more than praise of anything else.
  const onProposal = tokens.some((word) => model.terms.has(stemWord(word))) || namesProposal(tokens);
  const weight = onProposal ? 2 : 1;
  add(LEX.positive, aboutRemoved ? -weight : weight, aboutRemoved ? 'praise of what the question would remove' : 'praise', false);
  add(LEX.negative, aboutRemoved ? weight : -weight, aboutRemoved ? 'fault in what the question would remove' : 'fault', false);
  add(LEX.deontic, 2, 'call for', true, true);
  add(model.forWords, 1, 'for-side word', true);
  add(model.againstWords, -1, 'against-side word', true);
  // "I'll vote yes on the 24th", "I'm voting no": a vote declared is the speaker's side, whatever else they say.
  add(LEX.votesYes, 3, 'a vote declared', false);
  add(LEX.votesNo, -3, 'a vote declared', false);
  // "counselors, not metal detectors", "no phones": a negator right before the question's own terms.
  for (let at = 1; at < tokens.length; at += 1) {
    if (!model.terms.has(stemWord(tokens[at] ?? '')) || !NEGATORS.has(tokens[at - 1] ?? '') || tokens[at + 1] === 'only') continue;
    score -= 1;
    cues.push(`“${tokens[at - 1]} ${tokens[at]}” (rejects the question's subject)`);
  }
  if (reversal !== undefined && (score !== 0 || topical)) {
    score = score === 0 ? -1 : -score;
    cues.push(`reversal “${reversal.join(' ')}” turns the question around`);
  }
  const concedes = LEX.concessions.some((phrase) => occurrences(tokens.slice(0, 3), phrase).length > 0);
  return { score, cues, mixed, concedes };
}

/** Nouns that stand for a proposal after "this", "that", "the", "our" or "new" ("this policy", "the ban"). */
const PROPOSAL_NOUNS = new Set(['policy', 'plan', 'ban', 'change', 'changes', 'proposal', 'bill', 'measure', 'idea', 'rule', 'rules', 'law', 'pilot', 'program', 'programme', 'move', 'decision', 'requirement', 'mandate', 'switch', 'scheme', 'reform']);

/** Whether a clause refers to the proposal by a pronoun or a stand-in noun ("it", "this policy", "the ban"). */
function namesProposal(tokens: readonly string[]): boolean {
  return tokens.some((word, k) => word === 'it' || (PROPOSAL_NOUNS.has(word) && ['this', 'that', 'the', 'our', 'new'].includes(tokens[k - 1] ?? '')));
}

/** Words that lessen what they stand by: a lessened fault reads as praise. */
const DECREASES = new Set(['fell', 'fallen', 'dropped', 'declined', 'fewer', 'less', 'reduce', 'reduces', 'reduced', 'reducing', 'lower', 'lowers', 'lowered', 'prevent', 'prevents', 'prevented', 'curb', 'curbs', 'curbed']);

/** Whether the question's own terms (or a reversal of them) come within six words after `from`. */
function namesQuestionAfter(tokens: readonly string[], from: number, model: StanceModel): boolean {
  const window = tokens.slice(from, from + 6);
  return window.some((word) => model.terms.has(stemWord(word))) || phraseHits(window, model.reversals).length > 0;
}

/** Splits at sentence ends and at concessions, keeping the concession word at the start of its clause. */
function clauses(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|,?\s+(?=(?:but|although|though|however|yet)\b)/iu)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** What a text's own words say: the summed lean, undecided wording, a concession turning between opposite clauses. */
export interface TextScore {
  readonly score: number;
  readonly undecided: boolean;
  readonly turn: boolean;
  readonly cues: string[];
}

/** Scores a text (a quotation, or narration that reports a view) against the topic. */
export function scoreText(text: string, topic: Topic): TextScore {
  const model = modelOf(topic);
  const parts = clauses(text).map(stanceTokens);
  const topical = parts.some((tokens) => tokens.some((word) => model.terms.has(stemWord(word))));
  const scored = parts.map((tokens) => scoreClause(tokens, model, topical));
  const cues = [...new Set(scored.flatMap((clause) => clause.cues))];
  const score = scored.reduce((sum, clause) => sum + clause.score, 0);
  // (A vote declared settles a quote that turns: "It's a hard call, but I'll vote yes" is yes.)
  const declared = cues.some((cue) => cue.endsWith('(a vote declared)'));
  const turn = !declared && scored.some((clause, index) => clause.concedes && clause.score !== 0 && scored.slice(0, index).some((before) => Math.sign(before.score) === -Math.sign(clause.score)));
  return { score, undecided: scored.some((clause) => clause.mixed), turn, cues };
}

/** The stance a text's own words propose, with the cues that led to it; null stance when nothing points anywhere. */
export function textStance(text: string, topic: Topic): { stance: Side | null; basis: string } {
  const { score, undecided, turn, cues } = scoreText(text, topic);
  if (cues.length === 0) return { stance: null, basis: 'no stance cue' };
  const cueList = cues.slice(0, 6).join(', ');
  if (undecided) return { stance: 'mixed', basis: `undecided wording: ${cueList}` };
  if (turn) return { stance: 'mixed', basis: `a concession turns between opposite clauses: ${cueList}` };
  if (score > 0) return { stance: 'for', basis: `leans yes to “${topic.question}”: ${cueList}` };
  if (score < 0) return { stance: 'against', basis: `leans no to “${topic.question}”: ${cueList}` };
  return { stance: 'mixed', basis: `cues on both sides cancel out: ${cueList}` };
}
