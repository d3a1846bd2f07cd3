import type { Passage } from './passages.js';

/** A passage with how well it answers the question; higher is better. */
export interface Ranked {
  readonly passage: Passage;
  readonly score: number;
}

/**
 * Picks up to `count` passages so that loud speakers cannot crowd out quiet ones: every speaker's best passage
 * comes before anyone's second, and no speaker gets more than `perSpeaker`. Ties break by id, so the same
 * question always gets the same answer.
 */
export function selectBalanced(ranked: readonly Ranked[], count: number, perSpeaker: number): Ranked[] {
  // Only each speaker's best `perSpeaker` can ever be picked: keep those (in order) instead of sorting everything,
  // since a whole side of a large corpus passes through here on every answer.
  const bySpeaker = new Map<string, Ranked[]>();
  for (const item of ranked) {
    const speaker = item.passage.head.speaker;
    const best = bySpeaker.get(speaker);
    if (best === undefined) bySpeaker.set(speaker, [item]);
    else insertBounded(best, item, perSpeaker);
  }
  const picked: Ranked[] = [];
  for (let round = 0; round < perSpeaker && picked.length < count; round += 1) {
    const candidates: Ranked[] = [];
    for (const list of bySpeaker.values()) {
      const item = list[round];
      if (item !== undefined) insertBounded(candidates, item, count - picked.length);
    }
    picked.push(...candidates);
  }
  return picked;
}

/** Inserts `item` into `list`, kept sorted best first, keeping at most `limit` items. */
function insertBounded(list: Ranked[], item: Ranked, limit: number): void {
  if (limit <= 0) return;
  let at = list.length;
  while (at > 0 && byScore(item, list[at - 1] as Ranked) < 0) at -= 1;
  if (at >= limit) return;
  list.splice(at, 0, item);
  if (list.length > limit) list.pop();
}

/**
 * `selectBalanced` for a list already sorted best first (by `byScore`), leaving out the passages whose head id
 * is in `skip` (those shown on earlier pages). It reads the list only as far as the answer needs, which is
 * usually a few passages into a side of thousands.
 */
export function selectBalancedSorted(sorted: Iterable<Ranked>, count: number, perSpeaker: number, skip: ReadonlySet<string> = new Set()): Ranked[] {
  if (count <= 0 || perSpeaker <= 0) return [];
  // rounds[r]: the passages that are their speaker's (r+1)-th best, best first, as selectBalanced's rounds see them.
  const rounds: Ranked[][] = [];
  const taken = new Map<string, number>();
  for (const item of sorted) {
    if (skip.has(item.passage.head.id)) continue;
    const speaker = item.passage.head.speaker;
    const round = taken.get(speaker) ?? 0;
    if (round >= perSpeaker) continue;
    taken.set(speaker, round + 1);
    const list = (rounds[round] ??= []);
    list.push(item);
    // Every later passage comes after these in every round: the first round alone fills the answer.
    if (round === 0 && list.length >= count) break;
  }
  const picked: Ranked[] = [];
  for (const list of rounds) {
    for (const item of list) {
      if (picked.length >= count) return picked;
      picked.push(item);
    }
  }
  return picked;
}

/** Best first; ties by passage id, so that the order is total and answers are stable. */
export function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.passage.head.id < b.passage.head.id ? -1 : a.passage.head.id > b.passage.head.id ? 1 : 0);
}
