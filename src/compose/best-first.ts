import { byScore, type Ranked } from './select-balanced.js';

/**
 * Ranked passages in best-first order (`byScore`), sorted only as far as they are read. An answer reads a few
 * passages from the top of a ranking that can hold a whole side of a large corpus, so a binary heap (built in
 * linear time, one pop per passage read) replaces a full sort. Iterating again replays the order already read.
 */
export class BestFirst implements Iterable<Ranked> {
  private readonly heap: Ranked[];
  private readonly sorted: Ranked[] = [];

  /** Takes ownership of `items` (it becomes the heap). */
  constructor(items: Ranked[]) {
    this.heap = items;
    for (let i = (items.length >> 1) - 1; i >= 0; i -= 1) this.siftDown(i);
  }

  *[Symbol.iterator](): Iterator<Ranked> {
    for (let i = 0; ; i += 1) {
      if (i === this.sorted.length) {
        const next = this.pop();
        if (next === undefined) return;
        this.sorted.push(next);
      }
      yield this.sorted[i] as Ranked;
    }
  }

  private pop(): Ranked | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top === undefined || last === undefined || this.heap.length === 0) return top;
    this.heap[0] = last;
    this.siftDown(0);
    return top;
  }

  private siftDown(from: number): void {
    const heap = this.heap;
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let best = at;
      if (left < heap.length && byScore(heap[left] as Ranked, heap[best] as Ranked) < 0) best = left;
      if (right < heap.length && byScore(heap[right] as Ranked, heap[best] as Ranked) < 0) best = right;
      if (best === at) return;
      [heap[at], heap[best]] = [heap[best] as Ranked, heap[at] as Ranked];
      at = best;
    }
  }
}
