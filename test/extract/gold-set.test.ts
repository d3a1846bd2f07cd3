import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/extract-quotes.js';
import { parseFrontMatter } from '../../src/extract/front-matter.js';
import { topicFromQuestion } from '../../src/ingest/default-topic.js';

/**
 * Scores the extractor on the hand-labelled gold set in test/fixtures/gold: articles written in the styles of
 * wire services, local TV, newspapers and student papers on school debates other than the seeds'. A span counts
 * only when start and end are exact; speaker and stance are judged on the spans found.
 */
interface GoldQuote {
  readonly text: string;
  readonly speaker: string;
  readonly stance: 'for' | 'against' | 'mixed';
  /** The start of the text of the earlier quote this one continues. */
  readonly continues?: string;
}

const dir = join(import.meta.dirname, '../fixtures/gold');
const articles = readdirSync(dir)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => {
    const { meta, body } = parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
    const gold = (JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.gold.json')), 'utf8')) as { quotes: GoldQuote[] }).quotes;
    let from = 0;
    const spans = gold.map((quote) => {
      const start = body.indexOf(quote.text, from);
      if (start < 0) throw new Error(`${file}: gold text not in the body: ${quote.text}`);
      from = start + 1;
      return { ...quote, start, end: start + quote.text.length };
    });
    return { file, meta, body, spans };
  });

describe('the extractor on the gold set', () => {
  it('has at least 15 labelled articles on other school debates', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    for (const article of articles) expect(article.meta.question).not.toBeNull();
  });

  it('reaches span F1 ≥ 0.97 and speaker accuracy ≥ 0.95 (and reports stance agreement)', () => {
    let predicted = 0;
    let gold = 0;
    let matched = 0;
    let speakerRight = 0;
    let stanceRight = 0;
    let continuesRight = 0;
    const misses: string[] = [];
    for (const article of articles) {
      const topic = topicFromQuestion(article.meta.question ?? '');
      const quotes = extractQuotes(article.body, { topic });
      const direct = quotes.filter((quote) => quote.kind === 'direct');
      predicted += direct.length;
      gold += article.spans.length;
      for (const span of article.spans) {
        const hit = direct.find((quote) => quote.start === span.start && quote.end === span.end);
        if (hit === undefined) {
          misses.push(`${article.file}: missed “${span.text.slice(0, 50)}”`);
          continue;
        }
        matched += 1;
        if (hit.speaker === span.speaker) speakerRight += 1;
        else misses.push(`${article.file}: speaker ${hit.speaker} for ${span.speaker} “${span.text.slice(0, 40)}”`);
        if (hit.stance === span.stance) stanceRight += 1;
        else misses.push(`${article.file}: stance ${hit.stance} for ${span.stance} “${span.text.slice(0, 40)}” (${hit.stanceBasis.slice(0, 120)})`);
        const target = hit.continues === undefined ? undefined : quotes[hit.continues]?.text;
        if ((span.continues === undefined && target === undefined) || (span.continues !== undefined && target?.startsWith(span.continues))) continuesRight += 1;
        else misses.push(`${article.file}: continues ${target?.slice(0, 30)} for ${span.continues} “${span.text.slice(0, 40)}”`);
      }
      for (const quote of direct) {
        if (!article.spans.some((span) => span.start === quote.start && span.end === quote.end)) misses.push(`${article.file}: extra “${quote.text.slice(0, 50)}” (${quote.speaker})`);
      }
    }
    const precision = matched / Math.max(1, predicted);
    const recall = matched / Math.max(1, gold);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    const speakerAccuracy = speakerRight / Math.max(1, matched);
    const stanceAgreement = stanceRight / Math.max(1, matched);
    const figures = [
      `gold set: ${articles.length} articles, ${gold} direct quotes, ${predicted} extracted`,
      `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  span F1 ${f1.toFixed(3)}`,
      `speaker accuracy ${speakerAccuracy.toFixed(3)}  continuation links ${(continuesRight / Math.max(1, matched)).toFixed(3)}  stance agreement ${stanceAgreement.toFixed(3)}`,
    ];
    console.log([...figures, ...misses.map((miss) => `  ${miss}`)].join('\n'));
    expect(f1).toBeGreaterThanOrEqual(0.97);
    expect(speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
