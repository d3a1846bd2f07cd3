import type { QuoteKind, Side } from './corpus-schema.js';

/**
 * The one answer model every surface renders: the REPL and CLI text, `ask --json` (the CONTRACT.md shape),
 * Discord embeds and Slack blocks. Adapters only render it; they never decide what goes in it.
 */

/** A verbatim piece of an article; `text === body.slice(start, end)`. */
export interface QuotePiece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface QuoteView {
  /** The id of the first piece's quote: stable across runs. */
  readonly id: string;
  /** The pieces joined by " … ": every piece verbatim, every cut marked. */
  readonly text: string;
  readonly pieces: readonly QuotePiece[];
  /** `direct` is shown in quotation marks; `paraphrase` is reported speech, labelled and never quoted. */
  readonly kind: QuoteKind;
  readonly speaker: { readonly id: string; readonly name: string; readonly role: string | null };
  readonly side: Side;
  /** False for quotes ingested but not yet checked by a person; surfaces label them. */
  readonly reviewed: boolean;
  readonly source: {
    readonly article: string;
    readonly title: string | null;
    readonly outlet: string | null;
    readonly date: string | null;
    readonly url: string | null;
  };
}

export interface AnswerSection {
  /** `answer` holds what was asked; `counterpoint` the other side, offered beside it. */
  readonly kind: 'answer' | 'counterpoint';
  readonly side: Side;
  /** The topic's display label for the side. */
  readonly label: string;
  readonly quotes: readonly QuoteView[];
  /** A sentence about this section, e.g. that none of this side's quotes mention the asked terms. */
  readonly note: string | null;
}

/** What the question was understood to ask. */
export interface Intent {
  readonly side: Side | null;
  /** Display names of the speakers (people or organizations) the question names. */
  readonly speakers: readonly string[];
  /** Display labels of the groups the question names ("Parents"). */
  readonly groups: readonly string[];
  /** The terms quotes were ranked by (after dropping stop words, side words and names). */
  readonly terms: readonly string[];
}

export interface Answer {
  readonly question: string;
  readonly topic: { readonly id: string; readonly question: string } | null;
  readonly intent: Intent;
  readonly sections: readonly AnswerSection[];
  /** For the reader when there is nothing, or little, to show; otherwise null. */
  readonly notice: string | null;
  /** Questions worth trying next (shown with a notice). */
  readonly suggestions: readonly string[];
  /**
   * Opaque tokens for the follow-ups a surface may offer as buttons or commands; each fits in 100 characters
   * (Discord's `custom_id` limit) and carries all the state needed, so it still works after a restart.
   * Null where the follow-up has nothing to show.
   */
  readonly followUps: { readonly more: string | null; readonly otherSide: string | null };
}
