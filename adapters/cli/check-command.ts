import { SIDES, type Corpus } from '../../src/index.js';
import { idleSpeakerIds } from '../../src/model/idle-speakers.js';

/** The `check` report: what the corpus holds and what awaits review. */
export function checkReport(corpus: Corpus, dir: string): string {
  const perSide = SIDES.map((side) => `${side} ${corpus.quotes.filter((quote) => quote.side === side).length}`).join(', ');
  const unreviewed = corpus.quotes.filter((quote) => !quote.reviewed);
  const lines = [
    `Corpus OK: ${dir}`,
    `  ${corpus.topics.length} topic(s): ${corpus.topics.map((topic) => topic.question).join(' | ')}`,
    `  ${corpus.articles.length} article(s), ${corpus.speakers.length} speaker(s), ${corpus.quotes.length} quote(s)`,
    `  quotes per side: ${perSide}`,
    `  direct ${corpus.quotes.filter((q) => q.kind === 'direct').length}, paraphrase ${corpus.quotes.filter((q) => q.kind === 'paraphrase').length}`,
    `  unreviewed: ${unreviewed.length}${unreviewed.length === 0 ? '' : corpus.settings.requireReview ? ' (not served until reviewed)' : ' (served, labelled unreviewed)'}`,
  ];
  for (const quote of unreviewed.slice(0, 50)) {
    const speaker = corpus.speakerById.get(quote.speaker)?.name ?? quote.speaker;
    const excerpt = quote.text.length > 70 ? `${quote.text.slice(0, 69)}…` : quote.text;
    lines.push(`    ${quote.id} [${quote.side}] ${speaker}: ${excerpt}`);
  }
  if (unreviewed.length > 50) lines.push(`    … and ${unreviewed.length - 50} more`);
  // Worth an editor's look, not an error: a speaker nothing is quoted from (nor any member) answers no question.
  const idle = idleSpeakerIds(corpus.speakers, corpus.quotes.map((quote) => quote.speaker));
  if (idle.size > 0) lines.push(`  speakers with no quotes (not used in answers): ${[...idle].join(', ')}`);
  const uncited = corpus.articles.filter((article) => article.title === null && article.outlet === null && article.url === null);
  if (uncited.length > 0) lines.push(`  articles with no title, outlet or link to cite: ${uncited.map((article) => article.id).join(', ')}`);
  return lines.join('\n');
}
