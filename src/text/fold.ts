import { stemmer } from 'stemmer';

/**
 * Text folding shared by question understanding and the search index, so that a question and a quote meet
 * on the same terms: case, accents ("Henríquez" = "Henriquez"), curly apostrophes and stemming
 * ("supporters" = "supporter") are folded away.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cases, strips accents and normalizes apostrophes and dashes. */
export function fold(text: string): string {
  // Plain ASCII has no accents to strip: skip the Unicode normalisation, by far the costliest step.
  const bare = NON_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING_MARKS, '') : text;
  return bare.toLowerCase().replace(/[’‘`]/g, "'");
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A folded key for comparing names ("Sen. Henríquez" = "sen henriquez"): punctuation other than apostrophes
 * becomes space, and runs of space collapse.
 */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A word of the folded text with where it stood. */
export interface Token {
  /** Folded surface form, possessive and contraction endings removed ("sro's" → "sro", "what's" → "what"). */
  readonly word: string;
  /** Porter stem of `word`. */
  readonly stem: string;
}

/** Splits text into folded tokens; "50-50" stays "50-50" so that it can be matched as a phrase of two tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of fold(text).matchAll(TOKEN)) {
    const word = match[0].replace(/'(s|t|re|ve|ll|d|m)$/u, (_, ending: string) => (ending === 't' ? "'t" : ''));
    if (word.length === 0) continue;
    tokens.push({ word, stem: stem(word) });
  }
  return tokens;
}

/** Porter stem of a folded word; words with "'t" keep their negation ("don't" → "don't"). */
export function stem(word: string): string {
  if (word.includes("'")) return word;
  return /^\p{N}+$/u.test(word) ? word : stemmer(word);
}
