import type { Side } from '../model/corpus-schema.js';
import type { Passage } from './passages.js';

/**
 * Views of a pool of passages (a topic's, a side's). The views of lasting pools (a topic's passages and their
 * sides, which live as long as the engine) are made on first use and remembered, so every answer after the first
 * reads these instead of scanning a whole topic again. The views of a pool made for one answer (a group's
 * passages) are made fresh and not remembered: remembered in a WeakMap, they would outlive the young generation
 * and be copied into the old one, hundreds of kilobytes of garbage per answer for the full collector to find.
 */
const lasting = new WeakSet<readonly Passage[]>();

/** Marks a pool that lives as long as the engine, whose views are worth remembering; returns it. */
export function lastingPool<T extends readonly Passage[]>(pool: T): T {
  lasting.add(pool);
  return pool;
}

/** Whether `pool` was marked with `lastingPool` (or is a side of one). */
export function isLasting(pool: readonly Passage[]): boolean {
  return lasting.has(pool);
}

/** A pool split by side, in pool order; remembered for lasting pools, whose sides are lasting too. */
const sidePools = new WeakMap<readonly Passage[], Readonly<Record<Side, readonly Passage[]>>>();

export function sidesOf(pool: readonly Passage[]): Readonly<Record<Side, readonly Passage[]>> {
  let sides = sidePools.get(pool);
  if (sides === undefined) {
    const split: Record<Side, Passage[]> = { for: [], against: [], mixed: [] };
    for (const passage of pool) split[passage.head.side].push(passage);
    sides = split;
    if (lasting.has(pool)) {
      sidePools.set(pool, sides);
      for (const side of Object.values(split)) lasting.add(side);
    }
  }
  return sides;
}

const settledPools = new WeakMap<readonly Passage[], Readonly<Record<Side, readonly Passage[]>>>();

/**
 * A pool split by side with each speaker on one side only: a speaker whose passages mostly take one side is left
 * out of the others (an unreviewed proposal put a mayor's aside on the critics' side; nobody asked about the mayor,
 * so they should not appear as supporter and critic in one answer). No quote changes side; a tie goes to the side
 * of the speaker's first passage; a side left with nothing this way keeps what it had.
 */
export function settledSidesOf(pool: readonly Passage[]): Readonly<Record<Side, readonly Passage[]>> {
  let settled = settledPools.get(pool);
  if (settled === undefined) {
    const counts = new Map<string, Record<Side, number>>();
    const firstSide = new Map<string, Side>();
    for (const passage of pool) {
      const count = counts.get(passage.head.speaker) ?? { for: 0, against: 0, mixed: 0 };
      count[passage.head.side] += 1;
      counts.set(passage.head.speaker, count);
      if (!firstSide.has(passage.head.speaker)) firstSide.set(passage.head.speaker, passage.head.side);
    }
    const majority = new Map<string, Side>();
    for (const [speaker, count] of counts) {
      const sides = (Object.entries(count) as Array<[Side, number]>).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
      if (sides.length < 2) continue;
      // A tie goes to the side of the speaker's first passage, so no one is on two sides of an answer.
      const top = sides.filter(([, n]) => n === sides[0]?.[1]).map(([side]) => side);
      const first = firstSide.get(speaker);
      majority.set(speaker, top.length === 1 || first === undefined || !top.includes(first) ? (top[0] as Side) : first);
    }
    const raw = sidesOf(pool);
    const split: Record<Side, readonly Passage[]> = { for: [], against: [], mixed: [] };
    for (const side of ['for', 'against', 'mixed'] as const) {
      const kept = majority.size === 0 ? raw[side] : raw[side].filter((passage) => (majority.get(passage.head.speaker) ?? side) === side);
      split[side] = kept.length === 0 ? raw[side] : kept;
    }
    settled = split;
    if (lasting.has(pool)) {
      settledPools.set(pool, settled);
      for (const side of Object.values(split)) lasting.add(side);
    }
  }
  return settled;
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
    bySpeaker = lists;
    if (lasting.has(pool)) speakerPools.set(pool, lists);
  }
  const found: Passage[] = [];
  for (const speaker of named) for (const passage of bySpeaker.get(speaker) ?? []) found.push(passage);
  return found;
}

/** A pool as a set, to test membership. */
const poolMembers = new WeakMap<readonly Passage[], ReadonlySet<Passage>>();

export function membersOf(pool: readonly Passage[]): ReadonlySet<Passage> {
  let members = poolMembers.get(pool);
  if (members === undefined) {
    members = new Set(pool);
    if (lasting.has(pool)) poolMembers.set(pool, members);
  }
  return members;
}
