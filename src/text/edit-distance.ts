/**
 * Whether two words are within `limit` edits (insert, delete, substitute, swap of neighbours) of each other.
 * Bounded so that it costs O(length × limit) and gives up early: question understanding runs it against
 * every vocabulary word.
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (a === b) return true;
  const width = b.length + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: width }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = new Array<number>(width).fill(limit + 1);
    row[0] = i;
    let best = row[0];
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? limit + 1) + 1, (row[j - 1] ?? limit + 1) + 1, (prev[j - 1] ?? limit + 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? limit + 1) + 1);
      }
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return false;
    prevPrev = prev;
    prev = row;
  }
  return (prev[b.length] ?? limit + 1) <= limit;
}

/** How many typos a word of this length may carry and still be recognised: none below 5 letters. */
export function typoAllowance(word: string): number {
  if (word.length < 5 || /\p{N}/u.test(word)) return 0;
  return word.length < 9 ? 1 : 2;
}
