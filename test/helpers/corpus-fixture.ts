import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCorpusDir } from '../../src/index.js';

/** A throw-away copy of the bundled corpus that a test may break; returns its folder. */
export function copyOfSeedCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-corpus-'));
  cpSync(defaultCorpusDir(), dir, { recursive: true });
  return dir;
}

/** Reads, edits and writes back a corpus folder's corpus.json. */
export function editCorpusJson(dir: string, edit: (json: Record<string, any>) => void): void {
  const file = join(dir, 'corpus.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  edit(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}
