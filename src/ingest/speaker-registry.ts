import type { Side, Speaker } from '../model/corpus-schema.js';
import type { CorpusFile } from '../model/corpus-schema.js';
import { TITLES } from '../extract/attribution-words.js';
import { findByName } from '../extract/known-speakers.js';
import type { KnownSpeaker } from '../extract/types.js';
import { slug, uniqueId } from './slug.js';
import { nameKey } from '../text/fold.js';


/**
 * The corpus's speakers as the extractor should know them: with the side most of their reviewed quotes on
 * `topicId` take, where there is a strict majority.
 */
export function knownSpeakersOf(corpus: CorpusFile, topicId: string): KnownSpeaker[] {
  const counts = new Map<string, Map<Side, number>>();
  for (const article of corpus.articles) {
    if (article.topic !== topicId) continue;
    for (const quote of article.quotes) {
      if (!quote.reviewed) continue;
      const sides = counts.get(quote.speaker) ?? new Map<Side, number>();
      sides.set(quote.side, (sides.get(quote.side) ?? 0) + 1);
      counts.set(quote.speaker, sides);
    }
  }
  return corpus.speakers.map((speaker) => {
    const sides = [...(counts.get(speaker.id) ?? new Map<Side, number>()).entries()].sort((a, b) => b[1] - a[1]);
    const [top, second] = sides;
    const stance = top !== undefined && (second === undefined || top[1] > second[1]) ? top[0] : null;
    return { ...speaker, stance };
  });
}

/**
 * Finds the speaker a name refers to (by name or alias, ignoring case, accents and punctuation) or adds a new
 * one with its surname and titled forms as aliases. Mutates `speakers`; returns the speaker's id.
 */
export function speakerIdFor(speakers: Speaker[], name: string, role: string | null, kind: 'person' | 'organization'): string {
  const existing = findByName(name, speakers);
  if (existing !== undefined) return existing.id;
  const id = uniqueId(slug(name) || 'speaker', new Set(speakers.map((speaker) => speaker.id)));
  speakers.push({ id, name: name.slice(0, 200), kind, aliases: aliasesFor(name, role, kind), role: role === null ? null : role.slice(0, 300), organization: null, groups: [] });
  return id;
}

/** Surname, and "Title Surname" / "Title Full Name" when the role is a title ("Sen." → "Sen. Murphy"). */
function aliasesFor(name: string, role: string | null, kind: 'person' | 'organization'): string[] {
  const aliases = new Set<string>();
  const parts = name.split(/\s+/);
  if (kind === 'person' && parts.length >= 2) {
    const surname = parts[parts.length - 1] ?? '';
    aliases.add(surname);
    const title = role?.trim();
    if (title !== undefined && TITLES.has(title.replace(/\.$/, '').toLowerCase())) {
      aliases.add(`${title} ${surname}`);
      aliases.add(`${title} ${name}`);
    }
  }
  if (kind === 'organization') {
    const acronym = parts.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
    if (acronym.length >= 3) aliases.add(acronym);
  }
  aliases.delete(name);
  return [...aliases].filter((alias) => alias.trim().length > 0 && alias.length <= 80);
}

/**
 * A new person whose role names an organisation the corpus quotes ("a spokesman for the Millbrook Taxpayers
 * Alliance", "president of the Cedar Valley Education Association") belongs to it, so "what did the alliance say?"
 * brings their words too. The longest such name wins; an editor's link is never replaced.
 */
export function linkOrganization(speaker: Speaker, speakers: readonly Speaker[]): Speaker {
  if (speaker.kind !== 'person' || speaker.organization !== null || speaker.role === null) return speaker;
  const role = ` ${nameKey(speaker.role)} `;
  let best: Speaker | undefined;
  for (const org of speakers) {
    if (org.kind !== 'organization' || org.id === speaker.id) continue;
    const name = nameKey(org.name).replace(/^the /u, '');
    if (name.length >= 6 && role.includes(` ${name} `) && (best === undefined || name.length > nameKey(best.name).length)) best = org;
  }
  return best === undefined ? speaker : { ...speaker, organization: best.id };
}
