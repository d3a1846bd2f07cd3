import { COMMON_NOUN_ACRONYMS, isSpeechVerbWord, NOT_NAME_WORDS, ORG_NOUNS, ROLE_NOUNS } from './attribution-words.js';
import { firstNameGender } from './first-names.js';
import { isPersonHead, PERSON_NOUNS } from './descriptions.js';
import { generationOf } from './generations.js';
import { isCapitalised, isOrgWord, PARTY_TAG, titleGender, withoutPossessor, type Word, words, isTitle } from './name-words.js';
import { nameRuns } from './name-runs.js';
import { readRun } from './name-phrase.js';
import { ACRONYM_VERBS, branchBefore, CHILD_NOUNS, describesOrg, hasPersonEvidence, isOrgHeadNoun, PLACE_OPENERS, PLACE_THEN_COMMA, PLACE_WORDS, RELATIONS, UNIT_AFTER, UNIT_WORD } from './entity-shapes.js';
import { byNameTail, byNickname, byOrgTail, formsOf, lookupName, mostMentioned, type NameForms } from './name-lookup.js';
import { pronounVotes } from './pronoun-gender.js';
import { appositiveAfter, descriptorBefore, officeBefore, roleOf, withOrg } from './speaker-roles.js';
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
  /** The name's folded forms, filled in by name-lookup the first time they are needed. */
  forms?: NameForms;
}

export interface OrgEntry {
  readonly kind: 'org';
  /** As first written; a first mention in a lede's capitals ("HIGHLAND Council has been urged") takes the next one's case. */
  name: string;
  readonly acronym: string | null;
  readonly mentions: number[];
  /** The name's folded forms, filled in by name-lookup the first time they are needed. */
  forms?: NameForms;
}

export type Entry = PersonEntry | OrgEntry;

export interface SpeakerTable {
  readonly people: PersonEntry[];
  readonly orgs: OrgEntry[];
  /** The body with every quotation's inside blanked out (same length), for searching narration only. */
  readonly narration: string;
  /** Each person's first mention and how old the copy makes them there (see generations.ts). */
  readonly generation: Map<PersonEntry, { first: number; score: number }>;
  /** The narration's words, read once: references look at stretches of it many times per article. */
  readonly words: readonly Word[];
}

/** Builds the table; `quoted` lists the [start, end) ranges inside quotation marks. */
export function buildSpeakerTable(body: string, quoted: ReadonlyArray<readonly [number, number]>): SpeakerTable {
  // Quotations (with their marks) blanked to spaces, line breaks kept: built from slices, as this runs per article.
  let narration = '';
  let done = 0;
  for (const [start, end] of [...quoted].sort((a, b) => a[0] - b[0])) {
    if (isNickname(body, start, end)) continue;
    const from = Math.max(done, start - 1);
    const to = Math.min(body.length, end + 1);
    if (to <= from) continue;
    const inside = body.slice(from, to);
    // A quotation that closes its sentence (“… middle ground.” Obi-Lindqvist was …) keeps its full stop, so the
    // narration's sentences still end where the copy's do.
    const closes = body[end - 1] === '.' && /^\s+\p{Lu}/u.test(body.slice(to, to + 3)) && !inside.includes('\n');
    narration += body.slice(done, from) + (inside.includes('\n') ? inside.replace(/[^\n]/gu, ' ') : closes ? `${' '.repeat(inside.length - 1)}.` : ' '.repeat(inside.length));
    done = to;
  }
  narration += body.slice(done);
  const list = words(narration);
  const table: SpeakerTable = { people: [], orgs: [], narration, generation: new Map(), words: list };
  const singles: Word[] = [];
  const titled = new Set<PersonEntry>();
  const indexOf = new Map(list.map((word, index) => [word.start, index]));
  for (const run of nameRuns(list)) {
    const reading = readRun(run);
    // ", DFL-Brooklyn Park,": a lawmaker's party and district, no one of their own.
    if (PARTY_TAG.test(reading.name)) continue;
    // A word across a paragraph break is no context for the name: a paragraph closing on a blanked quotation
    // (a “walking tax.”) leaves its last word ("a") right before the next paragraph's first name.
    const previous = list[(indexOf.get(run.start) ?? 0) - 1];
    const before = previous !== undefined && !narration.slice(previous.end, run.start).includes('\n') ? previous : undefined;
    if (reading.kind === 'single') {
      // "The EIS, Scotland's largest teaching union, said": an acronym after "the" that speaks or takes an
      // appositive is an organisation the article never spells out.
      const next = narration.slice(reading.end, reading.end + 24);
      const following = /^\s+(\p{Ll}+)/u.exec(next)?.[1] ?? '';
      const acts = isSpeechVerbWord(following) || ACRONYM_VERBS.has(following);
      // "The main secondary teachers' union, SNES-FSU, said": an acronym in apposition to an organisation noun.
      const apposed = before?.text === ',' && ORG_NOUNS.has(list[(indexOf.get(run.start) ?? 0) - 2]?.text ?? '');
      if (/^\p{Lu}{2,6}(?:-\p{Lu}{2,6})?$/u.test(reading.name) && !COMMON_NOUN_ACRONYMS.has(reading.name) && ((before !== undefined && /^the$/i.test(before.text) && (/^,\s/u.test(next) || acts)) || (run.opensSentence && acts) || apposed)) {
        // Not "the CFO said" after a chief financial officer was named: the office's initials are that person.
        // ("the AHSAA said" after "the Alabama High School Athletic Association’s central board": its initials.)
        const holder = lookupName(table, reading.name, reading.start);
        // (Not a longer name the acronym merely opens: "SEPTA" is not the "SEPTA Key" card.)
        if (holder !== undefined && !(holder.kind === 'org' && formsOf(holder).key.startsWith(`${fold(reading.name)} `))) holder.mentions.push(reading.start);
        else addOrg(table, reading.name, reading.start);
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
      // "The South African Democratic Teachers' Union (Sadtu)": the short name the article will use.
      const short = /^\s*\((\p{Lu}[\p{L}&]{1,9})\)/u.exec(narration.slice(reading.end, reading.end + 16))?.[1];
      const index = short === undefined ? -1 : table.orgs.findIndex((org) => org.mentions.includes(branch?.start ?? reading.start));
      const added = table.orgs[index];
      if (short !== undefined && added !== undefined && added.acronym === null) table.orgs[index] = { ...added, acronym: short };
      continue;
    }
    // Not "The Labour MP Imogen Fairweather-Singh": an affiliation and office read before the name belong to a person.
    const afterArticle = before !== undefined && /^(?:the|a|an)$/i.test(before.text) && reading.title === null && (reading.start === run.start || reading.affiliation === null);
    // "director of the charity Youth Rights Yorkshire", "advocacy group Parents First": a name right after a noun
    // only organisations are called is that organisation's, when nothing in it marks a person (no title, no given
    // name the lists know).
    const afterOrgNoun = before !== undefined && (!reading.strong || (reading.title === null && reading.gender === null)) && reading.start === run.start && isOrgHeadNoun(before.text);
    // "Brightwater Compute spokesman Marcus Feld": a name no list knows, right before a spokesperson noun, is whom
    // that person speaks for.
    const spokespersonFor = !reading.strong && reading.title === null && reading.start === run.start && /^\s+spokes(?:man|woman|person)\s+\p{Lu}/u.test(narration.slice(run.end, run.end + 20));
    if (afterArticle || afterOrgNoun || spokespersonFor) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "a resident adviser in Smith-Steeb Hall": after a preposition of place, a run closing on a building or street
    // word is a place, not a person surnamed Hall.
    // Right after "at"/"in" ("whose son is in kindergarten at Pine Ridge"), a name with no other sign of a person is
    // a place too.
    // No title and no given name the lists know: only a place ("principal of a school in Co Meath, said") is named so
    // right after "in"/"at", or after a place and a comma ("a 17-year-old from Salthill, Co Galway,").
    // ("A social studies teacher at Hillside High, Kwame Asante-Lyles, says": after a person noun's "at <place>," the
    // name is that person's.)
    // Only when the second part closes with a comma or full stop too ("Salthill, Co Galway, said"): "Back in
    // Chesterfield, Tamika Holloway has become …" names a person after the place.
    // (Not a name with an age after it: "in April, Yukari Tanabe, 39, has been paying".)
    const afterPlace = before?.text === ',' && /^[,.]/u.test(narration.slice(run.end, run.end + 1)) && !/^,\s*\d{1,3},/u.test(narration.slice(run.end, run.end + 6)) && PLACE_THEN_COMMA.test(narration.slice(Math.max(0, run.start - 60), run.start)) && !describesPersonBefore(narration, run.start, true);
    // ("Tamika Fairweather, 38, of Allison Hill, said": after a person's age, "of" names where they live.)
    const homeAfterAge = reading.start === run.start && before?.text === 'of' && /,\s*\d{1,3},\s+of\s+$/u.test(narration.slice(Math.max(0, run.start - 12), run.start));
    const locative = reading.start === run.start && ((before !== undefined && /^(?:in|at|inside|outside|near)$/u.test(before.text)) || afterPlace || homeAfterAge);
    // "North Miami", "Port Arthur", "San Marcos": a compass or place word opening a name after "in" is a place even
    // when the lists know it as a given name.
    // ("lived on Old Mill Road": a street after "on" or "along" is a place, whatever given name it holds.)
    const street = /^(?:on|along)$/u.test(before?.text ?? '') && /\s(?:Road|Street|Avenue|Boulevard|Drive|Highway|Pike|Parkway)$/u.test(reading.name);
    const placeShaped = !reading.strong || (reading.title === null && (PLACE_OPENERS.has(reading.name.split(/\s+/)[0] ?? '') || street));
    if (homeAfterAge || (placeShaped && before !== undefined && ((/^(?:in|at|inside|outside|near|from|on)$/u.test(before.text) && PLACE_WORDS.has((reading.name.split(/\s+/).pop() ?? '').toLowerCase())) || locative))) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "Delhi Public School, R K Puram, said": a capitalised phrase set off by commas right after an organisation's
    // name is where it is.
    // (Regexes over the text before the run only where a comma closes that text and one follows the run: they run
    // for every capitalised run of every article.)
    if (!reading.strong && narration[run.end] === ',' && /,\s+$/u.test(narration.slice(Math.max(0, run.start - 3), run.start))) {
      const lastWord = /([\p{L}'’]+),\s+$/u.exec(narration.slice(Math.max(0, run.start - 40), run.start))?.[1];
      // Not after "A spokesman for the school district, J.D. Pettaway,": there the name is the person the phrase describes.
      const forPerson = describesPersonBefore(narration, run.start);
      // (Not after an office in capitals: "The area's MP, Rehana Chowdhury," is a person.)
      if (lastWord !== undefined && isOrgWord(lastWord) && !isTitle(lastWord) && !forPerson) {
        addOrg(table, reading.name, reading.start);
        continue;
      }
    }
    // "an advocate with Disability Rights Nebraska", "a teacher at Bright Futures": where a person works is an organisation.
    const beforeBefore = list[(indexOf.get(run.start) ?? 0) - 2];
    // ("state project director of Samagra Shiksha": an office "of" a name that no list knows is that organisation's.)
    const ofOffice = before?.text === 'of' && beforeBefore !== undefined && ROLE_NOUNS.has(beforeBefore.text);
    if (!reading.strong && reading.start === run.start && before !== undefined && (/^(?:with|at|for)$/u.test(before.text) || ofOffice) && beforeBefore !== undefined && /^\p{Ll}/u.test(beforeBefore.text) && (ROLE_NOUNS.has(beforeBefore.text) || PERSON_NOUNS.has(beforeBefore.text) || isPersonHead(beforeBefore.text))) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "Brightpath Staffing, a Denver-based firm": an appositive headed by an organisation noun names an organisation.
    if (!reading.strong && reading.start === run.start && describesOrg(narration, run.end)) {
      addOrg(table, reading.name, reading.start);
      continue;
    }
    // "Pine Ridge" after "Pine Ridge Elementary": the short form of an organisation already named.
    // (Also a strong reading with no title and no given name the lists know: "Lone Star Wireless" after "tower
    // company Lone Star Wireless Infrastructure".)
    const unmarked = !reading.strong || (reading.title === null && reading.gender === null);
    const prefix = unmarked ? `${fold(reading.name)} ` : '';
    const longer = unmarked ? table.orgs.find((org) => formsOf(org).key.startsWith(prefix)) : undefined;
    if (longer !== undefined) {
      // A strong reading is the longer name's short form; a weak one keeps the entry it always had.
      if (reading.strong) longer.mentions.push(reading.start);
      else addOrg(table, reading.name, reading.start);
      continue;
    }
    // "three other North Carolina districts": a weak reading that opens with a compass word or "New" is a place, even
    // when its last word comes back ("Carolina") like a surname.
    if (!reading.strong && /^(?:North|South|East|West|New)\s/u.test(reading.name)) continue;
    if (!reading.strong && !hasPersonEvidence(narration, reading.name, run.start, run.end, before)) continue;
    const person = addPerson(table, reading.name, reading.start);
    if (!table.generation.has(person)) table.generation.set(person, { first: reading.start, score: 0 });
    // "told KXYZ's Tony Alvarez": the one told is listening, and the next "he said" is the teller's, so this
    // mention does not make the listener the latest person named.
    if (before !== undefined && /^(?:told|tells|tell)$/iu.test(before.text) && person.mentions[person.mentions.length - 1] === reading.start) person.mentions.pop();
    // A later mention's gender counts only from a title or the person's own given name: "Dr Al Suwaidi" for Hessa
    // Khalfan Al Suwaidi is no man named Al.
    const genderedTitle = reading.title !== null && reading.title.split(/\s+/).some((word) => titleGender(word) !== null);
    if (person.gender === null && (genderedTitle || fold(reading.name.split(/\s+/)[0] ?? '') === formsOf(person).first)) person.gender = reading.gender;
    if (genderedTitle) titled.add(person);
    if (person.role === null) {
      const office = roleOf(reading, descriptorBefore(list, indexOf.get(run.start) ?? 0), reading.start > run.start);
      const described = (): string | null => officeBefore(narration, run.start) ?? appositiveAfter(narration, run.start, run.end) ?? withOrg(narration, run.end);
      // "The Rev. Alicia Monroe, pastor of First Baptist Church,": a clergy style alone says less than what follows it.
      const clergy = office !== null && /^(?:the\s+)?rev(?:erend)?\.?$/iu.test(office) ? described() : null;
      person.role = clergy !== null ? `${office}, ${clergy}` : (office ?? described());
    }
    if (reading.affiliation !== null && reading.start > run.start) {
      addOrg(table, reading.affiliation, run.start);
    }
  }
  for (const [person, seen] of table.generation) seen.score = generationOf(narration, person, seen.first);
  for (const word of singles) noteSingle(table, word) || noteGivenNameOnly(table, word) || noteCompany(table, word);
  for (const person of table.people) {
    // A given name's usual gender yields to the article's own pronouns ("Avery … her therapist … She took a day
    // off"); a title's ("Mr.", "Mrs") does not.
    if (person.gender !== null && titled.has(person)) {
      person.mentions.sort((a, b) => a - b);
      continue;
    }
    const votes = pronounVotes(narration, person, table);
    // Two plain votes, or one right after the person's own reporting verb ("says she"), with none the other way.
    const enough = (count: number) => count >= 2 || (count >= 1 && votes.reported >= 1);
    const byPronoun = enough(votes.male) && votes.female === 0 ? 'm' : enough(votes.female) && votes.male === 0 ? 'f' : null;
    if (person.gender === null) person.gender = votes.male > votes.female ? 'm' : votes.female > votes.male ? 'f' : null;
    else if (byPronoun !== null && byPronoun !== person.gender) person.gender = byPronoun;
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
    table.people.find((person) => formsOf(person).key === key) ??
    (key.includes(' ') ? (byNameTail(table, key) ?? mostMentioned(table.people.filter((person) => formsOf(person).key.startsWith(`${key} `))) ?? byNickname(table, key)) : undefined);
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

/** A word of four or more capitals before a word in lower case: British ledes set their first word so ("HIGHLAND Council"). */
const SHOUTED = /^\p{Lu}{4,}\s+\p{Lu}\p{Ll}/u;

function addOrg(table: SpeakerTable, given: string, at: number): void {
  const name = withoutPossessor(given);
  // "a Johannesburg-based NGO": a description of an organisation, not its name.
  if (COMMON_NOUN_ACRONYMS.has(name.slice(name.lastIndexOf(' ') + 1))) return;
  const key = fold(name.replace(/^the\s+/i, ''));
  const existing = table.orgs.find((org) => formsOf(org).key === key) ?? byOrgTail(table, key);
  if (existing !== undefined) {
    existing.mentions.push(at);
    const plain = name.replace(/^the\s+/i, '');
    if (fold(plain) === formsOf(existing).key && SHOUTED.test(existing.name) && !SHOUTED.test(plain)) existing.name = plain;
    return;
  }
  const first = name.replace(/^the\s+/i, '').split(/\s+/)[0] ?? '';
  const acronym = /^\p{Lu}{2,}$/u.test(first) ? first : null;
  table.orgs.push({ kind: 'org', name: name.replace(/^the\s+/i, ''), acronym, mentions: [at] });
}

/** A lone capitalised word: a surname, first name or acronym of someone already in the table, else nothing. */
function noteSingle(table: SpeakerTable, word: Word): boolean {
  const entry = lookupName(table, word.text, word.start);
  if (entry !== undefined) entry.mentions.push(word.start);
  // "Ms Nguyệt said" after "National Assembly deputy Trần Thị Minh Nguyệt": a later courtesy title gives the gender.
  if (entry?.kind === 'person' && entry.gender === null) entry.gender = titleGender(/(?:^|\s)(Mr|Mrs|Ms|Miss)\.?\s+$/u.exec(table.narration.slice(Math.max(0, word.start - 6), word.start))?.[1] ?? '');
  return entry !== undefined;
}

/**
 * "…made it to Jaylen, one of the two boys from the cafeteria." / "Mia, 9, said": children and people who give
 * only a first name are named once, by that name, with an appositive only a person takes. They enter the table
 * under that one name, so a later "he says" finds them.
 */
/**
 * "Voltcycle wants to build a recycling plant. … the company said": a one-word name that opens a sentence as its
 * subject, is no given name, and is later called the company, is that company. Only when the copy does call
 * something "the company" (or firm, developer…): otherwise a one-word subject may be anyone.
 */
function noteCompany(table: SpeakerTable, word: Word): void {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word.text) || NOT_NAME_WORDS.has(word.text.toLowerCase()) || firstNameGender(word.text) !== undefined || isOrgWord(word.text)) return;
  if (lookupName(table, word.text, word.start) !== undefined) return;
  const narration = table.narration;
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(narration.slice(Math.max(0, word.start - 4), word.start))) return;
  if (!/^\s+(?:has|had|is|was|wants|plans|says|said|\p{Ll}{3,}s|\p{Ll}{3,}ed)\s/u.test(narration.slice(word.end, word.end + 24))) return;
  // (Searched from the word on, without copying the rest of the article.)
  COMPANY_NOUN.lastIndex = word.end;
  if (!COMPANY_NOUN.test(narration)) return;
  addOrg(table, word.text, word.start);
}

const COMPANY_NOUN = /\b[Tt]he (?:company|firm|developer|startup|operator|manufacturer|recycler|retailer|chain|utility)\b/gu;

function noteGivenNameOnly(table: SpeakerTable, word: Word): void {
  if (!isCapitalised(word.text) || isOrgWord(word.text) || NOT_NAME_WORDS.has(word.text.toLowerCase()) || /^\p{Lu}+$/u.test(word.text)) return;
  // "asked to be identified only by his first name, Jaylen,": the copy says outright that this is a name.
  if (/(?:first name|given name|name is|goes by),?\s+$/iu.test(table.narration.slice(Math.max(0, word.start - 24), word.start))) {
    addPerson(table, word.text, word.start);
    return;
  }
  const next = table.narration.slice(word.end, word.end + 80);
  // "“…,” Lana told Al Jazeera.": a given name the lists know, reporting, is a person the copy names only so.
  const gender = firstNameGender(word.text);
  if (gender !== undefined && isSpeechVerbWord(/^\s+(\p{Ll}+)/u.exec(next)?.[1] ?? '')) {
    const person = addPerson(table, word.text, word.start);
    person.gender ??= gender === 'm' || gender === 'f' ? gender : null;
    return;
  }
  // "One freshman, Lucía, who asked that her last name not be printed,": a given name set off after a person noun
  // and going on with "who" is that person.
  // ("His daughter, Chidinma, 8,": the noun before the comma also gives the gender.)
  const before = /(?:^|\s)(?:[Aa]|[Aa]n|[Oo]ne|[Tt]he|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+),\s*$/u.exec(table.narration.slice(Math.max(0, word.start - 40), word.start))?.[1];
  const lead = before !== undefined && (PERSON_NOUNS.has(before) || CHILD_NOUNS.has(before) || ROLE_NOUNS.has(before) || isPersonHead(before)) ? before : undefined;
  const leadGender = lead === undefined ? null : (PERSON_NOUNS.get(lead) ?? CHILD_NOUNS.get(lead) ?? null);
  if (lead !== undefined && /^,\s+who\s/u.test(next)) {
    const person = addPerson(table, word.text, word.start);
    person.role ??= lead;
    person.gender ??= leadGender;
    return;
  }
  // ", 17,", ", now 17,", ", aged 17,": an age.
  // ("Okafor, the economic development director, said": a surname introduced by its office, in an article that
  // names the person in full nowhere.)
  const described = /^,\s+(?:(?:(?:now|aged)\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen),|(?:a|an|the|one\s+of)\s+([^,.;]{1,60}))/u.exec(next);
  if (described === null) return;
  // The phrase must name a kind of person ("one of the two boys", "a sophomore"), not a thing ("a town in Ohio").
  // Its head is the last word before a preposition or relative word; only a closed list of person nouns counts
  // (an open "-er" noun would let in "a golden retriever").
  const phrase = (described[1] ?? '').split(/\s+(?:from|at|in|of|who|whose|with|on|for|that|which|whom)\s/u)[0] ?? '';
  const last = (phrase.split(/\s+/).pop() ?? '').replace(/(?<=[^s])s$/u, '');
  // "a sixth-grader": the head of a hyphenated noun is its last part.
  const head = PERSON_NOUNS.has(last) || CHILD_NOUNS.has(last) || RELATIONS.has(last) || ROLE_NOUNS.has(last) ? last : (last.split('-').pop() ?? last);
  // (After "the", a person-shaped noun counts too: "Whitfield, the hardware store owner,", "Greer, the Eastfield
  // pediatrician," name people by what they do; "a" still needs the closed list, against "a golden retriever".)
  // (Not "The Kestrel, the student newspaper": a name after "The" is a title, and "-er" alone makes no person.)
  const definite = /^,\s+the\s/u.test(next) && !/(?:^|\s)The\s+$/u.test(table.narration.slice(Math.max(0, word.start - 5), word.start));
  const personShaped = isPersonHead(head) && /(?:ist|ian|owner|worker|farmer|manager|teacher|officer|leader|founder|organizer|member|director)$/u.test(head);
  const noun = PERSON_NOUNS.has(head) || CHILD_NOUNS.has(head) || RELATIONS.has(head) || ROLE_NOUNS.has(head) || (definite && personShaped) ? head : undefined;
  if (described[1] !== undefined && noun === undefined) return;
  const person = addPerson(table, fullNameBefore(table.narration, word) ?? word.text, word.start);
  person.gender ??= (noun === undefined ? undefined : (PERSON_NOUNS.get(noun) ?? CHILD_NOUNS.get(noun))) ?? leadGender;
}

/**
 * "Kyler Benally's school day starts at 5:50 a.m." … "said Kyler, 16, a junior": a given name the copy wrote earlier
 * with a surname (a name read too weakly to enter the table then) is that full name.
 */
function fullNameBefore(narration: string, word: Word): string | undefined {
  const surname = new RegExp(`(?<![\\p{L}])${word.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?:['’]s)?(?![\\p{L}])`, 'u').exec(narration.slice(0, word.start));
  const last = surname?.[1]?.replace(/['’]s$/u, '');
  return last === undefined || isOrgWord(last) || NOT_NAME_WORDS.has(last.toLowerCase()) ? undefined : `${word.text} ${last}`;
}

/** Whether a word can open a reference to a person or organisation. */
export function looksLikeName(word: string): boolean {
  return isCapitalised(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
}

/** Whether the phrase before a comma right before `start` is a person noun and its place or organisation ("a teacher at Hillside High, "). */
function describesPersonBefore(narration: string, start: number, namedPlace = false): boolean {
  // With `namedPlace`, what follows the preposition must be a proper name ("a teacher at Hillside High, "), not
  // "a mother of three from Ennis, ".
  const shape = namedPlace
    ? /(?:^|\s)(\p{Ll}+)\s+(?:for|of|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s*$/u
    : /(?:^|\s)(\p{Ll}+)\s+(?:for|of|at|with)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+,\s*$/u;
  // ("A spokesman for the Washington State School Directors' Association, Khalid Mansour,": up to six words.)
  const head = shape.exec(narration.slice(Math.max(0, start - 100), start))?.[1];
  return head !== undefined && (ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head) || isPersonHead(head));
}
