import { nameKey } from '../text/fold.js';
import type { ResolvedSpeaker } from './references.js';
import type { KnownSpeaker } from './types.js';

/**
 * Maps a name the article gives to a speaker the corpus already knows (by name or alias, ignoring case,
 * accents and punctuation), so "Sen. Murphy" in a new article is the corpus's "Chris Murphy". The article's
 * role wins when it gives one; otherwise the known role is used.
 */
export function matchKnownSpeaker(speaker: ResolvedSpeaker, known: readonly KnownSpeaker[]): { name: string; role: string | null } {
  const hit = findByName(speaker.name, known);
  if (hit === undefined) return { name: speaker.name, role: speaker.role };
  return { name: hit.name, role: speaker.role ?? hit.role };
}

/**
 * The speaker of that name, by full name first and then by alias, ignoring case, accents and punctuation. The
 * one way extraction and ingest match a name to a speaker the corpus already has.
 */
export function findByName<T extends { readonly name: string; readonly aliases: readonly string[] }>(name: string, speakers: readonly T[]): T | undefined {
  const key = nameKey(name);
  return speakers.find((candidate) => nameKey(candidate.name) === key) ?? speakers.find((candidate) => candidate.aliases.some((alias) => nameKey(alias) === key));
}
