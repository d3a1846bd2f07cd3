import { escapeMrkdwn, escapedLength } from './escape-mrkdwn.js';

/** The mark a shortened text ends with; the same ellipsis the core uses for cuts inside a quote. */
export const ELLIPSIS = '…';

/** An escaped text that fits its limit, and whether anything had to be cut to make it fit. */
export interface Fitted {
  readonly text: string;
  readonly shortened: boolean;
}

/**
 * Escapes `raw` for mrkdwn and, if the escaped text is longer than `max`, cuts it at the last word boundary
 * that fits and appends `…`. The limit is measured after escaping (an `&` costs five characters), the cut
 * never splits an escape sequence or a surrogate pair, and what is kept is always a prefix of `raw`, so a
 * shortened quote stays verbatim up to the ellipsis. Callers that show quotes must say when `shortened`.
 */
export function fitEscaped(raw: string, max: number): Fitted {
  const escaped = escapeMrkdwn(raw);
  if (escaped.length <= max) return { text: escaped, shortened: false };
  return { text: escapeMrkdwn(cutPrefix(raw, max - ELLIPSIS.length)) + ELLIPSIS, shortened: true };
}

/** Like `fitEscaped` for plain text that Slack still decodes entities in (headers, button labels). */
export function fitPlain(raw: string, max: number): string {
  return fitEscaped(raw, max).text;
}

/** The longest prefix of `raw` whose escaped length is at most `budget`, backed off to a word boundary. */
function cutPrefix(raw: string, budget: number): string {
  let used = 0;
  let end = 0;
  for (const char of raw) {
    const cost = escapedLength(char);
    if (used + cost > budget) break;
    used += cost;
    end += char.length;
  }
  const hard = raw.slice(0, end);
  // Back off to the last space only when that keeps most of the text: a single 3,000-character "word"
  // (a URL, a run of CJK text) is cut where it must be rather than dropped.
  const atBoundary = end >= raw.length || /\s/u.test(raw.charAt(end));
  const space = atBoundary ? -1 : hard.search(/\s\S*$/u);
  const cut = space > hard.length / 2 ? hard.slice(0, space) : hard;
  return cut.replace(/\s+$/u, '');
}
