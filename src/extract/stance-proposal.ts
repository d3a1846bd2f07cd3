import type { Side } from '../model/corpus-schema.js';
import { findByName } from './known-speakers.js';
import { narrationContext, scoreNarration, type NarrationScore, type Sentence } from './narration-stance.js';
import { scoreText, type TextScore } from './stance.js';
import type { Span } from './text-layout.js';
import type { ExtractedQuote, ExtractOptions } from './types.js';

type Unstanced = Omit<ExtractedQuote, 'stance' | 'stanceBasis'>;
interface Proposal {
  readonly stance: Side | null;
  readonly basis: string;
  /** Set when the side is the corpus's reviewed one, which no cue in this article overrides. */
  readonly reviewed?: boolean;
}

/**
 * Adds a stance and its basis to every quote. A speaker's quotes in one article usually share a side, so the
 * side is decided per speaker, from the strongest evidence there is, in this order: the speaker's reviewed
 * stance in the corpus; what the narration says about them ("who opposes", "agreed", "declined to take a
 * side"); undecided wording in their quotes; the lean of their quotes' own words and of the narration that
 * reports their view; the lead-in before them ("Critics say…", "But …"); with none of these, no side. A quote whose own clauses turn
 * between opposite sides ("I'll back it. But …") is mixed whatever its speaker's side. Every basis says which
 * evidence was used, in words a reviewer can check.
 */
export function proposeStances(quotes: readonly Unstanced[], options: ExtractOptions, body: string, paras: readonly Span[]): ExtractedQuote[] {
  const topic = options.topic;
  if (topic === undefined) return quotes.map((quote) => ({ ...quote, stance: null, stanceBasis: 'no debated question given' }));
  const known = options.knownSpeakers ?? [];
  const own = quotes.map((quote) => scoreText(quote.text, topic));
  const directSpans = quotes.filter((quote) => quote.kind === 'direct');
  const sides = new Map<string, Proposal>();
  // Speakers share narration sentences (a lead-in, a paragraph naming two people): score each text once.
  const narrated = new Map<string, NarrationScore>();
  const reported = new Map<string, TextScore>();
  const narrate = (text: string): NarrationScore => cached(narrated, text, () => scoreNarration(text, topic));
  const sentenceWords = new Map<string, readonly string[]>();
  const report = (text: string): TextScore => cached(reported, text, () => scoreText(text, topic));
  let previous: Side | null = null;
  quotes.forEach((quote) => {
    const name = quote.speaker;
    if (name === null || sides.has(name)) return;
    const mine = quotes.map((other, k) => ({ other, k })).filter(({ other }) => other.speaker === name);
    const heads = mine.filter(({ other }) => other.kind === 'direct' && other.continues === undefined);
    const about = new Map<number, Sentence>();
    let lead: Sentence[] = [];
    heads.forEach(({ other }, n) => {
      const context = narrationContext(body, paras, directSpans, other, name, sentenceWords);
      for (const sentence of context.about) about.set(sentence.at, sentence);
      if (n === 0) lead = context.lead;
    });
    const knownSpeaker = findByName(name, known);
    const proposal: Proposal = knownSpeaker?.stance
      ? { stance: knownSpeaker.stance, basis: `${knownSpeaker.name}'s reviewed quotes in the corpus are ${knownSpeaker.stance}`, reviewed: true }
      : decide(name, [...about.values()].sort((a, b) => a.at - b.at), lead, mine.map(({ k }) => own[k] as TextScore), previous, topic.question, narrate, report);
    sides.set(name, proposal);
    if (proposal.stance === 'for' || proposal.stance === 'against') previous = proposal.stance;
  });
  return quotes.map((quote, index) => {
    const text = own[index] as TextScore;
    const speakerSide = quote.speaker === null ? undefined : sides.get(quote.speaker);
    if (text.turn && speakerSide?.reviewed !== true) {
      return { ...quote, stance: 'mixed', stanceBasis: `a concession turns between opposite clauses: ${list(text.cues)}` };
    }
    if (speakerSide !== undefined && speakerSide.stance !== null) return { ...quote, stance: speakerSide.stance, stanceBasis: speakerSide.basis };
    return { ...quote, stance: null, stanceBasis: speakerSide?.basis ?? 'no stance cue' };
  });
}

function decide(
  name: string,
  about: readonly Sentence[],
  lead: readonly Sentence[],
  quoteScores: readonly TextScore[],
  previous: Side | null,
  question: string,
  narrate: (text: string) => NarrationScore,
  scoreReported: (text: string) => TextScore,
): Proposal {
  const narration = combine(about.map((sentence) => narrate(sentence.text)));
  const relative = (agree: number): Side => (agree > 0 ? (previous ?? 'for') : previous === 'for' ? 'against' : previous === 'against' ? 'for' : 'against');
  if (narration.mixed) return { stance: 'mixed', basis: `the narration says ${name} takes no side: ${list(narration.cues)}` };
  if (Math.abs(narration.score) >= 1) return { stance: sign(narration.score), basis: `the narration about ${name} leans ${sign(narration.score)}: ${list(narration.cues)}` };
  if (narration.agree !== 0) return { stance: relative(narration.agree), basis: `${name} ${narration.agree > 0 ? 'agrees with' : 'disagrees with'} the voice before (${previous ?? 'no side'}): ${list(narration.cues)}` };
  const undecided = quoteScores.filter((score) => score.undecided);
  if (undecided.length > 0) return { stance: 'mixed', basis: `undecided wording in ${name}'s quotes: ${list(undecided.flatMap((score) => score.cues))}` };
  const before = combine(lead.map((sentence) => narrate(sentence.text)));
  if (before.mixed) return { stance: 'mixed', basis: `the lead-in before ${name} takes no side: ${list(before.cues)}` };
  if (before.score !== 0) return { stance: sign(before.score), basis: `the lead-in before ${name} leans ${sign(before.score)}: ${list(before.cues)}` };
  if (before.agree !== 0) return { stance: relative(before.agree), basis: `the lead-in before ${name} ${before.agree > 0 ? 'agrees with' : 'disagrees with'} the voice before: ${list(before.cues)}` };
  if (before.turn && previous !== null) return { stance: relative(-1), basis: `the lead-in before ${name} turns (“but”, “however”) from the ${previous} side before it` };
  const reported = about.map((sentence) => scoreReported(sentence.text));
  const words = [...quoteScores, ...reported];
  // Each quote and reported sentence votes once, so one long quote full of cue words does not outvote the rest.
  const votes = words.reduce((sum, score) => sum + Math.sign(score.score), 0);
  const total = votes !== 0 ? votes : words.reduce((sum, score) => sum + score.score, 0);
  if (total !== 0) {
    return { stance: sign(total), basis: `${name}'s words lean ${total > 0 ? 'yes' : 'no'} to “${question}”: ${list(words.flatMap((score) => score.cues))}` };
  }
  // A position the narration says was held only for a time ("sceptical at first") is the weakest evidence there is.
  if (narration.score !== 0) return { stance: sign(narration.score), basis: `only a position held once leans ${sign(narration.score)} in the narration about ${name}: ${list(narration.cues)}` };
  return uncued(name);
}

/**
 * A speaker with no cue at all gets no proposal (ingest files the quote as mixed, unreviewed). Measured and
 * rejected: proposing the base rate's side ("for": an uncued voice in the labelled articles is for the proposal
 * about half the time) raised agreement on held-out articles from ~0.35 to ~0.45, but it would file every quiet,
 * neutral or unread voice on one side of the debate and tilt answers before anyone reviewed them: a side is
 * proposed only on evidence. Also measured and dropped: the side opposite the voice before, the voice before's
 * side, the article's majority, a "But …" turn in the speaker's own paragraph.
 */
function uncued(name: string): Proposal {
  return { stance: null, basis: `no stance cue for ${name} in their quotes or the narration` };
}

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function combine(scores: readonly NarrationScore[]): NarrationScore {
  return {
    score: scores.reduce((sum, score) => sum + score.score, 0),
    mixed: scores.some((score) => score.mixed),
    agree: scores.find((score) => score.agree !== 0)?.agree ?? 0,
    turn: scores.some((score) => score.turn),
    cues: [...new Set(scores.flatMap((score) => score.cues))],
  };
}

const sign = (score: number): Side => (score > 0 ? 'for' : 'against');
const list = (cues: readonly string[]): string => [...new Set(cues)].slice(0, 5).join(', ');
