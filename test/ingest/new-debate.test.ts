import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCounterpoint, loadCorpus, type Counterpoint } from '../../src/index.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';

/** A debate nobody wrote corpus data for: everything the bot knows comes from ingest's defaults. */
describe('a new debate built by ingest alone', () => {
  let dir: string;
  let engine: Counterpoint;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'counterpoint-new-debate-'));
    await ingestFiles(dir, [join(import.meta.dirname, '../fixtures/gold/01-phone-ban-wire.md'), join(import.meta.dirname, '../fixtures/gold/09-phone-pouches-newspaper.md')]);
    engine = createCounterpoint(loadCorpus(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the proposition itself as no reversal ("banning" in a question about a ban)', () => {
    expect(engine.ask('who supports banning cellphones?').intent.side).toBe('for');
    expect(engine.ask('what do critics of the ban say?').intent.side).toBe('against');
    expect(engine.ask('who wants to lift the ban?').intent.side).toBe('against');
  });

  it('answers for groups placed by their roles', () => {
    const answer = engine.ask('what do teachers think?');
    expect(answer.intent.groups).toEqual(['Teachers']);
    expect(answer.sections.filter((s) => s.kind === 'answer').flatMap((s) => s.quotes).length).toBeGreaterThan(0);
  });

  it('gives every side for a neutral question and says nothing on an unrelated one', () => {
    expect(engine.ask('should phones be banned in school?').sections.filter((s) => s.quotes.length > 0).length).toBeGreaterThan(1);
    expect(engine.ask('what is the weather in Paris?').notice).toMatch(/nothing on/);
  });
});
