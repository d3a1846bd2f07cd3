import type { Corpus, Quote } from '../model/corpus.js';

/**
 * A quote together with the quotes that carry it on without an attribution of their own: shown as one passage,
 * in reading order, its pieces verbatim. Composition picks passages, never loose continuations, so a
 * continuation is never shown out of context or counted as a second quote of its speaker.
 */
export interface Passage {
  readonly head: Quote;
  readonly pieces: readonly Quote[];
}

/** Groups a corpus's quotes into passages, keyed by head quote id; `passageOf` finds any piece's passage. */
export class Passages {
  private readonly byHead = new Map<string, Passage>();
  private readonly headOf = new Map<string, string>();

  constructor(corpus: Pick<Corpus, 'quotes' | 'quoteById'>) {
    const pieces = new Map<string, Quote[]>();
    for (const quote of corpus.quotes) {
      const head = this.findHead(quote, corpus.quoteById);
      this.headOf.set(quote.id, head.id);
      pieces.set(head.id, [...(pieces.get(head.id) ?? []), quote]);
    }
    for (const [headId, list] of pieces) {
      const head = corpus.quoteById.get(headId);
      if (head !== undefined) this.byHead.set(headId, { head, pieces: list.sort((a, b) => a.start - b.start) });
    }
  }

  all(): IterableIterator<Passage> {
    return this.byHead.values();
  }

  passageOf(quoteId: string): Passage | undefined {
    const head = this.headOf.get(quoteId);
    return head === undefined ? undefined : this.byHead.get(head);
  }

  private findHead(quote: Quote, quotes: ReadonlyMap<string, Quote>): Quote {
    let current = quote;
    const seen = new Set<string>();
    while (current.continues !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const previous = quotes.get(current.continues);
      if (previous === undefined) break;
      current = previous;
    }
    return current;
  }
}
