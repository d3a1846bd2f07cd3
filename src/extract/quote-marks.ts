import type { Span } from './text-layout.js';

/**
 * Finds quoted spans. Curly and straight marks are both accepted, also mixed in one pair (`“…,"`), since copy
 * pasted between systems often loses one curl. Most copy quotes with double marks; then single quotes are never
 * quotation marks at the top level, so apostrophes (’ in "don’t", "SRO’s", "students’") and single quotes
 * nested inside a quotation are simply part of the text. British copy quotes with single marks and nests
 * double ones: an article whose single opening marks outnumber its double marks is read that way, with
 * apostrophes (between letters, or after a plural "s" before a word: "parents' views") kept as text.
 */

/** One piece of a quotation: the text strictly between its marks (or up to the paragraph end, AP style). */
export interface QuotePiece {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or null when the piece runs to the end of its paragraph (AP style). */
  readonly close: number | null;
  /** Offsets of the text between the marks. */
  readonly start: number;
  readonly end: number;
  /** The piece of the previous paragraph this one carries on (AP multi-paragraph quotes), else null. */
  readonly carriesOn: number | null;
  /** Index of the paragraph the piece lies in. */
  readonly paragraph: number;
}

const OPENERS = new Set(['“', '„', '«', '‟']);
const CLOSERS = new Set(['”', '»']);

type Role = 'open' | 'close' | 'either';

/** Which marks are an article's quotation marks: double (most copy) or single (British copy). */
export type MarkStyle = 'double' | 'single';

/** Single opening marks: ‘ or ' after a space or an opening bracket or dash, before a letter or a double mark. */
const SINGLE_OPENING = /(?:^|[\s([{\u2014\u2013])['‘](?=[\p{L}"“])/gu;
const DOUBLE_MARK = /["“”„]/gu;

/** The style of an article: single when its single opening marks outnumber all its double marks. */
export function markStyle(body: string): MarkStyle {
  const singles = body.match(SINGLE_OPENING)?.length ?? 0;
  if (singles < 2) return 'double';
  const doubles = body.match(DOUBLE_MARK)?.length ?? 0;
  return singles > doubles ? 'single' : 'double';
}

function roleOf(body: string, index: number, style: MarkStyle = 'double'): Role | null {
  const char = body[index] ?? '';
  if (style === 'single') return singleRole(body, index);
  if (OPENERS.has(char)) return 'open';
  if (CLOSERS.has(char)) return 'close';
  if (char !== '"') return null;
  const before = body[index - 1];
  const after = body[index + 1];
  const spaceBefore = before === undefined || /[\s([{\u2014\u2013/-]/u.test(before);
  const spaceAfter = after === undefined || /[\s.,;:!?)\]}\u2014\u2013-]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/** Roles of ‘ ’ and ' in British copy; apostrophes get none. */
function singleRole(body: string, index: number): Role | null {
  const char = body[index] ?? '';
  if (char !== "'" && char !== '‘' && char !== '’') return null;
  const before = body[index - 1];
  const after = body[index + 1];
  const letterBefore = before !== undefined && /[\p{L}\p{N}]/u.test(before);
  const letterAfter = after !== undefined && /[\p{L}\p{N}]/u.test(after);
  if (letterBefore && letterAfter) return null; // don't, Henríquez’s, O'Rourke
  // "parents' views", "pupils’ data": a plural possessive before a lower-case word.
  if ((before === 's' || before === 'S') && after === ' ' && /\p{Ll}/u.test(body[index + 2] ?? '') && !/^(?:said|says|he|she|they|it|we|and|but|or|the|a|an|adding|according|wrote|told|asked)\b/u.test(body.slice(index + 2, index + 12))) return null;
  const spaceBefore = before === undefined || /[\s([{\u2014\u2013/"“]/u.test(before);
  const spaceAfter = after === undefined || /[\s.,;:!?)\]}\u2014\u2013"”-]/u.test(after);
  if (char === '‘') return spaceBefore || !letterBefore ? 'open' : null;
  if (spaceBefore && !spaceAfter) return /\p{N}/u.test(after ?? '') ? null : 'open'; // '90s is no quotation
  if (!spaceBefore && spaceAfter) return 'close';
  return null;
}

/** Whether the paragraph's first character is an opening (or straight) quotation mark. */
function opensWithQuote(body: string, paragraph: Span | undefined, style: MarkStyle): boolean {
  if (paragraph === undefined) return false;
  const role = roleOf(body, paragraph.start, style);
  return role === 'open' || role === 'either';
}

/**
 * Scans the body paragraph by paragraph. A quotation left open at a paragraph end continues only when the next
 * paragraph opens with a quotation mark (AP style); otherwise the unbalanced mark is ignored rather than guessed.
 */
export function findQuotePieces(body: string, paras: readonly Span[], style: MarkStyle = markStyle(body)): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let carry: number | null = null; // index of the piece a new paragraph's opening mark continues
  paras.forEach((para, paragraph) => {
    let openAt: number | null = null;
    let carriesOn: number | null = carry;
    carry = null;
    // Only quotation-mark characters can have a role: jump from one to the next rather than test every character.
    for (let i = nextMark(body, para.start, para.end, style); i < para.end; i = nextMark(body, i + 1, para.end, style)) {
      const role = roleOf(body, i, style);
      if (role === null) continue;
      if (openAt === null) {
        if (role === 'close') continue; // a stray closing mark
        openAt = i;
        continue;
      }
      if (role === 'open') {
        // A second opening mark inside an open quotation: the first was stray; start again here.
        openAt = i;
        carriesOn = null;
        continue;
      }
      if (i > openAt + 1) {
        pieces.push({ open: openAt, close: i, start: openAt + 1, end: i, carriesOn, paragraph });
      }
      openAt = null;
      carriesOn = null;
    }
    if (openAt !== null && opensWithQuote(body, paras[paragraph + 1], style) && para.end > openAt + 1) {
      pieces.push({ open: openAt, close: null, start: openAt + 1, end: para.end, carriesOn, paragraph });
      carry = pieces.length - 1;
    }
  });
  return pieces;
}

const DOUBLE_MARKS = /["“”„«»‟]/gu;
const SINGLE_MARKS = /['‘’]/gu;

/** The index of the next character at or after `from` (before `end`) that could be a quotation mark, or `end`. */
function nextMark(body: string, from: number, end: number, style: MarkStyle): number {
  const marks = style === 'single' ? SINGLE_MARKS : DOUBLE_MARKS;
  marks.lastIndex = from;
  const found = marks.exec(body);
  return found === null || found.index >= end ? end : found.index;
}
