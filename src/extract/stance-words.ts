import { stemmer } from 'stemmer';

/** Words too common to tell whether a clause is about the debated question. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after all also an and any are as at be been being both but by can could did do does for from had has have
  he her his how i if in into is it its just more most no not of on or our should so some such than that the their
  them then there these they this those to too was we were what when where whether which who will with would you
  your yes should must ought anyone people`.split(/\s+/).filter(Boolean),
);

const cache = new Map<string, string>();

/** Porter stem (the `stemmer` package the search index uses too), cached: stance scoring stems every word. */
export function stemWord(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = /^\p{N}+$/u.test(word) ? word : stemmer(word);
    if (cache.size < 50_000) cache.set(word, stem);
  }
  return stem;
}
