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
  const bySpeaker = new Map<string, Ranked[]>();
  for (const item of [...ranked].sort(byScore)) {
    const speaker = item.passage.head.speaker;
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), item]);
  }
  const picked: Ranked[] = [];
  for (let round = 0; round < perSpeaker && picked.length < count; round += 1) {
    const candidates = [...bySpeaker.values()].flatMap((list): Ranked[] => {
      const item = list[round];
      return item === undefined ? [] : [item];
    });
    for (const item of candidates.sort(byScore)) {
      if (picked.length >= count) break;
      picked.push(item);
    }
  }
  return picked;
}

function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.passage.head.id < b.passage.head.id ? -1 : a.passage.head.id > b.passage.head.id ? 1 : 0);
}
