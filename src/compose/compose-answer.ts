import type { Answer, AnswerSection } from '../model/answer.js';
import type { Corpus } from '../model/corpus.js';
import { SIDES, type Side, type Topic } from '../model/corpus-schema.js';
import { encodeFollowUp } from './follow-up-token.js';
import type { Passage, Passages } from './passages.js';
import { namedSpeakers } from './named-speakers.js';
import { bySpeakers, lastingPool, settledSidesOf, sidesOf } from './pool-views.js';
import { rank, scorePassages, type Ranking } from './rank-passages.js';
import { toQuoteView } from './quote-view.js';
import { selectBalancedSorted, type Ranked } from './select-balanced.js';

/** The rules that make answers balanced, in one place. */
export const COMPOSE_RULES = {
  /** Passages in the section that answers a one-sided question, or a question about speakers. */
  answerCount: 3,
  /** Passages offered from each other side beside a one-sided answer. */
  counterpointCount: 2,
  /** Passages per side when the question takes no side; every side gets the same (± 1 where one has fewer). */
  perSide: 2,
  /** No speaker fills more than this many places in one section, unless the question names only them. */
  perSpeaker: 2,
} as const;

/** A question as understood, resolved against one topic: what composition needs and nothing else. */
export interface ComposeRequest {
  readonly question: string;
  readonly topic: Topic;
  readonly side: Side | null;
  /** Speakers the question names (an organization brings its members). */
  readonly speakerIds: readonly string[];
  readonly groupIds: readonly string[];
  /** Words to rank by that occur in the topic's quotes. */
  readonly terms: readonly string[];
  /** Words of the question that nothing in the topic mentions. */
  readonly unmatchedTerms: readonly string[];
  readonly page: number;
  /** Rotates the order of sides in a no-side answer, so that no side always comes first. */
  readonly rotation: number;
}

/** What composition reads: the corpus, its passages and a relevance function over the index. */
export interface ComposeContext {
  readonly corpus: Corpus;
  readonly passages: Passages;
  /**
   * Quote id → relevance to the terms (absent: no match), and the terms it ranked by: those asked less the ones
   * so common in the topic that they cannot tell its quotes apart (all of them, on small corpora).
   */
  readonly relevance: (terms: readonly string[], topic: string) => { readonly scores: ReadonlyMap<string, number>; readonly terms: readonly string[] };
}

interface SectionPlan {
  readonly kind: AnswerSection['kind'];
  readonly side: Side;
  readonly pool: readonly Passage[];
  readonly count: number;
  readonly perSpeaker: number;
  /** True when the question named speakers but none of them take this section's side. */
  readonly unnamed?: boolean;
}

/**
 * Composes the answer to an understood question. Pure and deterministic. Balance is decided here, by rule:
 * a side asked for is answered and the other side offered beside it; no side asked gives every side the same
 * share; speakers are capped per section and every speaker's best comes before anyone's second.
 */
export function composeAnswer(request: ComposeRequest, context: ComposeContext): Answer {
  const { corpus } = context;
  const eligible = lastingPool(context.passages.ofTopic(request.topic.id, corpus.settings.requireReview));
  const named = namedSpeakers(request.speakerIds, request.groupIds, corpus);
  const relevance = context.relevance(request.terms, request.topic.id);
  const plans = planSections(request, eligible, named);

  const scored = scorePassages(relevance.scores, context.passages);
  const rankings = plans.map((plan) => rank(plan.pool, scored, relevance.terms));
  const { picked, hasMore } = pageOf(plans, rankings, request);
  const sections = plans.map((plan, i) => buildSection(plan, rankings[i] ?? { ranked: [], onTopic: true }, picked[i] ?? [], request, relevance.terms, context));
  const next = hasMore;
  const shown = sections.some((section) => section.quotes.length > 0);
  const other = otherSide(plans);
  return {
    question: request.question,
    topic: { id: request.topic.id, question: request.topic.question },
    intent: {
      side: request.side,
      speakers: request.speakerIds.map((id) => corpus.speakerById.get(id)?.name ?? id),
      groups: request.groupIds.map((id) => corpus.groupById.get(id)?.label ?? id),
      terms: request.terms,
    },
    sections: shown ? sections : sections.map((section) => ({ ...section, quotes: [] })),
    notice: shown ? null : emptyNotice(request),
    suggestions: shown ? [] : request.topic.suggestions,
    followUps: {
      more: next ? encodeFollowUp({ action: 'more', ...tokenBase(request), page: request.page + 1 }) : null,
      otherSide:
        other === null ? null : encodeFollowUp({ action: 'other', ...tokenBase(request), side: other, speakers: [], groups: [], page: 0 }),
    },
  };
}

function planSections(request: ComposeRequest, eligible: readonly Passage[], named: ReadonlySet<string> | null): SectionPlan[] {
  // One side per speaker in an answer, unless the question names the speakers: then all of theirs, by side.
  const onSide = (pool: readonly Passage[], side: Side) => settledSidesOf(pool)[side];
  const byNamed = named === null ? [] : bySpeakers(eligible, named);
  if (named !== null && (request.side === null || byNamed.some((passage) => passage.head.side === request.side))) {
    const pool = byNamed.filter((passage) => request.side === null || passage.head.side === request.side);
    const split = request.speakerIds.length > 0 ? sidesOf(pool) : settledSidesOf(pool);
    const sides = sidesByWeight(split);
    // Only a question naming one person lifts the cap: a group or organization that happens to have one member
    // quoted is still a group, and its one voice must not fill the section.
    const onePerson = named.size === 1 && request.speakerIds.length === 1 && request.groupIds.length === 0;
    const answers = sides.map((side): SectionPlan => ({
      kind: 'answer',
      side,
      pool: split[side],
      count: COMPOSE_RULES.answerCount,
      perSpeaker: onePerson ? COMPOSE_RULES.answerCount : COMPOSE_RULES.perSpeaker,
    }));
    return [...answers, ...counterpoints(sides, eligible)];
  }
  if (request.side !== null) {
    // Nobody named takes the side asked for: answer for the side from everyone, and say so in the section.
    const answer: SectionPlan = {
      kind: 'answer',
      side: request.side,
      pool: onSide(eligible, request.side),
      count: COMPOSE_RULES.answerCount,
      perSpeaker: COMPOSE_RULES.perSpeaker,
      unnamed: named !== null,
    };
    return [answer, ...counterpoints([request.side], eligible)];
  }
  const order = SIDES.map((_, i) => SIDES[(i + request.rotation) % SIDES.length] as Side);
  return order.map((side) => ({ kind: 'answer', side, pool: onSide(eligible, side), count: COMPOSE_RULES.perSide, perSpeaker: COMPOSE_RULES.perSpeaker }));
}

/** The sides not shown, offered beside an answer: for ↔ against; undecided voices are offered both. */
function counterpoints(shownSides: readonly Side[], pool: readonly Passage[]): SectionPlan[] {
  const shown = new Set(shownSides);
  const offered: Side[] = shown.has('for') && !shown.has('against') ? ['against'] : shown.has('against') && !shown.has('for') ? ['for'] : shown.size > 0 && !shown.has('for') ? ['for', 'against'] : [];
  return offered.map((side) => ({
    kind: 'counterpoint',
    side,
    pool: settledSidesOf(pool)[side],
    count: COMPOSE_RULES.counterpointCount,
    perSpeaker: 1,
  }));
}

function buildSection(
  plan: SectionPlan,
  ranking: Ranking,
  picked: readonly Ranked[],
  request: ComposeRequest,
  rankedTerms: readonly string[],
  context: ComposeContext,
): AnswerSection {
  const label = request.topic.sides[plan.side].label;
  let note: string | null = null;
  if (plan.pool.length === 0) note = 'No quotes from this side in the corpus yet.';
  else if (picked.length === 0 && request.page > 0) note = 'No more quotes from this side.';
  else if (plan.kind === 'answer' && plan.unnamed) note = `None of ${namesOf(request, context.corpus)} quoted here take this side; these are other voices on it.`;
  else if (!ranking.onTopic) note = `None of these quotes mention ${quoted(rankedTerms)}; shown: this side's main points.`;
  else if (request.unmatchedTerms.length > 0) note = `None of the quotes mention ${quoted(request.unmatchedTerms)}.`;
  return { kind: plan.kind, side: plan.side, label, quotes: picked.map((item) => toQuoteView(item.passage, context.corpus)), note };
}

/**
 * The passages of page `request.page` for each section, replaying earlier pages so that "more" never repeats
 * a passage; and whether a further page has anything.
 */
function pageOf(plans: readonly SectionPlan[], rankings: readonly Ranking[], request: ComposeRequest): { picked: Ranked[][]; hasMore: boolean } {
  const shown = plans.map(() => new Set<string>());
  let picked: Ranked[][] = plans.map(() => []);
  for (let page = 0; page <= request.page + 1; page += 1) {
    const counts = shareCounts(plans, rankings, shown, request);
    const chosen = plans.map((plan, i) => selectBalancedSorted(rankings[i]?.ranked ?? [], counts[i] ?? 0, plan.perSpeaker, shown[i]));
    if (page === request.page + 1) return { picked, hasMore: chosen.some((list) => list.length > 0) };
    picked = chosen;
    chosen.forEach((list, i) => {
      for (const item of list) shown[i]?.add(item.passage.head.id);
    });
  }
  return { picked, hasMore: false };
}

/**
 * How many passages each section shows. A question that takes no side gives every side the same share, but no
 * side more than one above the thinnest side that has anything to show, so a side with little is not drowned.
 */
function shareCounts(plans: readonly SectionPlan[], rankings: readonly Ranking[], shown: readonly ReadonlySet<string>[], request: ComposeRequest): number[] {
  const neutral = plans.every((plan) => plan.kind === 'answer') && plans.length > 1 && request.side === null;
  if (!neutral) return plans.map((plan) => plan.count);
  const available = plans.map((plan, i) => selectBalancedSorted(rankings[i]?.ranked ?? [], plan.count, plan.perSpeaker, shown[i]).length);
  // A side that had passages but has run out counts as zero: the others then show one each.
  const thinnest = Math.min(...available.filter((n, i) => n > 0 || (plans[i]?.pool.length ?? 0) > 0));
  return plans.map((plan) => (Number.isFinite(thinnest) ? Math.min(plan.count, thinnest + 1) : plan.count));
}

/** The sides a pool (split by side) has passages on, the most first (ties in `SIDES` order). */
function sidesByWeight(sides: Readonly<Record<Side, readonly Passage[]>>): Side[] {
  return SIDES.filter((side) => sides[side].length > 0).sort((a, b) => sides[b].length - sides[a].length);
}

function otherSide(plans: readonly SectionPlan[]): Side | null {
  const answered = new Set(plans.filter((plan) => plan.kind === 'answer').map((plan) => plan.side));
  if (answered.size !== 1) return null;
  if (answered.has('for')) return 'against';
  if (answered.has('against')) return 'for';
  return null;
}

function tokenBase(request: ComposeRequest) {
  return {
    topic: request.topic.id,
    side: request.side,
    speakers: request.speakerIds,
    groups: request.groupIds,
    terms: request.terms,
  };
}

function emptyNotice(request: ComposeRequest): string {
  if (request.page > 0) return 'That is everything the corpus has on this question.';
  return `The corpus has no quotes for that yet. It covers: ${request.topic.question}`;
}

function namesOf(request: ComposeRequest, corpus: Corpus): string {
  const names = [
    ...request.speakerIds.map((id) => corpus.speakerById.get(id)?.name ?? id),
    ...request.groupIds.map((id) => (corpus.groupById.get(id)?.label ?? id).toLowerCase()),
  ];
  return names.length === 1 ? `the ${names[0]}`.replace(/^the (?=\p{Lu})/u, '') : names.join(', ');
}

function quoted(terms: readonly string[]): string {
  return terms.map((term) => `“${term}”`).join(', ');
}
