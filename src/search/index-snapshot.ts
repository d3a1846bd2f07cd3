import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, sha256 } from '../corpus/build-corpus.js';
import type { Corpus } from '../model/corpus.js';
import { QuoteIndex } from './quote-index.js';

/**
 * A saved search index, so that a large corpus starts in a fraction of the time it takes to index it. A
 * snapshot is only ever used for the exact corpus and index settings it was made from: its name carries the
 * corpus hash, its first line carries the corpus hash, a fingerprint of the index settings and a checksum of
 * the rest, and anything that does not match (another corpus, other settings, a torn or corrupt file) is
 * ignored and rebuilt. Losing or deleting snapshots is always safe.
 */

/** Bump when the snapshot file layout changes. */
const FORMAT = 'counterpoint-index/2';

/** Where a snapshot came from, for logs and benchmarks. */
export interface IndexLoad {
  readonly index: QuoteIndex;
  /** `snapshot` when read from disk; `built` when indexed now (and saved, if any cache folder was writable). */
  readonly from: 'snapshot' | 'built';
  /** The snapshot file read or written, or null when none was (a small corpus, or no writable folder). */
  readonly file: string | null;
}

/** Options for `loadIndexSnapshot`; the defaults suit every caller but tests. */
export interface SnapshotOptions {
  /**
   * Folders to look in and write to, in order. Default: `<corpusDir>/.cache`, then a folder in the system's
   * temp dir for corpus folders that are read-only (a container image, a shared mount).
   */
  readonly cacheDirs?: readonly string[];
  /**
   * Corpora with fewer quotes are simply indexed, with no file read or written: below this, indexing takes
   * about as long as checking a snapshot would (default 1000).
   */
  readonly minQuotes?: number;
}

/** See `SnapshotOptions.minQuotes`. */
const MIN_QUOTES = 1000;

/** The index for a corpus: from a valid snapshot when there is one, otherwise built now and saved for next time. */
export function loadOrBuildIndex(corpus: Corpus, corpusDir: string, options: SnapshotOptions = {}): QuoteIndex {
  return loadIndexSnapshot(corpus, corpusDir, options).index;
}

/** Like `loadOrBuildIndex`, also saying whether the snapshot was used and which file holds it. */
export function loadIndexSnapshot(corpus: Corpus, corpusDir: string, options: SnapshotOptions = {}): IndexLoad {
  if (corpus.quotes.length < (options.minQuotes ?? MIN_QUOTES)) return { index: QuoteIndex.build(corpus), from: 'built', file: null };
  const dirs = options.cacheDirs ?? [join(corpusDir, '.cache'), join(tmpdir(), 'counterpoint-cache')];
  const name = snapshotName(corpus);
  const header = headerFor(corpus);
  for (const dir of snapshotsRoundTrip() ? dirs : []) {
    const index = readSnapshot(join(dir, name), header, corpus);
    if (index !== null) return { index, from: 'snapshot', file: join(dir, name) };
  }
  const index = QuoteIndex.build(corpus);
  const json = index.toJSON();
  for (const dir of dirs) {
    if (writeSnapshot(dir, name, `${header} ${sha256(json)}\n${json}`)) return { index, from: 'built', file: join(dir, name) };
  }
  return { index, from: 'built', file: null };
}

/** The snapshot's file name for a corpus: changes whenever the corpus or the index settings do. */
export function snapshotName(corpus: Corpus): string {
  return `index-${corpus.hash.slice(0, 24)}-${settingsFingerprint().slice(0, 12)}.json`;
}

function headerFor(corpus: Corpus): string {
  return `${FORMAT} ${corpus.hash} ${settingsFingerprint()}`;
}

/** The index from a snapshot file, or null when it is missing, for something else, or damaged in any way. */
function readSnapshot(file: string, header: string, corpus: Corpus): QuoteIndex | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const newline = text.indexOf('\n');
  if (newline < 0 || text.slice(0, newline) !== `${header} ${sha256(text.slice(newline + 1))}`) return null;
  try {
    return QuoteIndex.fromJSON(text.slice(newline + 1), corpus);
  } catch {
    return null;
  }
}

/**
 * Writes atomically (temp file, then rename), so a reader never sees half a snapshot, and removes this folder's
 * older snapshots, which no corpus will match again. False when the folder is not writable.
 */
function writeSnapshot(dir: string, name: string, content: string): boolean {
  const temp = join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, join(dir, name));
  } catch {
    removeQuietly(temp);
    return false;
  }
  try {
    for (const other of readdirSync(dir)) {
      if (other !== name && /^index-[0-9a-f]+-[0-9a-f]+\.json$/.test(other)) removeQuietly(join(dir, other));
    }
  } catch {
    // Old snapshots are only wasted disk space; a process that cannot list them still starts.
  }
  return true;
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing to remove, or not ours to remove: either way, not worth failing a start-up over.
  }
}

let fingerprint: string | undefined;

/**
 * A fingerprint of how the index reads text (tokenizing, folding, stop words, stemming, fields, MiniSearch's
 * serialization), taken by indexing a small probe corpus and hashing the result. A snapshot made under other
 * settings is thereby never loaded, even though its corpus is unchanged, without anyone remembering to bump a
 * version number.
 */
function settingsFingerprint(): string {
  fingerprint ??= sha256(`${FORMAT}\n${QuoteIndex.build(probeCorpus()).toJSON()}`);
  return fingerprint;
}

let roundTrips: boolean | undefined;

/**
 * Whether an index saved and restored serializes exactly like the one saved, checked once per process on the
 * probe corpus. Restoring reaches into MiniSearch's internals (see `restoreMiniSearch`); should another MiniSearch
 * version keep its postings elsewhere, snapshots go unread (every start indexes, slower but right).
 */
function snapshotsRoundTrip(): boolean {
  roundTrips ??= QuoteIndex.restoresExactly(probeCorpus());
  return roundTrips;
}

function probeCorpus(): Corpus {
  const body =
    'Ms. Zoë O’Brien-Núñez said: “The students’ 50-50 splits aren’t running; RUNNERS ran 3 times the Ünïcode café’s miles.” ' +
    'Organizations and organising, the keeping and keeps of it all.';
  const quote = (id: string, text: string, speaker: string) => {
    const start = body.indexOf(text);
    return { id, start, end: start + text.length, text, speaker, side: 'for' as const, kind: 'direct' as const, reviewed: true };
  };
  const raw = {
    version: 1,
    name: 'index settings probe',
    topics: [{ id: 'probe', question: 'Probe?', sides: { for: { label: 'F', words: [] }, against: { label: 'A', words: [] }, mixed: { label: 'M', words: [] } } }],
    speakers: [
      { id: 'org', name: 'The Probe Association', kind: 'organization', aliases: ['TPA'] },
      { id: 'zoe', name: 'Zoë O’Brien-Núñez', aliases: ['O’Brien', 'Dr. Zoe'], role: 'director of probing', organization: 'org' },
    ],
    articles: [
      {
        id: 'probe',
        topic: 'probe',
        file: 'articles/probe.txt',
        sha256: createHash('sha256').update(body).digest('hex'),
        quotes: [quote('q1', 'The students’ 50-50 splits aren’t running; RUNNERS ran 3 times the Ünïcode café’s miles.', 'zoe'), quote('q2', 'Organizations and organising, the keeping and keeps of it all.', 'org')],
      },
    ],
  };
  return buildCorpus(raw, () => body);
}
