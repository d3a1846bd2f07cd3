import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedLimitViolations } from '../../../adapters/discord/embed-limits.js';
import { renderAnswerEmbeds } from '../../../adapters/discord/render-embeds.js';
import { SIDE_COLORS } from '../../../adapters/discord/side-colors.js';
import type { Answer, QuoteView } from '../../../src/model/answer.js';
import { answerArbitrary, prose, quoteArbitrary } from './answer-arbitrary.js';

const options = { corpusName: 'test corpus' };

function quote(overrides: Partial<QuoteView> = {}): QuoteView {
  return {
    id: 'q1',
    text: 'Officers keep our students safe every single day',
    pieces: [],
    kind: 'direct',
    speaker: { id: 'ann', name: 'Ann Example', role: 'Principal, Example High' },
    side: 'for',
    reviewed: true,
    source: { article: 'a1', title: 'A title', outlet: 'Example News', date: '2020-06-23', url: 'https://example.com/a' },
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'what do supporters say?',
    topic: { id: 'topic', question: 'Should it happen?' },
    intent: { side: 'for', speakers: [], groups: [], terms: [] },
    sections: [
      { kind: 'answer', side: 'for', label: 'Supporters', quotes: [quote()], note: null },
      {
        kind: 'counterpoint',
        side: 'against',
        label: 'Critics',
        quotes: [quote({ id: 'q2', side: 'against', kind: 'paraphrase', text: 'She said it harms students', reviewed: false })],
        note: null,
      },
    ],
    notice: null,
    suggestions: [],
    followUps: { more: null, otherSide: null },
    ...overrides,
  };
}

/** The quote part of a field value: everything before the attribution line. */
function bodyOf(value: string): string {
  return value.split('\n— ')[0] ?? '';
}

describe('renderAnswerEmbeds', () => {
  it('shows each section as an embed with the side label, its colour and one field per quote', () => {
    const embeds = renderAnswerEmbeds(answer(), options);
    expect(embeds).toHaveLength(3);
    expect(embeds[0]?.title).toBe('Should it happen?');
    expect(embeds[0]?.description).toContain('**You asked:** what do supporters say?');
    expect(embeds[1]).toMatchObject({ title: 'Supporters', color: SIDE_COLORS.for });
    expect(embeds[2]).toMatchObject({ title: 'Critics', color: SIDE_COLORS.against });
    expect(embeds[2]?.description).toContain('The other side');
  });

  it('puts a direct quote in quotation marks with speaker, role, outlet, date and link', () => {
    const field = renderAnswerEmbeds(answer(), options)[1]?.fields?.[0];
    expect(field?.name).toBe('Ann Example — Principal, Example High');
    expect(field?.value).toBe(
      '“Officers keep our students safe every single day”\n— Example News, 2020-06-23 · [source](https://example.com/a)',
    );
  });

  it('labels a paraphrase and an unreviewed quote, and never puts a paraphrase in quotation marks', () => {
    const value = renderAnswerEmbeds(answer(), options)[2]?.fields?.[0]?.value ?? '';
    expect(value).toMatch(/^\*\(paraphrase\)\* She said it harms students\n/);
    expect(value).not.toContain('“');
    expect(value).toContain('*unreviewed*');
  });

  it('names the corpus and how balance works in a footer on the last embed only', () => {
    const embeds = renderAnswerEmbeds(answer(), options);
    expect(embeds[2]?.footer?.text).toMatch(/^test corpus · Balanced by design/);
    expect(embeds[0]?.footer).toBeUndefined();
  });

  it('uses colours that are distinct and neither red nor green', () => {
    const colors = Object.values(SIDE_COLORS);
    expect(new Set(colors).size).toBe(3);
    for (const color of colors) {
      const [r, g, b] = [(color >> 16) & 255, (color >> 8) & 255, color & 255];
      expect(r > 1.6 * g && r > 1.6 * b, `${color.toString(16)} reads as red`).toBe(false);
      expect(g > 1.3 * r && g > 1.3 * b, `${color.toString(16)} reads as green`).toBe(false);
    }
  });

  it('escapes a hostile question where it is echoed', () => {
    const embeds = renderAnswerEmbeds(answer({ question: '@everyone **loud** <@123> [x](https://evil.example)' }), options);
    const description = embeds[0]?.description ?? '';
    expect(description).toContain('@\u200beveryone');
    expect(description).toContain('\\*\\*loud\\*\\*');
    expect(description).toContain('\\<@123>');
    expect(description).toContain('\\[x](https://evil.example)');
  });

  it('renders a notice answer kindly, with the suggestions and a pointer to /help', () => {
    const embeds = renderAnswerEmbeds(
      answer({ sections: [], notice: 'Nothing in these articles mentions *that*.', suggestions: ['what do critics say?'] }),
      options,
    );
    expect(embeds).toHaveLength(1);
    expect(embeds[0]?.description).toContain('Nothing in these articles mentions \\*that\\*.');
    expect(embeds[0]?.description).toContain('• what do critics say?');
    expect(embeds[0]?.description).toContain('/help');
  });

  it('drops the lowest-ranked quotes of a crowded side, says so, and keeps every side', () => {
    const many = Array.from({ length: 20 }, (_, i) => quote({ id: `q${i}`, text: `${'word '.repeat(180)}end${i}` }));
    const embeds = renderAnswerEmbeds(
      answer({ sections: [{ kind: 'answer', side: 'for', label: 'Supporters', quotes: many, note: null }, ...answer().sections.slice(1)] }),
      options,
    );
    expect(embedLimitViolations(embeds)).toEqual([]);
    const shown = embeds[1]?.fields?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(20);
    expect(embeds[1]?.description).toContain(`${20 - shown} more quotes from this side did not fit`);
    expect(embeds[2]?.fields).toHaveLength(1);
  });

  it('marks the cut when a quote is too long for a field', () => {
    const long = `${'alpha beta gamma '.repeat(100)}omega`;
    const value = renderAnswerEmbeds(answer({ sections: [answer().sections[0]!].map((s) => ({ ...s, quotes: [quote({ text: long })] })) }), options)[1]
      ?.fields?.[0]?.value;
    const body = bodyOf(value ?? '');
    expect(body.endsWith(' …”')).toBe(true);
    expect(long.startsWith(body.slice(1, -3))).toBe(true);
  });

  it('names a speaker whose name is only white space, since Discord refuses an empty field name (found by the property below)', () => {
    const embeds = renderAnswerEmbeds(
      answer({ sections: [{ kind: 'answer', side: 'for', label: 'a', note: null, quotes: [{ id: '0', text: 'a', pieces: [], kind: 'direct', speaker: { id: 's', name: ' ', role: null }, side: 'for', reviewed: false, source: { article: 'a', title: null, outlet: null, date: null, url: null } }] }] }),
      options,
    );
    expect(embedLimitViolations(embeds)).toEqual([]);
    expect(embeds[1]?.fields?.[0]?.name).toBe('Unnamed speaker');
  });

  it('keeps every Discord limit for any answer', () => {
    fc.assert(
      fc.property(answerArbitrary, (any) => {
        expect(embedLimitViolations(renderAnswerEmbeds(any, options))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('shows every quote verbatim, or a verbatim beginning with a marked cut, and counts the ones left out', () => {
    const sectionQuotes = fc.array(
      fc.record({ q: quoteArbitrary, text: fc.oneof(prose(40), prose(1200)) }).map(({ q, text }) => ({ ...q, text })),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.array(sectionQuotes, { minLength: 1, maxLength: 3 }), (groups) => {
        const sections = groups.map((quotes, i) => ({
          kind: 'answer' as const,
          side: (['for', 'against', 'mixed'] as const)[i]!,
          label: `Side ${i}`,
          quotes,
          note: null,
        }));
        const embeds = renderAnswerEmbeds(answer({ sections }), options);
        sections.forEach((section, i) => {
          const embed = embeds[i + 1];
          const fields = embed?.fields ?? [];
          expect(fields.length).toBeGreaterThan(0);
          fields.forEach((field, j) => {
            const shown = section.quotes[j]!;
            const body = bodyOf(field.value);
            const inner = shown.kind === 'direct' ? body.slice(1, -1) : body.replace(/^\*\(paraphrase\)\* /, '');
            if (shown.kind === 'direct') expect(body).toMatch(/^“[\s\S]*”$/);
            else expect(body.startsWith('*(paraphrase)* ') && !body.includes('“')).toBe(true);
            if (inner !== shown.text) {
              expect(inner.endsWith(' …')).toBe(true);
              expect(shown.text.startsWith(inner.slice(0, -2))).toBe(true);
            }
          });
          const hidden = section.quotes.length - fields.length;
          if (hidden > 0) expect(embed?.description).toContain(`${hidden} more`);
          else expect(embed?.description ?? '').not.toContain('did not fit');
        });
      }),
      { numRuns: 100 },
    );
  });
});
