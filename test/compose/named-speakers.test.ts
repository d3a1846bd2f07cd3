import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedSpeakers } from '../../src/compose/named-speakers.js';
import type { Corpus } from '../../src/model/corpus.js';

type Speakers = Corpus['speakers'];

/** The rule as written: one pass down the speaker list, joining group members and members of joined organizations. */
function onePass(speakerIds: readonly string[], groupIds: readonly string[], speakers: Speakers): Set<string> {
  const ids = new Set(speakerIds);
  for (const speaker of speakers) {
    if (speaker.organization !== null && ids.has(speaker.organization)) ids.add(speaker.id);
    if (speaker.groups.some((group) => groupIds.includes(group))) ids.add(speaker.id);
  }
  return ids;
}

const speakerList = fc.integer({ min: 1, max: 30 }).chain((count) =>
  fc.array(
    fc.record({
      organization: fc.option(fc.integer({ min: 0, max: count - 1 }), { nil: null }),
      groups: fc.uniqueArray(fc.constantFrom('g0', 'g1', 'g2', 'g3'), { maxLength: 2 }),
    }),
    { minLength: count, maxLength: count },
  ).map((rows): Speakers =>
    rows.map((row, i) => ({
      id: `s${i}`,
      name: `Speaker ${i}`,
      kind: 'person' as const,
      aliases: [],
      role: null,
      organization: row.organization === null ? null : `s${row.organization}`,
      groups: row.groups,
    })),
  ),
);

describe('namedSpeakers', () => {
  it('is null when the question names nobody', () => {
    expect(namedSpeakers([], [], { speakers: [] })).toBeNull();
  });

  it('brings the members of an organization named, and of one that joins earlier in the list, but not of one that joins later', () => {
    const speakers: Speakers = [
      { id: 'early', name: 'Early', kind: 'person', aliases: [], role: null, organization: 'org', groups: [] },
      { id: 'org', name: 'Org', kind: 'organization', aliases: [], role: null, organization: null, groups: ['g'] },
      { id: 'late', name: 'Late', kind: 'person', aliases: [], role: null, organization: 'org', groups: [] },
    ];
    expect([...(namedSpeakers([], ['g'], { speakers }) ?? [])].sort()).toEqual(['late', 'org']);
    expect([...(namedSpeakers(['org'], [], { speakers }) ?? [])].sort()).toEqual(['early', 'late', 'org']);
  });

  it('names the same speakers as one pass down the speaker list, for any organizations and groups', () => {
    fc.assert(
      fc.property(speakerList, fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 3 }), fc.uniqueArray(fc.constantFrom('g0', 'g1', 'g2', 'g3', 'gx'), { maxLength: 2 }), (speakers, picked, groups) => {
        const ids = picked.filter((i) => i < speakers.length).map((i) => `s${i}`);
        const expected = ids.length === 0 && groups.length === 0 ? null : [...onePass(ids, groups, speakers)].sort();
        const actual = namedSpeakers(ids, groups, { speakers });
        expect(actual === null ? null : [...actual].sort()).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
