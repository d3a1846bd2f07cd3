/**
 * What a quoted span looks like on its own: a title (bill, book, song, programme) or a scare quote rather
 * than someone's words. Titles are written in title case; scare quotes are a few words woven into narration.
 */

const SMALL_WORDS = new Set('a an the and or nor but of in on at to for with by from as vs via into onto over per up'.split(' '));

/** Letter-bearing words of a span. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Whether the span reads as a title: at least two words, the first capitalised, and every other word
 * capitalised or a short function word ("Counseling Not Criminalization in Schools Act", "To Kill a Mockingbird").
 * A sentence always has lower-case content words, so this does not catch real quotations of four or more words.
 */
export function isTitleCase(text: string): boolean {
  const list = text
    .replace(/[.,;:!?…]+$/u, '')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
  if (list.length < 2) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(list[0] ?? '')) return false;
  let capitalised = 0;
  for (const word of list) {
    // Numbers fit a title ("Proposition 13") but do not make one: "He’s 15," is a sentence.
    if (/^\p{Lu}/u.test(word)) capitalised += 1;
    else if (!/^\p{N}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase())) return false;
  }
  return capitalised >= 2;
}
