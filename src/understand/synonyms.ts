import type { Topic } from '../model/corpus-schema.js';
import { tokenize } from '../text/fold.js';

/** Stems of a word or phrase, as the synonym table keys it. */
export function termKey(term: string): string {
  return tokenize(term)
    .map((token) => token.stem)
    .join(' ');
}

/** Stems of each synonym (a word or a phrase) → the other entries of its set. */
export function synonymTable(topic: Topic): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const set of topic.synonyms) {
    for (const entry of set) {
      const key = termKey(entry);
      const others = set.filter((other) => other !== entry);
      table.set(key, [...new Set([...(table.get(key) ?? []), ...others])]);
    }
  }
  return table;
}
