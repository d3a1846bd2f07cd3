import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseFrontMatter } from '../../src/extract/front-matter.js';

/** A hand-labelled quotation in a `.gold.json` file. */
const GoldQuoteSchema = z.object({
  text: z.string().min(1),
  speaker: z.string(),
  stance: z.enum(['for', 'against', 'mixed']),
  /** The start of the text of the earlier quote this one continues. */
  continues: z.string().optional(),
});
const GoldFileSchema = z.object({ quotes: z.array(GoldQuoteSchema) });
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

export const GOLD_DIR = join(import.meta.dirname, '../fixtures/gold');
export const HELD_OUT_DIR = join(GOLD_DIR, 'heldout');

/**
 * The labelled articles of a folder: each `.md` with its `.gold.json`, every gold text located in the body in
 * order (the gold files name texts, not offsets, so that a person can write them by hand).
 */
export function loadLabelledArticles(dir: string, keep: (file: string) => boolean = () => true) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && keep(file))
    .sort()
    .map((file) => {
      const { meta, body } = parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
      const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.gold.json')), 'utf8'))).quotes;
      let from = 0;
      const spans = gold.map((quote) => {
        const start = body.indexOf(quote.text, from);
        if (start < 0) throw new Error(`${file}: gold text not in the body: ${quote.text}`);
        from = start + 1;
        return { ...quote, start, end: start + quote.text.length };
      });
      return { file, meta, body, spans };
    });
}

export type LabelledArticle = ReturnType<typeof loadLabelledArticles>[number];
