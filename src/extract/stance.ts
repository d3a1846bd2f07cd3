import type { ExtractedQuote, ExtractOptions } from './types.js';

/** Proposes stances (placeholder until the stance model lands). */
export function proposeStances(quotes: ReadonlyArray<Omit<ExtractedQuote, 'stance' | 'stanceBasis'>>, options: ExtractOptions): ExtractedQuote[] {
  void options;
  return quotes.map((quote) => ({ ...quote, stance: null, stanceBasis: 'no stance cue' }));
}
