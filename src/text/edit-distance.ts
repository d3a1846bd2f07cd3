/** Scratch rows for `withinEdits`, grown when a longer word comes (never shrunk: a few hundred bytes). */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Whether two words are within `limit` edits (insert, delete, substitute, swap of neighbours) of each other.
 * Bounded so that it costs O(length × limit) and gives up early: question understanding runs it against
 * every vocabulary word.
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (a === b) return true;
  const width = b.length + 1;
  const over = limit + 1;
  // Three rows, reused across calls (understanding tries each unknown question word against every one-word
  // phrase, and fresh rows per try were garbage to collect): the one before last (for swaps), the last, and the
  // one being filled. Only their first `width` cells are used, and each is filled before it is read.
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [prevPrev, prev, row] = rows;
  prevPrev.fill(over, 0, width);
  for (let j = 0; j < width; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    row.fill(over, 0, width);
    row[0] = i;
    let best = i;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return false;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return (prev[b.length] as number) <= limit;
}

/** How many typos a word of this length may carry and still be recognised: none below 5 letters. */
export function typoAllowance(word: string): number {
  if (word.length < 5 || /\p{N}/u.test(word)) return 0;
  return word.length < 9 ? 1 : 2;
}
