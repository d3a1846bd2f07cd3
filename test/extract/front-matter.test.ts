import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/extract/front-matter.js';

describe('parseFrontMatter', () => {
  it('splits off the block and keeps the body byte for byte', () => {
    const text = '---\ntitle: "Board votes: 4-3"\noutlet: KCTV\ndate: 2020-06-23\nurl: https://example.com/a\nquestion: Should police be in schools?\nauthor: ignored\n---\n“Quote,” she said.\n';
    const { meta, body } = parseFrontMatter(text);
    expect(meta).toEqual({ title: 'Board votes: 4-3', outlet: 'KCTV', date: '2020-06-23', url: 'https://example.com/a', place: null, question: 'Should police be in schools?' });
    expect(body).toBe('“Quote,” she said.\n');
  });

  it('treats a file without front matter as all body', () => {
    expect(parseFrontMatter('Just text.\n---\nMore.')).toEqual({ meta: { title: null, outlet: null, date: null, url: null, place: null, question: null }, body: 'Just text.\n---\nMore.' });
  });

  it('names the field at fault', () => {
    expect(() => parseFrontMatter('---\ndate: June 5\n---\nx')).toThrow(/front matter: date: a date as YYYY-MM-DD/);
    expect(() => parseFrontMatter('---\nurl: not a url\n---\nx')).toThrow(/front matter: url/);
    expect(() => parseFrontMatter('---\ntitle: x\nno closing line')).toThrow(/never closed/);
  });
});
