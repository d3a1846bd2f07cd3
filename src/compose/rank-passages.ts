import { BestFirst } from './best-first.js';
import type { Passage, Passages } from './passages.js';
import { isLasting, membersOf } from './pool-views.js';
import type { Ranked } from './select-balanced.js';

/*
 * How passages are ranked for a section: by relevance to the question's terms where any match, else by a base
 * score that prefers direct quotation, reviewed quotes and a quotable length. Balance is not decided here —
 * compose-answer's rules pick from these rankings.
 */

/** A section's passages in the order an answer reads them. */
export interface Ranking {
  /** Best first (`byScore`). */
  readonly ranked: Iterable<Ranked>;
  /** False when no passage matched the terms and the ranking fell back to the side's main points. */
  readonly onTopic: boolean;
}

/**
 * Ranks passages by relevance to the terms; passages matching none drop out, unless none match at all, when
 * the side's main points are ranked instead (and the section says so).
 */
export function rank(pool: readonly Passage[], scored: ReadonlyMap<Passage, number>, terms: readonly string[]): Ranking {
  const base = () => baseRanking(pool);
  if (terms.length === 0) return { ranked: base(), onTopic: true };
  const relevant: Ranked[] = [];
  // Visit whichever is smaller, the scored passages or the pool; the order does not matter, as the ranking sorts.
  if (scored.size < pool.length) {
    const inPool = membersOf(pool);
    for (const [passage, score] of scored) if (inPool.has(passage)) relevant.push({ passage, score });
  } else {
    for (const passage of pool) {
      const score = scored.get(passage);
      if (score !== undefined) relevant.push({ passage, score });
    }
  }
  return relevant.length > 0 ? { ranked: new BestFirst(relevant), onTopic: true } : { ranked: base(), onTopic: false };
}

/**
 * The passages with a piece that matches the terms, scored by their pieces' relevance plus a tenth of their base
 * score; those scoring no more than the base share alone drop out. Made once per answer, for every section.
 */
export function scorePassages(relevance: ReadonlyMap<string, number>, passages: Passages): Map<Passage, number> {
  const scored = new Map<Passage, number>();
  const seen = new Set<Passage>();
  for (const id of relevance.keys()) {
    const passage = passages.passageOf(id);
    if (passage === undefined || seen.has(passage)) continue;
    seen.add(passage);
    const score = passage.pieces.reduce((sum, q) => sum + (relevance.get(q.id) ?? 0), 0) + baseScore(passage) / 10;
    if (score > 1 / 10 + Number.EPSILON) scored.set(passage, score);
  }
  return scored;
}

/**
 * A pool ranked by base score alone, best first; the same for every answer, so remembered for lasting pools.
 * Sorted only as far as it is read: an answer for a group of speakers makes a pool of thousands and reads a few.
 */
const baseRankings = new WeakMap<readonly Passage[], Iterable<Ranked>>();

function baseRanking(pool: readonly Passage[]): Iterable<Ranked> {
  let ranked = baseRankings.get(pool);
  if (ranked === undefined) {
    ranked = new BestFirst(pool.map((passage) => ({ passage, score: baseScore(passage) })));
    if (isLasting(pool)) baseRankings.set(pool, ranked);
  }
  return ranked;
}

/** Base scores never change for a passage; remembered because every answer ranks whole sides by them. */
const baseScores = new WeakMap<Passage, number>();

/** Prefers direct quotation to paraphrase, reviewed to unreviewed, and a quotable length. */
function baseScore(passage: Passage): number {
  let score = baseScores.get(passage);
  if (score === undefined) baseScores.set(passage, (score = computeBaseScore(passage)));
  return score;
}

function computeBaseScore(passage: Passage): number {
  const length = passage.pieces.reduce((sum, q) => sum + q.text.length, 0);
  const direct = passage.pieces.every((q) => q.kind === 'direct') ? 1 : 0.7;
  const reviewed = passage.pieces.every((q) => q.reviewed) ? 1 : 0.9;
  const size = length < 40 ? 0.8 : length > 450 ? 0.85 : 1;
  return direct * reviewed * size;
}
