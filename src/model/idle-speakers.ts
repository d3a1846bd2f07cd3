import type { Speaker } from './corpus-schema.js';

/**
 * Speakers nothing is quoted from and no other speaker belongs to: they answer no question and hold no reference,
 * so review may drop them and check names them.
 */
export function idleSpeakerIds(speakers: readonly Pick<Speaker, 'id' | 'organization'>[], quotedIds: Iterable<string>): Set<string> {
  const used = new Set(quotedIds);
  for (const speaker of speakers) if (speaker.organization !== null) used.add(speaker.organization);
  return new Set(speakers.filter((speaker) => !used.has(speaker.id)).map((speaker) => speaker.id));
}
