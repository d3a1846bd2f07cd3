import type { ResolvedSpeaker } from './references.js';
import type { KnownSpeaker } from './types.js';

const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/**
 * Maps a name the article gives to a speaker the corpus already knows (by name or alias, ignoring case,
 * accents and punctuation), so "Sen. Murphy" in a new article is the corpus's "Chris Murphy". The article's
 * role wins when it gives one; otherwise the known role is used.
 */
export function matchKnownSpeaker(speaker: ResolvedSpeaker, known: readonly KnownSpeaker[]): { name: string; role: string | null } {
  const key = fold(speaker.name);
  const hit = known.find((candidate) => fold(candidate.name) === key) ?? known.find((candidate) => candidate.aliases.some((alias) => fold(alias) === key));
  if (hit === undefined) return { name: speaker.name, role: speaker.role };
  return { name: hit.name, role: speaker.role ?? hit.role };
}

/** The known speaker of that name, if any (same matching as `matchKnownSpeaker`). */
export function findKnownSpeaker(name: string, known: readonly KnownSpeaker[]): KnownSpeaker | undefined {
  const key = fold(name);
  return known.find((candidate) => fold(candidate.name) === key) ?? known.find((candidate) => candidate.aliases.some((alias) => fold(alias) === key));
}
