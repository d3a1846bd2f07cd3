import type { Corpus, Quote } from '../model/corpus.js';
import { passageHead } from '../model/passage-head.js';

/**
 * A quote together with the quotes that carry it on without an attribution of their own: shown as one passage,
 * in reading order, its pieces verbatim, all by one speaker. Composition picks passages, never loose continuations, so a
 * continuation is never shown out of context or counted as a second quote of its speaker.
 */
export interface Passage {
  readonly head: Quote;
  readonly pieces: readonly Quote[];
}

/** Groups a corpus's quotes into passages, keyed by head quote id; `passageOf` finds any piece's passage. */
export class Passages {
  /** Pieces stay a plain array here only while the constructor fills them; callers see `Passage`. */
  private readonly byHead = new Map<string, { readonly head: Quote; readonly pieces: Quote[] }>();
  /** Continuations → their head; a head is its own. */
  private readonly headOf = new Map<string, string>();
  private readonly byTopic = new Map<string, Passage[]>();
  private readonly reviewedByTopic = new Map<string, readonly Passage[]>();
  private readonly distinctByTopic = new Map<string, readonly Passage[]>();

  constructor(corpus: Pick<Corpus, 'quotes' | 'quoteById'>) {
    // A passage is made when its head or one of its pieces first comes up, so passages keep corpus order.
    for (const quote of corpus.quotes) {
      const head = quote.continues === null ? quote : passageHead(quote, corpus.quoteById);
      if (head !== quote) this.headOf.set(quote.id, head.id);
      const passage = this.byHead.get(head.id) ?? this.open(head);
      passage.pieces.push(quote);
    }
    for (const passage of this.byHead.values()) {
      if (passage.pieces.length > 1) passage.pieces.sort((a, b) => a.start - b.start);
    }
  }

  private open(head: Quote): { readonly head: Quote; readonly pieces: Quote[] } {
    const passage = { head, pieces: [] as Quote[] };
    this.byHead.set(head.id, passage);
    const ofTopic = this.byTopic.get(head.topic);
    if (ofTopic === undefined) this.byTopic.set(head.topic, [passage]);
    else ofTopic.push(passage);
    return passage;
  }

  all(): IterableIterator<Passage> {
    return this.byHead.values();
  }

  /**
   * The passages of a topic, in the order of `all()`; with `reviewedOnly`, those whose every piece a person has
   * reviewed. Kept per topic so that an answer reads its topic's passages, not the whole corpus's.
   */
  ofTopic(topicId: string, reviewedOnly = false): readonly Passage[] {
    const all = this.distinct(topicId);
    if (!reviewedOnly) return all;
    let reviewed = this.reviewedByTopic.get(topicId);
    if (reviewed === undefined) {
      reviewed = all.filter((passage) => passage.pieces.every((piece) => piece.reviewed));
      this.reviewedByTopic.set(topicId, reviewed);
    }
    return reviewed;
  }

  /**
   * A topic's passages without repeats: the same words by the same speaker, in a body pasted twice or a pull quote
   * that repeats the text, are one passage (the first), so an answer never shows them twice. Made on first use.
   */
  private distinct(topicId: string): readonly Passage[] {
    let distinct = this.distinctByTopic.get(topicId);
    if (distinct === undefined) {
      const seen = new Set<string>();
      distinct = (this.byTopic.get(topicId) ?? []).filter((passage) => {
        const key = `${passage.head.speaker}\u0000${passage.pieces.map((piece) => piece.text).join('\u0000')}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      this.distinctByTopic.set(topicId, distinct);
    }
    return distinct;
  }

  passageOf(quoteId: string): Passage | undefined {
    return this.byHead.get(this.headOf.get(quoteId) ?? quoteId);
  }

}
