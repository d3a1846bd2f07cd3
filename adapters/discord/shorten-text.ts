/**
 * Shortening for Discord's length limits. Lengths are counted in UTF-16 code units (JavaScript's `length`),
 * which is what discord.js validates and never less than what Discord counts, so a text that fits here fits there.
 */

/** The mark for a cut in running text (titles, notes). */
export const CUT = '…';
/** The mark for a cut in a quote: spaced, as the core marks cuts between verbatim pieces (" … "). */
export const QUOTE_CUT = ' …';

/**
 * Returns `text` unchanged when it fits in `max`; otherwise the longest prefix ending at a word boundary that,
 * with `mark` appended, fits. What is kept is always a prefix of `text` (trailing white space dropped), so a
 * shortened quote stays verbatim up to its mark. A single word longer than the room is cut inside the word
 * (never inside a surrogate pair). Returns '' when not even one character and the mark fit.
 */
export function shortenAtWord(text: string, max: number, mark: string = CUT): string {
  if (text.length <= max) return text;
  const room = max - mark.length;
  if (room < 1) return '';
  const kept = keepPrefix(text, room);
  return kept === '' ? '' : kept + mark;
}

/**
 * Like `shortenAtWord`, for text that is escaped after shortening (escaping lengthens it, and cutting escaped
 * text could split an escape): shortens the raw text until its escaped form plus the mark fits in `max`.
 */
export function shortenEscaped(
  text: string,
  max: number,
  escape: (text: string) => string,
  mark: string = CUT,
): string {
  // Escaping never shortens text, so nothing past `max` raw characters can be kept: drop it before escaping,
  // which keeps a 100 KB question as cheap as a short one.
  const raw = text.length > max + 1 ? text.slice(0, max + 1) : text;
  const whole = escape(raw);
  if (whole.length <= max && raw === text) return whole;
  let room = Math.min(raw.length, max) - mark.length;
  while (room >= 1) {
    const kept = keepPrefix(raw, room);
    if (kept === '') return '';
    const escaped = escape(kept) + mark;
    if (escaped.length <= max) return escaped;
    // Escapes only lengthen text, so the overshoot is a safe lower bound on how much more to cut.
    room = Math.min(room - 1, kept.length - (escaped.length - max));
  }
  return '';
}

/** The longest prefix of `text` of at most `room` units that ends at a word boundary, without trailing space. */
function keepPrefix(text: string, room: number): string {
  const boundary = lastWhiteSpace(text, Math.min(room, text.length - 1));
  // Fall back to a cut inside a word only when the last boundary would throw away most of the room.
  let end = boundary > room / 2 ? boundary : room;
  if (end > 0 && end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end).trimEnd();
}

/** Index of the last white-space character at or before `from`, or -1; a linear scan (a regex here was quadratic). */
function lastWhiteSpace(text: string, from: number): number {
  for (let i = from; i >= 0; i -= 1) if (/\s/.test(text[i] ?? '')) return i;
  return -1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
