import { byGeneration, eldest } from './generations.js';
import { isOrgWord, titleGender, withoutPossessor } from './name-words.js';
import type { Entry, OrgEntry, PersonEntry, SpeakerTable } from './speaker-table.js';
import { fold } from '../text/fold.js';

/**
 * Later mentions back to first ones: a full name, a surname or part of a compound one, given names, an acronym or
 * an organisation's initials.
 */

/** An entry's name folded and split once: lookups run for every capitalised word of every article. */
export interface NameForms {
  readonly key: string;
  /** Without a closing generational suffix ("jr", "iii"). */
  readonly bare: string;
  readonly first: string;
  readonly surname: string;
  /** Words after the given name, split at spaces and hyphens. */
  readonly parts: readonly string[];
}

/** The folded forms of an entry's name (names never change once entered), kept on the entry itself. */
export function formsOf(entry: Entry): NameForms {
  let found = entry.forms;
  if (found === undefined) {
    const key = fold(entry.name);
    const words = key.split(/\s+/);
    found = {
      key,
      bare: key.replace(/\s+(?:jr|sr|ii|iii|iv)\.?$/u, ''),
      first: words[0] ?? '',
      surname: entry.kind === 'person' ? fold(entry.surname) : '',
      parts: words.slice(1).flatMap((word) => word.split('-')),
    };
    entry.forms = found;
  }
  return found;
}

/** The initials an acronym of `name` may use: of every word, and of its capitalised words only. */
function initialsOf(name: string): string[] {
  const parts = fold(name).replace(/^the\s+/u, '').split(/[\s-]+/u).filter(Boolean);
  const capitalised = name.replace(/^the\s+/iu, '').split(/[\s-]+/u).filter((word) => /^\p{Lu}/u.test(word));
  return [parts.map((part) => part[0]).join(''), fold(capitalised.map((word) => word[0]).join(''))].filter((initials) => initials.length >= 2);
}

/**
 * Finds a person by full name, surname or first name, or an organisation by name or acronym. Given the offset of
 * the mention, "the younger/elder Ms. X" picks among people sharing the surname X.
 */
export function lookupName(table: SpeakerTable, name: string, at?: number): Entry | undefined {
  // "Colmenares’ son": a name ending in s takes the possessive apostrophe alone.
  const key = fold(name.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, ''));
  const person =
    table.people.find((p) => formsOf(p).key === key) ??
    (key.includes(' ') ? byNameTail(table, key) : undefined) ??
    // "Sr. Mary Bernadette said" after "Sr. Mary Bernadette Keane": given names alone, as religious titles use them.
    (key.includes(' ') ? mostMentioned(table.people.filter((p) => formsOf(p).key.startsWith(`${key} `))) : undefined) ??
    bySurname(table, key, at) ??
    mostMentioned(table.people.filter((p) => formsOf(p).first === key)) ??
    bySurnamePart(table, key) ??
    byNickname(table, key);
  if (person !== undefined) return person;
  const bare = fold(withoutPossessor(name.replace(/['’]s$/u, ''))).replace(/^the\s+/, '');
  return (
    table.orgs.find((org) => formsOf(org).key === bare || (org.acronym !== null && fold(org.acronym) === bare)) ??
    table.orgs.find((org) => formsOf(org).key.startsWith(`${bare} `) || formsOf(org).key.startsWith(`${bare}, `)) ??
    byOrgTail(table, bare) ??
    // "DfE" for "Department for Education", "NAHT" for "National Association of Head Teachers": an acronym of the
    // name's initials, with or without its small words.
    (/^\p{Lu}[\p{L}&]{1,7}$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name) ? table.orgs.find((org) => initialsOf(org.name).includes(bare)) : undefined) ??
    (/^\p{Lu}{2,5}$/u.test(name) ? byOfficeInitials(table, bare) : undefined)
  );
}

/**
 * "an Education Department spokesperson" after "the US Education Department": an organisation's name of two
 * or more words without the place or qualifier before it, when only one organisation's name ends that way.
 */
export function byOrgTail(table: SpeakerTable, key: string): OrgEntry | undefined {
  // One word only when it is an organisation word ("the Senate" for the ASB Student Senate).
  if (!key.includes(' ') && !isOrgWord(key)) return undefined;
  const matches = table.orgs.filter((org) => formsOf(org).key.endsWith(` ${key}`));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * "the CFO said" after "Thomas K. Ashworth III, chief financial officer at Wexford University", "the CS said" after
 * "Education Cabinet Secretary Moses Wafula Simiyu": an office's initials stand for the one person whose role opens
 * or closes with that office.
 */
function byOfficeInitials(table: SpeakerTable, initials: string): PersonEntry | undefined {
  const holders = table.people.filter((person) => {
    const words = fold(person.role ?? '').replace(/^(?:the|a|an)\s+/u, '').split(/[\s-]+/u);
    // "the CS" for the Education Cabinet Secretary: the office's words may follow a field or place.
    const letters = words.map((word) => word[0]).join('');
    return words.length >= initials.length && (letters.startsWith(initials) || (letters.endsWith(initials) && initials.length >= 2));
  });
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * A compound surname, or a name the article first wrote with more given names ("de la Cruz", "Lin Zhang"). A
 * generational suffix closing the full name ("Jr.", "III") is not written on later mentions, so it is left out.
 */
export function byNameTail(table: SpeakerTable, key: string): PersonEntry | undefined {
  return mostMentioned(table.people.filter((p) => formsOf(p).key.endsWith(` ${key}`) || formsOf(p).bare.endsWith(` ${key}`)));
}

/**
 * One part of a compound surname: "Cárdenas said" after "Yesenia Cárdenas Villarreal" (the first of two Spanish
 * surnames), "Salazar said" after "Hector Salazar-Ibarra" (one half of a hyphenated one). Any word after the given
 * name, split at spaces and hyphens, of at least three letters.
 */
function bySurnamePart(table: SpeakerTable, key: string): PersonEntry | undefined {
  if (key.includes(' ') || key.includes('-') || key.length < 3) return undefined;
  return mostMentioned(table.people.filter((p) => formsOf(p).parts.includes(key)));
}

/**
 * "Jen Ngata" after "Jennifer "Jen" Ngata": a quoted nickname and the surname. The narration keeps nicknames (only
 * quotations are blanked), so the nickname is looked for right after the person's first mention.
 */
export function byNickname(table: SpeakerTable, key: string): PersonEntry | undefined {
  const parts = key.split(' ');
  if (parts.length !== 2) return undefined;
  const [nick, surname] = parts as [string, string];
  return table.people.find((p) => {
    if (formsOf(p).surname !== surname || formsOf(p).first === nick) return false;
    const first = Math.min(...p.mentions);
    const around = fold(table.narration.slice(first, first + p.name.length + nick.length + 8));
    return around.includes(`"${nick}"`) || around.includes(`“${nick}”`);
  });
}

/**
 * A surname alone: the one person of that surname, or among several the one "the younger/elder" means, else the
 * adult among a parent and child, else the most named.
 */
function bySurname(table: SpeakerTable, key: string, at: number | undefined): PersonEntry | undefined {
  const all = table.people.filter((p) => formsOf(p).surname === key);
  // Only people already introduced can be meant ("Ngata said" before the article meets her mother, Jen Ngata).
  const introduced = at === undefined ? all : all.filter((p) => p.mentions.some((mention) => mention < at));
  const pool = introduced.length > 0 ? introduced : all;
  if (pool.length > 1 && at !== undefined) {
    const chosen = byTitle(pool, table.narration, at) ?? byGeneration(pool, table.generation, table.narration, at) ?? eldest(pool, table.generation);
    if (chosen !== undefined) return chosen;
  }
  return mostMentioned(pool);
}

/** A courtesy or professional title right before a mention ("Mr. ", "Ms ", "Dr "). */
const TITLE_BEFORE = /(?<![\p{L}])(Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+$/u;

/**
 * "Mr. Okafor said" when a Shirley and a Daniel Okafor are both in the story; "Dr Kavanagh" when only one Kavanagh
 * was introduced as "Dr": the title tells apart people who share a surname. A gendered title picks the one person
 * of that gender (else the one person not of the other); "Dr" or "Prof" the one person the article titled so.
 */
function byTitle(pool: readonly PersonEntry[], narration: string, at: number): PersonEntry | undefined {
  const title = TITLE_BEFORE.exec(narration.slice(Math.max(0, at - 12), at))?.[1];
  if (title === undefined) return undefined;
  const gender = titleGender(title);
  if (gender !== null) {
    const same = pool.filter((person) => person.gender === gender);
    if (same.length === 1) return same[0];
    const possible = pool.filter((person) => person.gender !== (gender === 'm' ? 'f' : 'm'));
    return possible.length === 1 ? possible[0] : undefined;
  }
  const titled = pool.filter((person) => person.mentions.some((mention) => mention < at && TITLE_BEFORE.exec(narration.slice(Math.max(0, mention - 12), mention))?.[1] === title));
  return titled.length === 1 ? titled[0] : undefined;
}

export function mostMentioned(people: PersonEntry[]): PersonEntry | undefined {
  return people.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}
