import { isSpeechVerbWord, NOT_NAME_WORDS, ROLE_NOUNS } from './attribution-words.js';
import { isPersonHead, PERSON_NOUNS } from './descriptions.js';
import { byGeneration, generationOf } from './generations.js';
import { isCapitalised, isOrgWord, nameRuns, readRun, titleGender, words, type RunReading, type Word } from './name-phrase.js';
import { fold } from '../text/fold.js';

/**
 * The people and organisations an article names, built from their first mentions (outside quotations: a name
 * inside a quotation is talked about, not talking). Later mentions by surname or acronym map back to them.
 */

export interface PersonEntry {
  readonly kind: 'person';
  /** The full name as first written, without title. */
  readonly name: string;
  readonly surname: string;
  role: string | null;
  gender: 'm' | 'f' | null;
  /** Offsets where the article mentions the person (full name, surname, or as a resolved speaker). */
  readonly mentions: number[];
}

export interface OrgEntry {
  readonly kind: 'org';
  readonly name: string;
  readonly acronym: string | null;
  readonly mentions: number[];
}

export type Entry = PersonEntry | OrgEntry;

export interface SpeakerTable {
  readonly people: PersonEntry[];
  readonly orgs: OrgEntry[];
  /** The body with every quotation's inside blanked out (same length), for searching narration only. */
  readonly narration: string;
  /** Each person's first mention and how old the copy makes them there (see generations.ts). */
  readonly generation: Map<PersonEntry, { first: number; score: number }>;
}


/** Builds the table; `quoted` lists the [start, end) ranges inside quotation marks. */
export function buildSpeakerTable(body: string, quoted: ReadonlyArray<readonly [number, number]>): SpeakerTable {
  const chars = body.split('');
  for (const [start, end] of quoted) if (!isNickname(body, start, end)) for (let i = Math.max(0, start - 1); i < Math.min(chars.length, end + 1); i += 1) if (chars[i] !== '\n') chars[i] = ' ';
  const narration = chars.join('');
  const list = words(narration);
  const table: SpeakerTable = { people: [], orgs: [], narration, generation: new Map() };
  const singles: Word[] = [];
  const titled = new Set<PersonEntry>();
  const indexOf = new Map(list.map((word, index) => [word.start, index]));
  for (const run of nameRuns(list)) {
    const reading = readRun(run);
    const before = list[(indexOf.get(run.start) ?? 0) - 1];
    if (reading.kind === 'single') {
      // "The EIS, Scotland's largest teaching union, said": an acronym after "the" that speaks or takes an
      // appositive is an organisation the article never spells out.
      const next = narration.slice(reading.end, reading.end + 24);
      const following = /^\s+(\p{Ll}+)/u.exec(next)?.[1] ?? '';
      const acts = isSpeechVerbWord(following) || ACRONYM_VERBS.has(following);
      if (/^\p{Lu}{2,6}$/u.test(reading.name) && ((before !== undefined && /^the$/i.test(before.text) && (/^,\s/u.test(next) || acts)) || (run.opensSentence && acts))) {
        addOrg(table, reading.name, reading.start);
        continue;
      }
      singles.push({ text: reading.name, start: reading.start, end: reading.end });
      continue;
    }
    if (reading.kind === 'org') {
      // "The Lakeview Fraternal Order of Police, Lodge 17, said": a numbered unit after the name is part of it.
      const unit = UNIT_AFTER.exec(narration.slice(reading.end, reading.end + 30))?.[0] ?? (UNIT_WORD.test(reading.name.split(/\s+/).pop() ?? '') ? /^\s+\d+/u.exec(narration.slice(reading.end, reading.end + 12))?.[0] : undefined);
      if (UNIT_WORD.test(reading.name) && /,\s*$/u.test(narration.slice(Math.max(0, reading.start - 3), reading.start))) continue;
      const branch = branchBefore(narration, reading.start);
      addOrg(table, `${branch?.text ?? ''}${reading.name}${unit ?? ''}`, branch?.start ?? reading.start);
      continue;
    }
    const afterArticle = before !== undefined && /^(?:the|a|an)$/i.test(before.text) && reading.title === null;
    if (afterArticle) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "a resident adviser in Smith-Steeb Hall": after a preposition of place, a run closing on a building or street
    // word is a place, not a person surnamed Hall.
    // Right after "at"/"in" ("whose son is in kindergarten at Pine Ridge"), a name with no other sign of a person is
    // a place too.
    // No title and no given name the lists know: only a place ("principal of a school in Co Meath, said") is named so
    // right after "in"/"at", or after a place and a comma ("a 17-year-old from Salthill, Co Galway,").
    const locative = reading.start === run.start && ((before !== undefined && /^(?:in|at|inside|outside|near)$/u.test(before.text)) || PLACE_THEN_COMMA.test(narration.slice(Math.max(0, run.start - 60), run.start)));
    // "North Miami", "Port Arthur", "San Marcos": a compass or place word opening a name after "in" is a place even
    // when the lists know it as a given name.
    const placeShaped = !reading.strong || (reading.title === null && PLACE_OPENERS.has(reading.name.split(/\s+/)[0] ?? ''));
    if (placeShaped && before !== undefined && ((/^(?:in|at|inside|outside|near|from|on)$/u.test(before.text) && PLACE_WORDS.has((reading.name.split(/\s+/).pop() ?? '').toLowerCase())) || locative)) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "Delhi Public School, R K Puram, said": a capitalised phrase set off by commas right after an organisation's
    // name is where it is.
    const lastWord = /([\p{L}'’]+),\s+$/u.exec(narration.slice(Math.max(0, run.start - 40), run.start))?.[1];
    if (!reading.strong && lastWord !== undefined && isOrgWord(lastWord) && narration[run.end] === ',') {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "an advocate with Disability Rights Nebraska", "a teacher at Bright Futures": where a person works is an organisation.
    const beforeBefore = list[(indexOf.get(run.start) ?? 0) - 2];
    if (!reading.strong && reading.start === run.start && before !== undefined && /^(?:with|at|for)$/u.test(before.text) && beforeBefore !== undefined && /^\p{Ll}/u.test(beforeBefore.text) && (ROLE_NOUNS.has(beforeBefore.text) || PERSON_NOUNS.has(beforeBefore.text) || isPersonHead(beforeBefore.text))) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "Brightpath Staffing, a Denver-based firm": an appositive headed by an organisation noun names an organisation.
    if (!reading.strong && reading.start === run.start && describesOrg(narration, run.end)) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "Pine Ridge" after "Pine Ridge Elementary": the short form of an organisation already named.
    if (!reading.strong && table.orgs.some((org) => fold(org.name).startsWith(`${fold(reading.name)} `))) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    if (!reading.strong && !hasPersonEvidence(narration, reading.name, run.start, run.end, before)) continue;
    const person = addPerson(table, reading.name, reading.start);
    if (!table.generation.has(person)) table.generation.set(person, { first: reading.start, score: 0 });
    // "told KXYZ's Tony Alvarez": the one told is listening, and the next "he said" is the teller's, so this
    // mention does not make the listener the latest person named.
    if (before !== undefined && /^(?:told|tells|tell)$/iu.test(before.text) && person.mentions[person.mentions.length - 1] === reading.start) person.mentions.pop();
    if (person.gender === null) person.gender = reading.gender;
    if (reading.title !== null && reading.title.split(/\s+/).some((word) => titleGender(word) !== null)) titled.add(person);
    if (person.role === null) person.role = roleOf(reading, descriptorBefore(list, indexOf.get(run.start) ?? 0), reading.start > run.start) ?? officeBefore(narration, run.start) ?? appositiveAfter(narration, run.start, run.end) ?? withOrg(narration, run.end);
    if (reading.affiliation !== null && reading.start > run.start) {
      addOrg(table, reading.affiliation, run.start);
    }
  }
  for (const [person, seen] of table.generation) seen.score = generationOf(narration, person, seen.first);
  for (const word of singles) noteSingle(table, word) || noteGivenNameOnly(table, word);
  for (const person of table.people) {
    // A given name's usual gender yields to the article's own pronouns ("Avery … her therapist … She took a day
    // off"); a title's ("Mr.", "Mrs") does not.
    const votes = pronounVotes(narration, person, table);
    const byPronoun = votes.male >= 2 && votes.female === 0 ? 'm' : votes.female >= 2 && votes.male === 0 ? 'f' : null;
    if (person.gender === null) person.gender = pronounGender(narration, person, table);
    else if (byPronoun !== null && byPronoun !== person.gender && !titled.has(person)) person.gender = byPronoun;
    person.mentions.sort((a, b) => a - b);
  }
  return table;
}

/**
 * Robert "Bobby" Tran: one or two capitalised words in quotation marks between two capitalised words are a
 * nickname, part of the narration's name (nameRuns leaves it out of the name), not a quotation to blank out.
 */
function isNickname(body: string, start: number, end: number): boolean {
  return /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u.test(body.slice(start, end)) && /\p{Lu}[\p{L}.'’-]* .$/u.test(body.slice(Math.max(0, start - 40), start)) && /^. \p{Lu}/u.test(body.slice(end, end + 3));
}

function addPerson(table: SpeakerTable, name: string, at: number): PersonEntry {
  const key = fold(name);
  // "Hernández Villanueva said" after "María Guadalupe Hernández Villanueva": the tail of a longer name already
  // in the table is that person again, not a new one.
  const existing =
    table.people.find((person) => fold(person.name) === key) ??
    (key.includes(' ') ? (byNameTail(table, key) ?? mostMentioned(table.people.filter((person) => fold(person.name).startsWith(`${key} `)))) : undefined);
  if (existing !== undefined) {
    existing.mentions.push(at);
    return existing;
  }
  const parts = name.split(/\s+/);
  let surname = parts[parts.length - 1] ?? name;
  if (/^(?:jr|sr|ii|iii|iv)\.?$/i.test(surname) && parts.length > 2) surname = parts[parts.length - 2] ?? surname;
  const person: PersonEntry = { kind: 'person', name, surname, role: null, gender: null, mentions: [at] };
  table.people.push(person);
  return person;
}

function addOrg(table: SpeakerTable, name: string, at: number): void {
  const key = fold(name.replace(/^the\s+/i, ''));
  const existing = table.orgs.find((org) => fold(org.name) === key);
  if (existing !== undefined) {
    existing.mentions.push(at);
    return;
  }
  const first = name.replace(/^the\s+/i, '').split(/\s+/)[0] ?? '';
  const acronym = /^\p{Lu}{2,}$/u.test(first) ? first : null;
  table.orgs.push({ kind: 'org', name: name.replace(/^the\s+/i, ''), acronym, mentions: [at] });
}

/** The initials an acronym of `name` may use: of every word, and of its capitalised words only. */
function initialsOf(name: string): string[] {
  const parts = fold(name).replace(/^the\s+/u, '').split(/[\s-]+/u).filter(Boolean);
  const capitalised = name.replace(/^the\s+/iu, '').split(/[\s-]+/u).filter((word) => /^\p{Lu}/u.test(word));
  return [parts.map((part) => part[0]).join(''), fold(capitalised.map((word) => word[0]).join(''))].filter((initials) => initials.length >= 2);
}

/** A lone capitalised word: a surname, first name or acronym of someone already in the table, else nothing. */
function noteSingle(table: SpeakerTable, word: Word): boolean {
  const entry = lookupName(table, word.text, word.start);
  if (entry !== undefined) entry.mentions.push(word.start);
  return entry !== undefined;
}

/**
 * "…made it to Jaylen, one of the two boys from the cafeteria." / "Mia, 9, said": children and people who give
 * only a first name are named once, by that name, with an appositive only a person takes. They enter the table
 * under that one name, so a later "he says" finds them.
 */
function noteGivenNameOnly(table: SpeakerTable, word: Word): void {
  if (!isCapitalised(word.text) || isOrgWord(word.text) || NOT_NAME_WORDS.has(word.text.toLowerCase()) || /^\p{Lu}+$/u.test(word.text)) return;
  const next = table.narration.slice(word.end, word.end + 80);
  const described = /^,\s+(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen),|(?:a|an|one\s+of)\s+([^,.;]{1,60}))/u.exec(next);
  if (described === null) return;
  // The phrase must name a kind of person ("one of the two boys", "a sophomore"), not a thing ("a town in Ohio").
  // Its head is the last word before a preposition or relative word; only a closed list of person nouns counts
  // (an open "-er" noun would let in "a golden retriever").
  const phrase = (described[1] ?? '').split(/\s+(?:from|at|in|of|who|whose|with|on|for|that|which|whom)\s/u)[0] ?? '';
  const head = (phrase.split(/\s+/).pop() ?? '').replace(/(?<=[^s])s$/u, '');
  const noun = PERSON_NOUNS.has(head) || CHILD_NOUNS.has(head) || RELATIONS.has(head) || ROLE_NOUNS.has(head) ? head : undefined;
  if (described[1] !== undefined && noun === undefined) return;
  const person = addPerson(table, word.text, word.start);
  person.gender ??= noun === undefined ? null : (PERSON_NOUNS.get(noun) ?? CHILD_NOUNS.get(noun) ?? null);
}

/** Nouns for children an appositive may use ("one of the two boys"), with the gender they carry. */
const CHILD_NOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([['boy', 'm'], ['girl', 'f'], ['kid', null], ['child', null], ['children', null], ['twin', null], ['sibling', null], ['student', null], ['pupil', null], ['classmate', null]]);

/**
 * Finds a person by full name, surname or first name, or an organisation by name or acronym. Given the offset of
 * the mention, "the younger/elder Ms. X" picks among people sharing the surname X.
 */
export function lookupName(table: SpeakerTable, name: string, at?: number): Entry | undefined {
  const key = fold(name.replace(/['’]s$/u, ''));
  const person =
    table.people.find((p) => fold(p.name) === key) ??
    (key.includes(' ') ? byNameTail(table, key) : undefined) ??
    // "Sr. Mary Bernadette said" after "Sr. Mary Bernadette Keane": given names alone, as religious titles use them.
    (key.includes(' ') ? mostMentioned(table.people.filter((p) => fold(p.name).startsWith(`${key} `))) : undefined) ??
    bySurname(table, key, at) ??
    mostMentioned(table.people.filter((p) => fold(p.name.split(/\s+/)[0] ?? '') === key)) ??
    bySurnamePart(table, key);
  if (person !== undefined) return person;
  const bare = key.replace(/^the\s+/, '');
  return (
    table.orgs.find((org) => fold(org.name) === bare || (org.acronym !== null && fold(org.acronym) === bare)) ??
    table.orgs.find((org) => fold(org.name).startsWith(`${bare} `) || fold(org.name).startsWith(`${bare}, `)) ??
    // "DfE" for "Department for Education", "NAHT" for "National Association of Head Teachers": an acronym of the
    // name's initials, with or without its small words.
    (/^\p{Lu}[\p{L}&]{1,7}$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name) ? table.orgs.find((org) => initialsOf(org.name).includes(bare)) : undefined)
  );
}

/**
 * A compound surname, or a name the article first wrote with more given names ("de la Cruz", "Lin Zhang"). A
 * generational suffix closing the full name ("Jr.", "III") is not written on later mentions, so it is left out.
 */
function byNameTail(table: SpeakerTable, key: string): PersonEntry | undefined {
  return mostMentioned(table.people.filter((p) => fold(p.name).endsWith(` ${key}`) || fold(p.name).replace(/\s+(?:jr|sr|ii|iii|iv)\.?$/u, '').endsWith(` ${key}`)));
}

/**
 * One part of a compound surname: "Cárdenas said" after "Yesenia Cárdenas Villarreal" (the first of two Spanish
 * surnames), "Salazar said" after "Hector Salazar-Ibarra" (one half of a hyphenated one). Any word after the given
 * name, split at spaces and hyphens, of at least three letters.
 */
function bySurnamePart(table: SpeakerTable, key: string): PersonEntry | undefined {
  if (key.includes(' ') || key.includes('-') || key.length < 3) return undefined;
  return mostMentioned(table.people.filter((p) => fold(p.name).split(/\s+/).slice(1).flatMap((word) => word.split('-')).includes(key)));
}

/** A surname alone: the one person of that surname, or among several the one "the younger/elder" means, else the most named. */
function bySurname(table: SpeakerTable, key: string, at: number | undefined): PersonEntry | undefined {
  const pool = table.people.filter((p) => fold(p.surname) === key);
  if (pool.length > 1 && at !== undefined) {
    const chosen = byGeneration(pool, table.generation, table.narration, at);
    if (chosen !== undefined) return chosen;
  }
  return mostMentioned(pool);
}

function mostMentioned(people: PersonEntry[]): PersonEntry | undefined {
  return people.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** A weakly-read name is a person when the article names them again by surname or makes them speak. */
function hasPersonEvidence(narration: string, name: string, start: number, end: number, before: Word | undefined): boolean {
  // Named again by a surname: the last word, or any word after the given name ("Yesenia Cárdenas Villarreal" …
  // "Cárdenas said", the Spanish first surname).
  for (const surname of name.split(/\s+/).slice(1)) {
    if (surname.length < 3 || /^\p{Ll}+$/u.test(surname)) continue;
    const again = new RegExp(`(?<![\\p{L}])${escape(surname)}(?![\\p{L}])`, 'gu');
    let count = 0;
    for (const _ of narration.matchAll(again)) count += 1;
    if (count > 1) return true;
  }
  const next = narration.slice(end, end + 40);
  // ", a junior at …", ", who …", and an age (", 14,"): only people are described so.
  if (/^,\s+(?:a|an|the|who|\p{Ll}|\d{1,3},)/u.test(next)) return true;
  const verb = /^\s+(\p{Ll}+)/u.exec(next);
  if (verb !== null && isSpeechVerbWord(verb[1] ?? '')) return true;
  // "One is the mother of one of the boys, Latoya Gaines.": a name set off after a description of a person.
  if (describedBeforeComma(narration, start)) return true;
  if (before === undefined) return false;
  // "classmate Ishaan Venkataraman", "parent Ana Ruiz", "driver Tom Lee": a person noun right before the name.
  const noun = before.text;
  return isSpeechVerbWord(noun) || (/^\p{Ll}/u.test(noun) && (PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun) || RELATIONS.has(noun) || isPersonHead(noun)));
}

/** Whether the words before a comma right before `start` describe a person ("the mother of one of the boys, "). */
function describedBeforeComma(narration: string, start: number): boolean {
  const match = /(?:^|[.!?:;]\s+|\b(?:is|was|are|were)\s+)((?:the|a|an|his|her|their|its)\s+[^,.;:!?]{2,60}),\s*$/u.exec(narration.slice(Math.max(0, start - 90), start));
  if (match === null) return false;
  const head = (match[1] ?? '').split(/\s+(?:of|from|at|in|with|for|who)\s/u)[0]?.split(/\s+/).pop() ?? '';
  return PERSON_NOUNS.has(head) || RELATIONS.has(head) || ROLE_NOUNS.has(head) || isPersonHead(head);
}

/** Nouns of relation that stand before a person's name ("her classmate X", "his neighbour Y"). */
const RELATIONS = new Set(['classmate', 'classmates', 'friend', 'neighbor', 'neighbour', 'colleague', 'cousin', 'sister', 'brother', 'aunt', 'uncle', 'niece', 'nephew', 'coach', 'teammate', 'roommate', 'partner', 'granddaughter', 'grandson', 'stepdaughter', 'stepson', 'fiancee', 'fiance', 'boss', 'deputy']);

/**
 * "the Mid-Plains chapter of the American Association of University Professors", "the Ohio branch of the NAACP": a
 * named branch written before the organisation's name, which together name the one speaking.
 */
export function branchBefore(narration: string, start: number): { text: string; start: number } | undefined {
  const match = /(?:^|[\s(])((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:chapter|branch|affiliate|local|division)\s+of\s+(?:the\s+)?)$/u.exec(narration.slice(Math.max(0, start - 60), start));
  const text = match?.[1];
  return text === undefined ? undefined : { text, start: start - text.length };
}

/** A numbered unit of an organisation (", Lodge 17", ", Local 1000"), written after its name. */
const UNIT_AFTER = /^,\s+(?:Lodge|Local|Chapter|Post|Branch|Council|Division|District)\s+\d+(?=[,.;])/u;
const UNIT_WORD = /^(?:Lodge|Local|Chapter|Post|Branch|Council|Division|District)$/u;

/** Verbs after which a sentence-opening acronym is an organisation acting ("SEPTA did not take a position"). */
const ACRONYM_VERBS = new Set(['did', 'does', 'has', 'had', 'is', 'was', 'will', 'would', 'declined', 'announced', 'plans', 'spokesperson', 'spokeswoman', 'spokesman', 'officials', 'leaders']);

/** A place after "in"/"at"/"from"/"near" and a comma, before another part of the place ("from Salthill, Co Galway"). */
const PLACE_THEN_COMMA = /(?:^|\s)(?:in|at|from|near)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s+$/u;

/** First words of place names that given-name lists may also hold ("North", "Lake", "San"). */
const PLACE_OPENERS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'New', 'Port', 'Fort', 'Lake', 'Mount', 'Mt.', 'San', 'Santa', 'Saint', 'St.', 'Los', 'Las', 'El', 'Little', 'Upper', 'Lower', 'Glen', 'Bay', 'Cape', 'Co', 'County']);

/** Last words of the names of buildings, streets and grounds. */
const PLACE_WORDS = new Set(['hall', 'tower', 'towers', 'building', 'house', 'gym', 'gymnasium', 'stadium', 'arena', 'field', 'park', 'street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'square', 'plaza', 'commons', 'auditorium', 'chapel', 'pavilion', 'library', 'center', 'centre', 'courthouse', 'mall']);

/** Nouns that head an appositive describing an organisation (", a Denver-based firm that …"). */
// Only nouns no person is called: "a fish vendor" or "a developer" may be a person.
const ORG_APPOSITIVE_HEADS = new Set(['firm', 'company', 'nonprofit', 'non-profit', 'charity', 'startup', 'start-up', 'chain', 'organization', 'organisation', 'group', 'agency', 'coalition', 'network', 'union', 'tank', 'institute', 'foundation', 'association', 'business', 'corporation', 'manufacturer', 'consultancy', 'district', 'school', 'college', 'university']);

function describesOrg(narration: string, end: number): boolean {
  const match = /^,\s+(?:a|an|the)\s+([^,.;]{1,80})/u.exec(narration.slice(end, end + 100));
  if (match === null) return false;
  const phrase = (match[1] ?? '').split(/\s+(?:from|at|in|of|who|whose|with|on|for|that|which|based)\s/u)[0] ?? '';
  return ORG_APPOSITIVE_HEADS.has(phrase.split(/\s+/).pop() ?? '');
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "parent Mulenga Chen", "school board member Tom Reyes": lower-case words right before the name. */
function descriptorBefore(list: readonly Word[], index: number): string | null {
  const parts: string[] = [];
  let k = index - 1;
  for (; k >= 0 && parts.length < 4; k -= 1) {
    const word = list[k];
    const next = list[k + 1];
    if (word === undefined || next === undefined || next.start - word.end > 1) break;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(word.text) || NOT_NAME_WORDS.has(word.text) || /ly$/.test(word.text)) break;
    if (isSpeechVerbWord(word.text)) break;
    parts.unshift(word.text);
  }
  // "Fourth-grade teacher", "Louisville Metro Council member", "School board member": capitalised words
  // that run straight into the role noun belong to it.
  for (let taken = 0; parts.length > 0 && k >= 0 && taken < 3; k -= 1, taken += 1) {
    const word = list[k];
    const next = list[k + 1];
    if (word === undefined || next === undefined || next.start - word.end > 1) break;
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word.text) || NOT_NAME_WORDS.has(word.text.toLowerCase()) || isSpeechVerbWord(word.text.toLowerCase())) break;
    parts.unshift(word.text);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Courtesy titles: they say how to address a person, not what the person does. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'prof']);
/** Lower-case words that qualify a title rather than replace it ("state Sen.", "former Superintendent"). */
const TITLE_MODIFIERS = new Set(['state', 'former', 'federal', 'county', 'city', 'district', 'school', 'board', 'acting', 'interim', 'deputy', 'assistant', 'retired', 'then']);

/**
 * The role a first mention gives: the whole office around the title ("Board President", "Jackson County
 * Sheriff", "JCPS Superintendent", "state Sen."), a descriptor before the name ("Fourth-grade teacher"), or the
 * organisation before it ("ACLU of Missouri"). Courtesy titles alone ("Dr.", "Mr") are no role.
 */
function roleOf(reading: Extract<RunReading, { kind: 'person' }>, descriptor: string | null, affiliated: boolean): string | null {
  const office = reading.title
    ?.split(/\s+/)
    .filter((word) => !HONORIFICS.has(word.replace(/\.$/, '').toLowerCase()))
    .join(' ');
  if (office !== undefined && office !== '') {
    // "Rep. Wade Hollingsworth of Jackson": a place after the name follows the office ("Rep. of Jackson").
    const place = reading.affiliation?.startsWith('of ') === true;
    const head = affiliated && reading.affiliation !== null ? (place ? `${office} ${reading.affiliation}` : `${reading.affiliation} ${office}`) : office;
    const qualifies = descriptor !== null && descriptor.split(' ').every((word) => /^\p{Lu}/u.test(word) || TITLE_MODIFIERS.has(word));
    return qualifies ? `${descriptor} ${head}` : head;
  }
  if (affiliated && reading.affiliation !== null) return reading.affiliation;
  return descriptor;
}

/**
 * "The deputy chancellor for school leadership, Carlos Ruiz," / "the district's general counsel, Ana Lee,": an
 * office written before the name, which a later "the deputy chancellor said" refers back to. Only a phrase with
 * an office noun in it counts ("In the lawsuit, Ana Lee said" gives no role).
 */
function officeBefore(narration: string, start: number): string | null {
  const match = /(?:^|[\s(])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\p{L}.-]+['’]s?)\s+((?:\p{Ll}[\p{L}-]*\s+){0,5}\p{Ll}[\p{L}-]*),\s*$/u.exec(narration.slice(Math.max(0, start - 100), start));
  const office = match?.[1];
  if (office === undefined) return null;
  const nouns = office.split(/\s+/);
  return nouns.some((noun) => ROLE_NOUNS.has(noun)) ? office : null;
}

/** ", assistant to the commissioner of …," or ", D-Connecticut," right after the name. */
function appositiveAfter(narration: string, start: number, end: number): string | null {
  const window = narration.slice(end, end + 160);
  // A thousands separator ("the head of a 1,400-pupil academy") does not end the appositive.
  // Nor does an initial's full stop ("co-founder of the Robert F. Smith STEAM Academy").
  const masked = window.replace(/(?<=\d),(?=\d{3})/gu, '\u0001').replace(/(?<=(?:^|\s)\p{Lu})\.(?= \p{Lu})/gu, '\u0001');
  const match = /^,\s+((?:a|an|the)\s+[^,.;]{2,120}|\p{Ll}[^,.;]{2,120}|[DRI]-[\p{L} .]+?)(?=[,.;]|$)/u.exec(masked);
  const text = match?.[1] === undefined ? undefined : window.slice(match.index + match[0].indexOf(match[1]), match.index + match[0].indexOf(match[1]) + match[1].length);
  if (text === undefined) return null;
  // "The lone board member who voted no, Gerald Ashworth, made a similar argument.": a name that is itself an
  // appositive is followed by the sentence's predicate, which runs to the full stop; an appositive would close with a comma.
  if (/,\s*$/u.test(narration.slice(Math.max(0, start - 3), start)) && narration[end + (match?.[0].length ?? 0)] === '.') return null;
  if (/^(?:who|whose|which|that|said|says|along|with|in|at|on|for|as|and|but|when|after|before|added|told|has|have|had|is|was|were|will|would|did|does)\b/u.test(text)) return null;
  // "Ng's colleague, Patricia Moore, disagreed with him": a verb after the name ends its mention; no role follows.
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (isSpeechVerbWord(first) || NARRATION_VERBS.has(first)) return null;
  // "…Anderson and Jennifer Bacon, directs the superintendent to …": a present-tense verb and its object, not a role.
  if (/^\p{Ll}+s\s+(?:the|a|an|his|her|their|its|our|that|this)\s/u.test(text) && !ROLE_NOUNS.has(first.replace(/s$/u, ''))) return null;
  return text.trim();
}

/** Verbs of stance or action that follow a name in narration and so cannot start an appositive role. */
const NARRATION_VERBS = new Set(['disagreed', 'disagrees', 'voted', 'votes', 'declined', 'declines', 'spoke', 'speaks', 'opposed', 'opposes', 'supported', 'supports', 'backed', 'backs', 'called', 'calls', 'pushed', 'pushes', 'sees', 'saw', 'thinks', 'thought', 'believes', 'believed', 'hopes', 'hoped', 'wants', 'wanted', 'sided', 'sides']);

/** "Mac Hardy is with the National Association of …". */
function withOrg(narration: string, end: number): string | null {
  const match = /^\s+(?:is|was)\s+(?:with|at|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|the|to))*\s*)+)/u.exec(narration.slice(end, end + 160));
  const org = match?.[1]?.trim();
  return org !== undefined && org.split(/\s+/).some(isOrgWord) ? org.replace(/\s+(?:of|for|and|the|to)$/u, '') : null;
}

/** Votes of the pronouns that follow the person's mentions, before anyone else is named. */
function pronounGender(narration: string, person: PersonEntry, table: SpeakerTable): 'm' | 'f' | null {
  const { male, female } = pronounVotes(narration, person, table);
  if (male > female) return 'm';
  if (female > male) return 'f';
  return null;
}

/** How many times a he/him/his or she/her pronoun is the next one after the person's mentions, before anyone else is named. */
function pronounVotes(narration: string, person: PersonEntry, table: SpeakerTable): { male: number; female: number } {
  let male = 0;
  let female = 0;
  const others = table.people.filter((p) => p !== person).flatMap((p) => p.mentions);
  for (const at of person.mentions) {
    const window = narration.slice(at, at + 240);
    const match = /(?<![\p{L}])(he|him|his|she|her|hers)(?![\p{L}])/iu.exec(window);
    if (match === null) continue;
    const position = at + match.index;
    if (others.some((m) => m > at && m < position)) continue;
    const masculine = /^(?:he|him|his)$/i.test(match[1] ?? '');
    // "Courtney Blay, whose son is in kindergarten, says he is scared": the pronoun is the son's, when it fits him.
    const kin = [...window.slice(0, match.index).matchAll(KIN_BETWEEN)].map((found) => KIN_GENDER.get(found[0].toLowerCase().replace(/s$/u, '')) ?? null);
    if (kin.some((gender) => gender === null || gender === (masculine ? 'm' : 'f'))) continue;
    if (masculine) male += 1;
    else female += 1;
  }
  return { male, female };
}

/** A family member named between a person and a pronoun, who the pronoun may stand for instead. */
const KIN_BETWEEN = /(?<![\p{L}])(?:sons?|daughters?|husband|wife|boy|girl|father|mother|brother|sister|dad|mom|mum|grandson|granddaughter|grandfather|grandmother|child|nephew|niece)(?![\p{L}])/giu;
const KIN_GENDER: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ...['son', 'husband', 'boy', 'father', 'brother', 'dad', 'grandson', 'grandfather', 'nephew'].map((word) => [word, 'm'] as const),
  ...['daughter', 'wife', 'girl', 'mother', 'sister', 'mom', 'mum', 'granddaughter', 'grandmother', 'niece'].map((word) => [word, 'f'] as const),
  ['child', null],
]);

/** Whether a word can open a reference to a person or organisation. */
export function looksLikeName(word: string): boolean {
  return isCapitalised(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
}
