import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CorpusFileSchema } from '../model/corpus-schema.js';

/**
 * A remembered zod verdict on a corpus.json, so that a large, unchanged corpus starts without checking 100,000
 * records' shapes again (a quarter of a second at 100k quotes). Only the schema check is skipped: article
 * hashes, ids, references and offsets are verified on every load.
 *
 * What makes it safe to trust:
 * - The verdict names the SHA-256 of every byte of corpus.json as read, and a fingerprint of the schema (its
 *   whole definition: types, limits, patterns, defaults, transforms' code, and zod's version). Any edit to the
 *   file or to the schema makes it name something else, so it is never applied to other data or other rules.
 * - It is only written when zod's output was exactly the parsed file (every field present, nothing trimmed or
 *   defaulted), so on a match the parsed file *is* what zod would return; a corpus that leans on defaults gets a
 *   "differs" verdict, which only saves the comparison next time and is never a reason to skip zod.
 * - The file must equal, byte for byte, the one line this code would write; anything else (torn, truncated,
 *   edited, another format) is ignored and rewritten after a full check, never trusted.
 * - It lives only in the corpus's own `.cache` folder, never in a shared temp folder that other users could
 *   write to. Whoever can write that folder can also change corpus.json itself; the verdict guards against
 *   stale and damaged data, not against the corpus's own owner.
 */

/** The verdict file inside a corpus folder. */
export const VERDICT_FILE = join('.cache', 'corpus-shape-verified');

const FORMAT = 'counterpoint-shape/1';

/** What a corpus folder's verdict says about corpus.json bytes with a given SHA-256. */
export type ShapeVerdict = 'same' | 'differs' | null;

/** The verdict recorded for these corpus.json bytes under the current schema, or null when there is none that fits. */
export function readShapeVerdict(dir: string, bytesSha256: string): ShapeVerdict {
  let text: string;
  try {
    text = readFileSync(join(dir, VERDICT_FILE), 'utf8');
  } catch {
    return null;
  }
  if (text === verdictLine(bytesSha256, 'same')) return 'same';
  if (text === verdictLine(bytesSha256, 'differs')) return 'differs';
  return null;
}

/** Records the verdict, atomically; quietly does nothing when the folder is read-only. */
export function writeShapeVerdict(dir: string, bytesSha256: string, verdict: Exclude<ShapeVerdict, null>): void {
  const file = join(dir, VERDICT_FILE);
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(join(dir, '.cache'), { recursive: true });
    writeFileSync(temp, verdictLine(bytesSha256, verdict));
    renameSync(temp, file);
  } catch {
    // A read-only corpus (an image, a shared mount) is still loaded, only checked in full every time.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing left to tidy.
    }
  }
}

/**
 * Whether zod's output is exactly the parsed JSON it came from: the same keys (in any order) and values,
 * recursively. Only then may the parsed JSON stand in for zod's output.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function verdictLine(bytesSha256: string, verdict: Exclude<ShapeVerdict, null>): string {
  return `${FORMAT} ${bytesSha256} ${schemaFingerprint()} ${verdict}\n`;
}

let fingerprint: string | undefined;

/**
 * SHA-256 of the corpus schema's whole definition as zod holds it (types, checks with their limits and
 * patterns, defaults, and the source of any function in it, such as a transform), plus zod's version: a change
 * to what the schema accepts or how it reshapes data changes it, without anyone bumping a number.
 */
export function schemaFingerprint(): string {
  if (fingerprint === undefined) {
    const seen = new Map<object, number>();
    const describe = (value: unknown): unknown => {
      if (typeof value === 'function') return `function ${value.toString()}`;
      if (value instanceof RegExp) return `regexp ${String(value)}`;
      if (typeof value !== 'object' || value === null) return value;
      const known = seen.get(value);
      if (known !== undefined) return `same as #${known}`;
      seen.set(value, seen.size);
      if (Array.isArray(value)) return value.map(describe);
      const zod = (value as { _zod?: { def?: unknown } })._zod;
      if (zod !== undefined) return { def: describe(zod.def) };
      return Object.fromEntries(Object.keys(value).sort().map((key) => [key, describe((value as Record<string, unknown>)[key])]));
    };
    const definition = JSON.stringify({ zod: z.core.version, schema: describe(CorpusFileSchema) });
    fingerprint = createHash('sha256').update(definition).digest('hex');
  }
  return fingerprint;
}
