import type { Answer } from './model/answer.js';
import type { Corpus } from './model/corpus.js';
import type { Side } from './model/corpus-schema.js';

/** Overrides a surface may pass with a question, e.g. from a `/side` or `/speaker` command's options. */
export interface AskOptions {
  /** Answer for this side, whatever the question's wording says. */
  readonly side?: Side;
  /** Answer with these speakers' quotes (speaker ids from the corpus). */
  readonly speakerIds?: readonly string[];
  /** Route to this topic id instead of guessing from the question. */
  readonly topicId?: string;
}

/** One article the corpus draws on, for "sources" listings. */
export interface SourceSummary {
  readonly article: string;
  readonly topic: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly quotes: number;
}

/** One speaker with how many quotes they have per side, for "speakers" listings and autocomplete. */
export interface SpeakerSummary {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly kind: 'person' | 'organization' | 'group';
  readonly quotes: number;
  readonly sides: readonly Side[];
}

/**
 * The core as every surface uses it. Built once per corpus by `createCounterpoint`; every method is pure
 * over the corpus and index it holds, synchronous, and never throws on user text: "nothing matched" and
 * "that question is too long" are answers with a notice.
 */
export interface Counterpoint {
  readonly corpus: Corpus;
  ask(question: string, options?: AskOptions): Answer;
  /** Answers a follow-up token from `Answer.followUps` ("more", "other side"), even after a restart. */
  followUp(token: string): Answer;
  sources(topicId?: string): readonly SourceSummary[];
  speakers(topicId?: string): readonly SpeakerSummary[];
  /** Speakers whose name or alias contains `prefix` (accent- and case-insensitive), best first. */
  suggestSpeakers(prefix: string, limit?: number): readonly SpeakerSummary[];
}
