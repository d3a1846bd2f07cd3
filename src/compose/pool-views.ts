import type { Side } from '../model/corpus-schema.js';
import type { Passage } from './passages.js';

/**
 * Views of a pool of passages (a topic's, a side's), each made on first use and remembered for as long as the
 * pool lives. The topic's pools live as long as the engine, so every answer after the first reads these instead
 * of scanning a whole topic again; pools made for one answer take their views with them when they go.
 */

/** A pool split by side, in pool order; made once per pool (the topic's pools live as long as the engine). */
const sidePools = new WeakMap<readonly Passage[], Readonly<Record<Side, readonly Passage[]>>>();

export function sidesOf(pool: readonly Passage[]): Readonly<Record<Side, readonly Passage[]>> {
  let sides = sidePools.get(pool);
  if (sides === undefined) {
    const split: Record<Side, Passage[]> = { for: [], against: [], mixed: [] };
    for (const passage of pool) split[passage.head.side].push(passage);
    sides = split;
    sidePools.set(pool, sides);
  }
  return sides;
}

/** A pool's passages by head speaker, made once per pool. */
const speakerPools = new WeakMap<readonly Passage[], ReadonlyMap<string, readonly Passage[]>>();

/**
 * The passages of `pool` whose head speaker is named: read from the pool's per-speaker lists rather than by
 * scanning the pool (a whole topic). Their order does not matter: every use counts them or ranks them.
 */
export function bySpeakers(pool: readonly Passage[], named: ReadonlySet<string>): Passage[] {
  let bySpeaker = speakerPools.get(pool);
  if (bySpeaker === undefined) {
    const lists = new Map<string, Passage[]>();
    for (const passage of pool) {
      const list = lists.get(passage.head.speaker);
      if (list === undefined) lists.set(passage.head.speaker, [passage]);
      else list.push(passage);
    }
    speakerPools.set(pool, (bySpeaker = lists));
  }
  const found: Passage[] = [];
  for (const speaker of named) for (const passage of bySpeaker.get(speaker) ?? []) found.push(passage);
  return found;
}

/** A pool as a set, to test membership. */
const poolMembers = new WeakMap<readonly Passage[], ReadonlySet<Passage>>();

export function membersOf(pool: readonly Passage[]): ReadonlySet<Passage> {
  let members = poolMembers.get(pool);
  if (members === undefined) poolMembers.set(pool, (members = new Set(pool)));
  return members;
}
