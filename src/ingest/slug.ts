/** A corpus id from any text: lower-case ASCII letters, digits and dashes, at most `max` characters. */
export function slug(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; records the one returned as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base === '' ? 'item' : base;
  let id = root;
  for (let n = 2; taken.has(id); n += 1) id = `${root}-${n}`;
  taken.add(id);
  return id;
}
