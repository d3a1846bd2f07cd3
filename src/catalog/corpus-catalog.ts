import type { Corpus } from '../model/corpus.js';
import type { Side } from '../model/corpus-schema.js';
import type { SourceSummary, SpeakerSummary } from '../engine-types.js';
import { fold } from '../text/fold.js';
import { sanitizeUserText } from '../text/sanitize.js';

/**
 * Listings of what a corpus holds — its sources and its speakers — for "sources" and "speakers" commands and
 * for speaker autocomplete (Discord answers it from memory inside its 3-second window).
 */

/** The articles of a topic (or all), with how many quotes each gives. */
export function sourcesOf(corpus: Corpus, topicId?: string): SourceSummary[] {
  const counts = new Map<string, number>();
  for (const quote of corpus.quotes) counts.set(quote.article, (counts.get(quote.article) ?? 0) + 1);
  return corpus.articles
    .filter((article) => topicId === undefined || article.topic === topicId)
    .map((article) => ({
      article: article.id,
      topic: article.topic,
      title: article.title,
      outlet: article.outlet,
      date: article.date,
      url: article.url,
      quotes: counts.get(article.id) ?? 0,
    }));
}

/** Each speaker's quotes (an organization's include its members'), counted in one pass over the corpus. */
export function speakersOf(corpus: Corpus, topicId?: string): SpeakerSummary[] {
  const tally = new Map<string, { quotes: number; sides: Set<Side> }>();
  const credit = (id: string, side: Side) => {
    const entry = tally.get(id);
    if (entry === undefined) tally.set(id, { quotes: 1, sides: new Set([side]) });
    else (entry.quotes += 1, entry.sides.add(side));
  };
  for (const quote of corpus.quotes) {
    if (topicId !== undefined && quote.topic !== topicId) continue;
    credit(quote.speaker, quote.side);
    const organization = corpus.speakerById.get(quote.speaker)?.organization;
    if (organization && organization !== quote.speaker) credit(organization, quote.side);
  }
  return corpus.speakers
    .map((speaker) => {
      const entry = tally.get(speaker.id);
      return {
        id: speaker.id,
        name: speaker.name,
        role: speaker.role,
        kind: speaker.kind,
        quotes: entry?.quotes ?? 0,
        sides: [...(entry?.sides ?? [])],
      };
    })
    .filter((summary) => summary.quotes > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Speakers whose name or alias starts (then contains) `prefix`, best first, at most `limit` (≤ 25). */
export function suggest(summaries: readonly SpeakerSummary[], foldedNames: ReadonlyMap<string, readonly string[]>, prefix: string, limit: number): SpeakerSummary[] {
  const wanted = fold(sanitizeUserText(prefix));
  const scored = summaries.flatMap((summary) => {
    const names = foldedNames.get(summary.id) ?? [fold(summary.name)];
    if (wanted === '') return [{ summary, rank: 2 }];
    if (names.some((name) => name.startsWith(wanted) || name.split(/\s+/).some((part) => part.startsWith(wanted)))) return [{ summary, rank: 0 }];
    if (names.some((name) => name.includes(wanted))) return [{ summary, rank: 1 }];
    return [];
  });
  return scored
    .sort((a, b) => a.rank - b.rank || b.summary.quotes - a.summary.quotes || a.summary.name.localeCompare(b.summary.name))
    .slice(0, Math.max(0, Math.min(limit, 25)))
    .map((item) => item.summary);
}
