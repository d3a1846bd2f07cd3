/**
 * Paragraph and sentence boundaries as offsets into the body. Hand-written rather than `sentence-splitter`:
 * that library keeps offsets too, but measured 0.5 MB/s on the seed articles, a quarter of the extractor's
 * 2 MB/s budget, and the extractor only needs "where does this sentence start/end" around quotes.
 */

/** A paragraph: `start` is its first non-blank character, `end` is just after its last one. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Paragraphs are separated by blank lines; a text with no blank line at all is taken to have one paragraph per
 * line (common in pasted plain text).
 */
export function paragraphs(body: string): Span[] {
  const separator = /\n[ \t\r\u00a0]*\n/.test(body) ? /\n[ \t\r\u00a0]*(?:\n[ \t\r\u00a0]*)+/g : /\n+/g;
  const result: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(body[s] ?? '')) s += 1;
    while (e > s && /\s/u.test(body[e - 1] ?? '')) e -= 1;
    if (e > s) result.push({ start: s, end: e });
  };
  for (const match of body.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, body.length);
  return result;
}

/**
 * Words that end in a period without ending a sentence: titles, initials, US state abbreviations (AP style),
 * and common business and time abbreviations. Lower-cased, without the period.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sen sens rep reps gov lt sgt capt col gen cmdr adm maj cpl pvt det insp supt prof rev fr sr jr st mt ' +
    'ald coun const comr adj brig asst assoc ' +
    'ft pres atty dist gen hon messrs mmes no nos vs etc inc co corp ltd llc dept univ assn ave blvd rd ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa ' +
    'tenn tex va vt wash wis wyo jan feb mar apr aug sept sep oct nov dec a.m p.m u.s u.k d.c n.y n.j n.h n.m n.c n.d s.c s.d r.i'
  ).split(' '),
);

/** Whether the period at `index` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviationPeriod(body: string, index: number): boolean {
  let start = index;
  // ASCII letters and full stops by character code; a Unicode test only for the rest (this runs at every full stop).
  for (;;) {
    const code = body.charCodeAt(start - 1);
    if (start > 0 && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46 || (code > 127 && /\p{L}/u.test(body[start - 1] ?? '')))) start -= 1;
    else break;
  }
  const word = body.slice(start, index);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "D.C"
  if (word === 'Ma') return true; // the Filipino "Ma." (María) before a given name: "Ma. Cristina Dela Paz"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Whether the character at `index` ('.', '!' or '?') ends a sentence: followed by space, a closing mark or
 * the end, and (for '.') not an abbreviation followed by a name.
 */
export function endsSentence(body: string, index: number): boolean {
  const char = body[index];
  if (char !== '.' && char !== '!' && char !== '?') return false;
  let next = index + 1;
  while (CLOSERS.has(body[next] ?? '')) next += 1;
  const after = body[next];
  if (after !== undefined && !/\s/u.test(after)) return false;
  if (char !== '.') return true;
  if (body[index - 1] === '.' ) return body[index - 2] !== '.'; // "..." inside a sentence rarely ends it
  if (!isAbbreviationPeriod(body, index)) return true;
  // An abbreviation ends the sentence only when what follows could not continue it (a lower-case word can).
  let k = next;
  while (k < body.length && /[ \t]/.test(body[k] ?? '')) k += 1;
  return body[k] === '\n';
}

/** Offset just after the end of the sentence containing `from`, no further than `limit`. */
export function sentenceEnd(body: string, from: number, limit: number): number {
  for (let i = from; i < limit; i += 1) {
    const char = body[i];
    if ((char === '.' || char === '!' || char === '?') && endsSentence(body, i)) return i + 1;
  }
  return limit;
}

/** Offset of the start of the sentence containing `position`, no earlier than `floor`. */
export function sentenceStart(body: string, position: number, floor: number): number {
  for (let i = position - 1; i >= floor; i -= 1) {
    const char = body[i];
    if ((char === '.' || char === '!' || char === '?') && endsSentence(body, i)) {
      let start = i + 1;
      while (start < position && (CLOSERS.has(body[start] ?? '') || /\s/u.test(body[start] ?? ''))) start += 1;
      return start;
    }
  }
  return floor;
}
