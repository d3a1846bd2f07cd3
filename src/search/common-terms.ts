import type { AsPlainObject } from 'minisearch';

/**
 * Terms too common within a topic to rank its quotes by. A word that a large share of a topic's quotes contain
 * says almost nothing about which of them answers a question (its inverse document frequency is near the floor),
 * yet scoring it means reading its whole posting list: at 100,000 quotes "school" alone is tens of thousands of
 * postings, and a question made of such words cost tens of milliseconds for no change a reader would notice.
 * Relevance leaves such terms out of the search, the way it leaves out stop words; question understanding still
 * counts them as words the topic matches.
 *
 * Both bounds must be passed, so small corpora (where scoring every term is cheap and every signal counts)
 * rank exactly as before: a term is common in a topic when more than `share` of the topic's quotes AND more than
 * `minQuotes` quotes of it contain the term.
 */
export const COMMON_TERM_RULE = { share: 0.2, minQuotes: 1000 } as const;

/** Per topic: the indexed terms its quotes contain, and those of them that are common there. */
export interface TopicTerms {
  readonly terms: Record<string, string[]>;
  readonly common: Record<string, string[]>;
}

/**
 * Reads each topic's terms and common terms from MiniSearch's serialized postings in one pass. `topicOf` maps
 * MiniSearch's short document ids to topic ids.
 */
export function topicTerms(plain: AsPlainObject, topicOf: ReadonlyMap<string, string>): TopicTerms {
  const topicIds = [...new Set(topicOf.values())];
  const topicNumber = new Map(topicIds.map((topic, i) => [topic, i]));
  const numberOf = new Map<string, number>();
  const sizes = new Array<number>(topicIds.length).fill(0);
  for (const [shortId, topic] of topicOf) {
    const n = topicNumber.get(topic) ?? 0;
    numberOf.set(shortId, n);
    sizes[n] = (sizes[n] ?? 0) + 1;
  }
  const bounds = sizes.map((size) => Math.max(size * COMMON_TERM_RULE.share, COMMON_TERM_RULE.minQuotes));
  const smallest = Math.min(...bounds);

  const terms: Record<string, string[]> = {};
  const common: Record<string, string[]> = {};
  const counts = new Int32Array(topicIds.length);
  const count = (n = 0) => void (counts[n] = (counts[n] ?? 0) + 1);
  for (const [term, fields] of plain.index) {
    const postings = Object.values(fields);
    counts.fill(0);
    if (postings.length === 1) {
      for (const shortId in postings[0]) count(numberOf.get(shortId));
    } else {
      // A quote can hold the term in several fields (its text and its speaker's name): count it once.
      const seen = new Set<string>();
      for (const field of postings) for (const shortId in field) seen.add(shortId);
      for (const shortId of seen) count(numberOf.get(shortId));
    }
    for (let n = 0; n < topicIds.length; n += 1) {
      const count = counts[n] ?? 0;
      if (count === 0) continue;
      const topic = topicIds[n] as string;
      (terms[topic] ??= []).push(term);
      if (count > smallest && count > (bounds[n] ?? Infinity)) (common[topic] ??= []).push(term);
    }
  }
  return { terms, common };
}
