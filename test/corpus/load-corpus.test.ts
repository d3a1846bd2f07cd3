import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, defaultCorpusDir, loadCorpus } from '../../src/index.js';
import { VERDICT_FILE, schemaFingerprint } from '../../src/corpus/verified-shape.js';
import { copyOfSeedCorpus, editCorpusJson } from '../helpers/corpus-fixture.js';

describe('loading the bundled corpus', () => {
  const corpus = loadCorpus(defaultCorpusDir());

  const seeds = join(import.meta.dirname, '../../../shared/seeds');

  // The seeds sit beside the repository on our machines and in CI, not in a bare clone elsewhere.
  it.runIf(existsSync(seeds))('holds the three seed articles verbatim, byte for byte', () => {
    expect(corpus.articles).toHaveLength(3);
    for (const article of corpus.articles) {
      const seed = readFileSync(join(seeds, `${article.id}.txt`), 'utf8');
      expect(article.body).toBe(seed);
    }
  });

  it('keeps every quote verbatim at its offsets', () => {
    expect(corpus.quotes.length).toBeGreaterThanOrEqual(25);
    for (const quote of corpus.quotes) {
      const body = corpus.articleById.get(quote.article)?.body ?? '';
      expect(body.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it('has about twenty direct quotations, each with a known speaker and side', () => {
    const direct = corpus.quotes.filter((quote) => quote.kind === 'direct');
    expect(direct.length).toBeGreaterThanOrEqual(18);
    for (const quote of corpus.quotes) {
      expect(corpus.speakerById.has(quote.speaker)).toBe(true);
      expect(['for', 'against', 'mixed']).toContain(quote.side);
    }
  });

  it('never takes the bill title for a quotation', () => {
    expect(corpus.quotes.some((quote) => quote.text.includes('Counseling Not Criminalization'))).toBe(false);
  });

  it('gives null where the text gives no date, url or title', () => {
    const undated = corpus.articles.filter((article) => article.date === null);
    expect(undated.length).toBe(2);
    expect(corpus.articles.every((article) => article.url === null && article.title === null)).toBe(true);
  });
});

describe.each([
  ['with no remembered verdict', false],
  ['after the intact corpus was loaded (its schema verdict remembered)', true],
])('a broken corpus is refused, naming file, entry and field, %s', (_, warm) => {
  const broken = (edit: (dir: string) => void) => {
    const dir = copyOfSeedCorpus();
    try {
      rmSync(join(dir, '.cache'), { recursive: true, force: true });
      if (warm) {
        loadCorpus(dir);
        expect(readFileSync(join(dir, VERDICT_FILE), 'utf8')).toMatch(/ same\n$/);
      }
      edit(dir);
      loadCorpus(dir);
    } catch (error) {
      return error as CorpusError;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    throw new Error('the broken corpus loaded');
  };

  it('rejects bad JSON', () => {
    const error = broken((dir) => writeFileSync(join(dir, 'corpus.json'), '{ "version": 1,'));
    expect(error).toBeInstanceOf(CorpusError);
    expect(error.code).toBe('CORPUS_BAD_JSON');
    expect(error.message).toContain('corpus.json');
  });

  it('rejects a missing corpus', () => {
    const error = broken((dir) => rmSync(join(dir, 'corpus.json')));
    expect(error.code).toBe('CORPUS_MISSING');
  });

  it('rejects a field of the wrong type', () => {
    const error = broken((dir) => editCorpusJson(dir, (json) => void (json.articles[0].quotes[0].start = 'ten')));
    expect(error.code).toBe('CORPUS_SCHEMA');
    expect(error.field).toBe('articles.0.quotes.0.start');
    expect(error.entry).toContain('"');
  });

  it('rejects a link that is not http(s)', () => {
    const error = broken((dir) => editCorpusJson(dir, (json) => void (json.articles[0].url = 'javascript:alert(1)')));
    expect(error.code).toBe('CORPUS_SCHEMA');
    expect(error.field).toBe('articles.0.url');
    expect(error.message).toMatch(/http\(s\) URL/);
  });

  it('rejects an unknown side', () => {
    const error = broken((dir) => editCorpusJson(dir, (json) => void (json.articles[1].quotes[2].side = 'neutral')));
    expect(error.code).toBe('CORPUS_SCHEMA');
    expect(error.field).toBe('articles.1.quotes.2.side');
  });

  it('rejects text that differs from the article at its offsets', () => {
    const error = broken((dir) => editCorpusJson(dir, (json) => void (json.articles[0].quotes[0].text += ' (edited)')));
    expect(error.code).toBe('CORPUS_OFFSETS');
    expect(error.field).toBe('text');
    expect(error.entry).toContain('quote');
  });

  it('rejects shifted offsets', () => {
    const error = broken((dir) => editCorpusJson(dir, (json) => {
      json.articles[2].quotes[1].start += 1;
    }));
    expect(error.code).toBe('CORPUS_OFFSETS');
  });

  it('rejects an unknown speaker', () => {
    const error = broken((dir) => editCorpusJson(dir, (json) => void (json.articles[0].quotes[0].speaker = 'nobody-at-all')));
    expect(error.code).toBe('CORPUS_UNKNOWN_REFERENCE');
    expect(error.field).toBe('speaker');
    expect(error.message).toContain('nobody-at-all');
  });

  it('rejects a duplicate quote id', () => {
    const error = broken((dir) => editCorpusJson(dir, (json) => void (json.articles[1].quotes[0].id = json.articles[0].quotes[0].id)));
    expect(error.code).toBe('CORPUS_DUPLICATE_ID');
    expect(error.field).toBe('id');
  });

  it('rejects a duplicate speaker id', () => {
    const error = broken((dir) => editCorpusJson(dir, (json) => void json.speakers.push({ ...json.speakers[0] })));
    expect(error.code).toBe('CORPUS_DUPLICATE_ID');
    expect(error.entry).toContain('speakers');
  });

  it('rejects an article whose text file is missing', () => {
    const error = broken((dir) => rmSync(join(dir, 'articles', '001_4ae485303f787a78.txt')));
    expect(error.code).toBe('CORPUS_ARTICLE_MISSING');
    expect(error.entry).toContain('001_4ae485303f787a78');
  });

  it('rejects an article text changed after its quotes were taken', () => {
    const error = broken((dir) => {
      const file = join(dir, 'articles', '002_a37abcbc46c246e0.txt');
      writeFileSync(file, readFileSync(file, 'utf8') + '\nA correction was appended.');
    });
    expect(error.code).toBe('CORPUS_ARTICLE_CHANGED');
  });

  it('rejects an unknown topic, group or continued quote', () => {
    expect(broken((dir) => editCorpusJson(dir, (json) => void (json.articles[0].topic = 'no-such-topic'))).field).toBe('topic');
    expect(broken((dir) => editCorpusJson(dir, (json) => void json.speakers[0].groups.push('no-such-group'))).field).toBe('groups');
    expect(broken((dir) => editCorpusJson(dir, (json) => void (json.articles[1].quotes[0].continues = 'no-such-quote'))).field).toBe('continues');
  });
});

describe('the remembered schema verdict', () => {
  const fresh = () => {
    const dir = copyOfSeedCorpus();
    rmSync(join(dir, '.cache'), { recursive: true, force: true });
    return dir;
  };
  const bytesSha = (dir: string) => createHash('sha256').update(readFileSync(join(dir, 'corpus.json'))).digest('hex');
  const verdictFor = (dir: string, fingerprint: string, verdict: string) => `counterpoint-shape/1 ${bytesSha(dir)} ${fingerprint} ${verdict}\n`;

  it('gives the same corpus, quote for quote, as a full check', () => {
    const dir = fresh();
    try {
      const cold = loadCorpus(dir);
      expect(readFileSync(join(dir, VERDICT_FILE), 'utf8')).toBe(verdictFor(dir, schemaFingerprint(), 'same'));
      const warm = loadCorpus(dir);
      expect(warm.hash).toBe(cold.hash);
      expect(warm.quotes).toEqual(cold.quotes);
      expect(warm.articles).toEqual(cold.articles);
      expect(warm.speakers).toEqual(cold.speakers);
      expect(warm.topics).toEqual(cold.topics);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is never trusted when damaged, made under another schema, or for other bytes', () => {
    const dir = fresh();
    try {
      editCorpusJson(dir, (json) => void (json.articles[0].quotes[0].start = 'ten'));
      const right = verdictFor(dir, schemaFingerprint(), 'same');
      mkdirSync(join(dir, '.cache'), { recursive: true });
      for (const verdict of [verdictFor(dir, '0'.repeat(64), 'same'), right.slice(0, -1), right.slice(0, 40), `${right}more`, right.replace(/^counterpoint-shape\/1/, 'counterpoint-shape/0'), 'garbage', '']) {
        writeFileSync(join(dir, VERDICT_FILE), verdict);
        expect(() => loadCorpus(dir)).toThrow(expect.objectContaining({ code: 'CORPUS_SCHEMA' }));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says "differs" for a corpus that leaves fields to their defaults, and keeps checking it in full', () => {
    const dir = fresh();
    try {
      editCorpusJson(dir, (json) => void delete json.articles[0].quotes[0].stanceBasis);
      const first = loadCorpus(dir);
      expect(readFileSync(join(dir, VERDICT_FILE), 'utf8')).toBe(verdictFor(dir, schemaFingerprint(), 'differs'));
      const again = loadCorpus(dir);
      expect(again.quotes[0]?.stanceBasis).toBeNull();
      expect(again.quotes).toEqual(first.quotes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
