import { z } from 'zod';

/**
 * The optional `---` block at the top of an article file (CONTRACT.md): `title`, `outlet`, `date`, `url`,
 * `question`, plus `place`. Simple `key: value` lines (values may be quoted); unknown keys are ignored so that
 * front matter written for other tools does not stop an ingest.
 */
export const FrontMatterSchema = z.object({
  title: z.string().trim().min(1).max(300).nullable().default(null),
  outlet: z.string().trim().min(1).max(120).nullable().default(null),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
    .nullable()
    .default(null),
  url: z.url().nullable().default(null),
  place: z.string().trim().min(1).max(120).nullable().default(null),
  /** The debated yes/no question the article belongs to; stances are proposed relative to it. */
  question: z.string().trim().min(1).max(300).nullable().default(null),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** An article file split into its metadata and its body; offsets of quotes index into `body`. */
export interface ParsedArticle {
  readonly meta: FrontMatter;
  readonly body: string;
}

/** Thrown for a front matter block that cannot be read; `field` names the key at fault. */
export class FrontMatterError extends Error {
  readonly code = 'FRONT_MATTER_INVALID';
  readonly field: string | null;
  constructor(field: string | null, problem: string) {
    super(field === null ? `front matter: ${problem}` : `front matter: ${field}: ${problem}`);
    this.name = 'FrontMatterError';
    this.field = field;
  }
}

const KNOWN = new Set(['title', 'outlet', 'date', 'url', 'place', 'question']);

/**
 * Splits off and validates the front matter. A file without one is all body with empty metadata. The body is
 * every character after the closing `---` line, unchanged, so offsets stay true to the file.
 */
export function parseFrontMatter(text: string): ParsedArticle {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (open === null) return { meta: FrontMatterSchema.parse({}), body: source };
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  const rest = source.slice(open[0].length);
  const end = close.exec(rest);
  if (end === null) throw new FrontMatterError(null, 'the block opened with --- is never closed with a --- line');
  const raw: Record<string, string> = {};
  for (const line of rest.slice(0, end.index).split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match === null) throw new FrontMatterError(null, `cannot read the line "${line.slice(0, 60)}" (expected key: value)`);
    const key = (match[1] ?? '').toLowerCase();
    if (KNOWN.has(key)) raw[key] = unquote((match[2] ?? '').trim());
  }
  const values = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value === '' ? null : value]));
  const parsed = FrontMatterSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FrontMatterError(issue?.path.map(String).join('.') || null, issue?.message ?? 'invalid');
  }
  return { meta: parsed.data, body: rest.slice(end.index + end[0].length) };
}

function unquote(value: string): string {
  if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) {
    return value.slice(1, -1);
  }
  return value;
}
