import type { PersonEntry, SpeakerTable } from './speaker-table.js';

/**
 * The gender the article's own pronouns give a person: the next he/she after each mention, before anyone else is
 * named, not counting one that fits a family member named in between.
 */

/** How many times a he/him/his or she/her pronoun is the next one after the person's mentions, before anyone else is named. */
export function pronounVotes(narration: string, person: PersonEntry, table: SpeakerTable): { male: number; female: number; reported: number } {
  let male = 0;
  let female = 0;
  let reported = 0;
  const all = mentionsOf(table);
  for (const at of person.mentions) {
    const window = narration.slice(at, at + 240);
    const match = PRONOUN.exec(window);
    if (match === null) continue;
    const position = at + match.index;
    if (someoneElseBetween(all, person, at, position)) continue;
    const masculine = /^(?:he|him|his)$/i.test(match[1] ?? '');
    // "Courtney Blay, whose son is in kindergarten, says he is scared": the pronoun is the son's, when it fits him.
    const kin = match.index === 0 ? [] : [...window.slice(0, match.index).matchAll(KIN_BETWEEN)].map((found) => KIN_GENDER.get(found[0].toLowerCase().replace(/s$/u, '')) ?? null);
    if (kin.some((gender) => gender === null || gender === (masculine ? 'm' : 'f'))) continue;
    if (masculine) male += 1;
    else female += 1;
    // "Hailey Ferreira, …, says she is still upset": the pronoun right after the person's own reporting verb is theirs.
    const lead = window.slice(0, match.index);
    if (!/[.!?]/u.test(lead) && REPORTED_PRONOUN.test(lead.slice(-24))) reported += 1;
  }
  return { male, female, reported };
}

const PRONOUN = /(?<![\p{L}])(he|him|his|she|her|hers)(?![\p{L}])/iu;

type Mention = readonly [number, PersonEntry];
const sortedMentions = new WeakMap<SpeakerTable, readonly Mention[]>();

/** Every person's mentions in text order, once per table (votes are counted when the table is complete). */
function mentionsOf(table: SpeakerTable): readonly Mention[] {
  let all = sortedMentions.get(table);
  if (all === undefined) {
    all = table.people.flatMap((person) => person.mentions.map((at): Mention => [at, person])).sort((a, b) => a[0] - b[0]);
    sortedMentions.set(table, all);
  }
  return all;
}

/** Whether anyone but `person` is mentioned strictly between `from` and `to` (binary search, then a short walk). */
function someoneElseBetween(all: readonly Mention[], person: PersonEntry, from: number, to: number): boolean {
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((all[mid]?.[0] ?? 0) <= from) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < all.length && (all[k]?.[0] ?? Infinity) < to; k += 1) if (all[k]?.[1] !== person) return true;
  return false;
}

const REPORTED_PRONOUN = /(?<![\p{L}])(?:says|said|told|tells|adds|added|recalls|recalled|explains|explained|insists|insisted)\s+(?:that\s+)?$/u;

/** A family member named between a person and a pronoun, who the pronoun may stand for instead. */
const KIN_BETWEEN = /(?<![\p{L}])(?:sons?|daughters?|husband|wife|boy|girl|father|mother|brother|sister|dad|mom|mum|grandson|granddaughter|grandfather|grandmother|child|nephew|niece)(?![\p{L}])/giu;

const KIN_GENDER: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ...['son', 'husband', 'boy', 'father', 'brother', 'dad', 'grandson', 'grandfather', 'nephew'].map((word) => [word, 'm'] as const),
  ...['daughter', 'wife', 'girl', 'mother', 'sister', 'mom', 'mum', 'granddaughter', 'grandmother', 'niece'].map((word) => [word, 'f'] as const),
  ['child', null],
]);
