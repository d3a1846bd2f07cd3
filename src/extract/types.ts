import type { Side, Speaker, Topic } from '../model/corpus-schema.js';

/** A stance proposal: one of the topic's sides, or null when nothing in the text points either way. */
export type Stance = Side;

/**
 * One quotation (or reported-speech passage) found in an article body.
 * Callers may rely on `body.slice(start, end) === text` for every item.
 */
export interface ExtractedQuote {
  /** The exact characters between the quotation marks (paraphrase: the reported-speech passage). */
  readonly text: string;
  /** Offsets (JavaScript string indices) into the body. */
  readonly start: number;
  readonly end: number;
  /** `direct` for words inside quotation marks, `paraphrase` for reported speech without them. */
  readonly kind: 'direct' | 'paraphrase';
  /** Full name as the article gives it (or a known speaker's name), an organisation, or null when unknown. */
  readonly speaker: string | null;
  /** Role or affiliation as the article gives it, or null. */
  readonly role: string | null;
  /** Whether the speaker is a person or an organisation (null when there is no speaker). Not part of `extract --json`. */
  readonly speakerKind: 'person' | 'organization' | null;
  /** Proposed side relative to the debated question, or null when no question was given. */
  readonly stance: Stance | null;
  /** Why that stance was proposed, in words a reviewer understands. */
  readonly stanceBasis: string;
  /** Index (in the same result array) of the quote this one carries on from, when it has no attribution of its own. */
  readonly continues?: number;
}

/** A speaker the corpus already knows, with the side of their reviewed quotes where a majority exists. */
export interface KnownSpeaker extends Speaker {
  readonly stance?: Side | null;
}

/** What the extractor may know beyond the body. */
export interface ExtractOptions {
  /** The debated question and its side words; stances are proposed relative to it. */
  readonly topic?: Topic;
  /** Speakers already in the corpus: names are mapped to them, and their reviewed stance is proposed. */
  readonly knownSpeakers?: readonly KnownSpeaker[];
}
