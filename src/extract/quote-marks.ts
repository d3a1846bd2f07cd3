import type { Span } from './text-layout.js';

/**
 * Finds double-quoted spans. Curly and straight marks are both accepted, also mixed in one pair (`“…,"`), since
 * copy pasted between systems often loses one curl. Single quotes are never treated as quotation marks at the
 * top level, so apostrophes (’ in "don’t", "SRO’s", "students’") and single quotes nested inside a quotation
 * are simply part of the text.
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

function roleOf(body: string, index: number): Role | null {
  const char = body[index] ?? '';
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

/** Whether the paragraph's first character is an opening (or straight) quotation mark. */
function opensWithQuote(body: string, paragraph: Span | undefined): boolean {
  if (paragraph === undefined) return false;
  const role = roleOf(body, paragraph.start);
  return role === 'open' || role === 'either';
}

/**
 * Scans the body paragraph by paragraph. A quotation left open at a paragraph end continues only when the next
 * paragraph opens with a quotation mark (AP style); otherwise the unbalanced mark is ignored rather than guessed.
 */
export function findQuotePieces(body: string, paras: readonly Span[]): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let carry: number | null = null; // index of the piece a new paragraph's opening mark continues
  paras.forEach((para, paragraph) => {
    let openAt: number | null = null;
    let carriesOn: number | null = carry;
    carry = null;
    for (let i = para.start; i < para.end; i += 1) {
      const role = roleOf(body, i);
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
    if (openAt !== null && opensWithQuote(body, paras[paragraph + 1]) && para.end > openAt + 1) {
      pieces.push({ open: openAt, close: null, start: openAt + 1, end: para.end, carriesOn, paragraph });
      carry = pieces.length - 1;
    }
  });
  return pieces;
}
