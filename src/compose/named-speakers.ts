import type { Corpus } from '../model/corpus.js';

/** Per corpus: each organization's and each group's members, as positions in the speaker list. */
interface Membership {
  readonly ofOrganization: ReadonlyMap<string, readonly number[]>;
  readonly ofGroup: ReadonlyMap<string, readonly number[]>;
}

const memberships = new WeakMap<Corpus['speakers'], Membership>();

function membershipOf(speakers: Corpus['speakers']): Membership {
  let membership = memberships.get(speakers);
  if (membership === undefined) {
    const ofOrganization = new Map<string, number[]>();
    const ofGroup = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, at: number) => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [at]);
      else list.push(at);
    };
    speakers.forEach((speaker, at) => {
      if (speaker.organization !== null) add(ofOrganization, speaker.organization, at);
      for (const group of speaker.groups) add(ofGroup, group, at);
    });
    memberships.set(speakers, (membership = { ofOrganization, ofGroup }));
  }
  return membership;
}

/**
 * The speakers a question names, with the members of each organization named and of each group named; null when
 * it names none. The rule is one pass down the corpus's speaker list: a speaker joins when in a named group, or
 * when their organization is named or joined earlier in the list. Read from per-corpus member lists instead of
 * testing all speakers (8,000 at 100,000 quotes) on every answer; the same set as that pass.
 */
export function namedSpeakers(speakerIds: readonly string[], groupIds: readonly string[], corpus: Pick<Corpus, 'speakers'>): ReadonlySet<string> | null {
  if (speakerIds.length === 0 && groupIds.length === 0) return null;
  const ids = new Set(speakerIds);
  const { ofOrganization, ofGroup } = membershipOf(corpus.speakers);
  // Positions that join when the pass reaches them; an organization joining at k brings its members after k.
  const joins = new Uint8Array(corpus.speakers.length);
  let first = joins.length;
  const mark = (list: readonly number[] | undefined, after: number) => {
    for (const at of list ?? []) {
      if (at <= after) continue;
      joins[at] = 1;
      if (at < first) first = at;
    }
  };
  for (const group of groupIds) mark(ofGroup.get(group), -1);
  for (const id of speakerIds) mark(ofOrganization.get(id), -1);
  for (let at = first; at < joins.length; at += 1) {
    if (joins[at] === 0) continue;
    const speaker = corpus.speakers[at];
    if (speaker === undefined) continue;
    ids.add(speaker.id);
    mark(ofOrganization.get(speaker.id), at);
  }
  return ids;
}
