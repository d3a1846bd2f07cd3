import { ROLE_NOUNS, TITLES } from './attribution-words.js';
import type { PersonEntry, SpeakerTable } from './speaker-table.js';
import { sentenceEnd, sentenceStart } from './text-layout.js';
import { fold } from '../text/fold.js';
import { POSSESSIVE_NAME, withoutPossessives } from './name-words.js';

/**
 * Definite descriptions ("the spokeswoman said", "the sixth grader said", "the Linden Falls superintendent
 * said"): which person the copy introduced with that noun. Copy describes a person once, at or near their first
 * mention ("A spokesperson for X, Name, said", "a seventh grader named Name", "Name has driven a bus for 22
 * years"), and later calls them by the head noun alone, so the match is made against the words around each
 * person's mentions, not against a closed list of offices.
 */

/**
 * Common nouns by which copy refers back to a person it just named ("the Kirkwood mom told …", "the senior
 * said"), with the gender they carry.
 */
export const PERSON_NOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ...['mom', 'mother', 'grandmother', 'woman', 'girl', 'daughter', 'wife'].map((noun) => [noun, 'f'] as const),
  ...['dad', 'father', 'grandfather', 'man', 'boy', 'son', 'husband'].map((noun) => [noun, 'm'] as const),
  ...['parent', 'grandparent', 'teen', 'teenager', 'student', 'senior', 'junior', 'sophomore', 'freshman', 'resident', 'retiree', 'veteran', 'educator', 'graduate'].map(
    (noun) => [noun, null] as const,
  ),
]);

/** Kin nouns after "his"/"her", with the gender each carries. */
export const KIN: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ...['father', 'dad', 'son', 'brother', 'husband', 'grandfather', 'uncle'].map((noun) => [noun, 'm'] as const),
  ...['mother', 'mom', 'mum', 'daughter', 'sister', 'wife', 'grandmother', 'aunt'].map((noun) => [noun, 'f'] as const),
  ...['parent', 'grandparent'].map((noun) => [noun, null] as const),
]);

/** Nouns that name the same kind of person: a description may use any of them. */
const SYNONYM_GROUPS = [
  'spokesperson spokeswoman spokesman',
  'mother mom parent',
  'father dad parent',
  'grader student pupil',
  'chair chairman chairwoman chairperson',
  'teacher educator',
  'lawyer attorney counsel',
  // "the researcher said" after "Ilse Verhoeven, a sociolinguist at Radboud University": academics by their field.
  'researcher research scholar scientist economist sociologist sociolinguist linguist psychologist historian',
];
const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    const forms = group.split(' ');
    for (const form of forms) map.set(form, [...new Set([...(map.get(form) ?? [form]), ...forms])]);
  }
  return map;
})();

/** "Dolores Achterberg, whose grandson is a freshman" … "the grandmother said": a kin noun from the relation the copy gave. */
const INVERSE_KIN: ReadonlyMap<string, readonly string[]> = (() => {
  const grandchildren = ['whose grandson', 'whose granddaughter', 'whose grandchild', 'whose grandchildren', 'whose grandkids'];
  const children = ['whose son', 'whose daughter', 'whose child', 'whose children', 'whose kids', 'whose sons', 'whose daughters'];
  return new Map([
    ...['grandmother', 'grandfather', 'grandparent', 'grandma', 'grandpa'].map((noun) => [noun, grandchildren] as const),
    ...['mother', 'father', 'parent', 'mom', 'dad'].map((noun) => [noun, children] as const),
  ]);
})();

/** "the mother" for someone who "picked up her 9-year-old daughter": a child of their own, an age or one word between. */
const PARENTS = new Set(['mother', 'father', 'parent', 'mom', 'dad', 'mum']);
const OWN_CHILD = / (?:her|his|their) (?:[\p{L}\d-]+ )?(?:son|daughter|child|children|kids|sons|daughters|boy|girl) /u;

/** Ages and school years: copy uses them for the person just named even when it never wrote the noun before. */
export const AGE_OR_YEAR = /^(?:(?:\d+|[a-z]+)-)?year-old$|^(?:grader|pupil|kid|child|toddler|preschooler|kindergartner|teen|teenager)$|^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)-grader$/u;

/**
 * An open person noun: the agentive endings of English job and activity nouns (driver, lobbyist, librarian,
 * consultant). Words of those shapes that name no person are listed out.
 */
const AGENTIVE = /^\p{Ll}[\p{Ll}-]*(?:er|or|ist|ian|ant|ent|person|man|woman)$/u;
const NOT_PERSON = new Set([
  'other', 'others', 'latter', 'former', 'later', 'under', 'after', 'together', 'either', 'neither', 'order', 'center',
  'paper', 'letter', 'number', 'water', 'power', 'matter', 'answer', 'quarter', 'corner', 'minor', 'major', 'door',
  'floor', 'error', 'sector', 'factor', 'monitor', 'calendar', 'chapter', 'cluster', 'poster', 'member', 'semester',
  'report', 'statement', 'department', 'government', 'document', 'agreement', 'amendment', 'argument', 'comment',
  'parent', 'student', 'resident', 'moment', 'event', 'plan', 'human', 'guardian',
]);

/** Whether `word` can head a description of a person that the table may resolve. */
export function isPersonHead(word: string): boolean {
  return AGE_OR_YEAR.test(word) || (AGENTIVE.test(word) && !NOT_PERSON.has(word)) || OTHER_PERSON_NOUNS.has(word);
}

/** Person nouns the agentive endings miss ("advocate", "analyst", "fellow"). */
const OTHER_PERSON_NOUNS = new Set(['advocate', 'associate', 'fellow', 'intern', 'analyst', 'candidate', 'delegate', 'aide', 'expert', 'scholar', 'official', 'chaplain', 'activist', 'economist', 'psychologist', 'pediatrician', 'paediatrician', 'physician', 'nurse', 'coach', 'organiser', 'volunteer', 'staffer', 'alumnus', 'alumna', 'pastor', 'priest', 'rabbi', 'imam']);

/**
 * Whether a capitalised word opening a sentence before a name describes the person rather than being their given
 * name ("Librarian Jane Doe", "Sixth-former Ali Khan", "Parent Ana Ruiz"): an office, a person noun, or a
 * person-shaped noun. Any other unknown word there is a given name ("Luiz Fernando Souza").
 */
export function isDescriptorWord(word: string): boolean {
  const lower = word.toLowerCase();
  const last = lower.split('-').pop() ?? lower;
  return ROLE_NOUNS.has(lower) || PERSON_NOUNS.has(lower) || isPersonHead(lower) || ROLE_NOUNS.has(last) || PERSON_NOUNS.has(last) || isPersonHead(last) || TITLES.has(lower.replace(/\.$/u, ''));
}


/** How far back a description may reach for the person it describes. */
const REACH = 5000;

/**
 * The narration around a person's mentions: from the start of the sentence to the next person's mention or the
 * sentence end ("A spokesperson for Acme Corp, Jo Lee, said" describes Jo Lee even if Acme Corp was read as a
 * person; the later mention wins by recency). Folded, words separated by spaces.
 */
function around(table: SpeakerTable, person: PersonEntry, before: number): string {
  const others = table.people.filter((p) => p !== person).flatMap((p) => p.mentions);
  const parts: string[] = [];
  for (const at of person.mentions) {
    if (at >= before || before - at > REACH) continue;
    // A possessive mention ("… including Asante-Boateng’s proposal") is in a sentence about someone else.
    if (POSSESSIVE_NAME.test(table.narration.slice(at, at + 40))) continue;
    // Within the mention's paragraph: quotations are blanked, so a sentence that ends inside one has no full stop
    // and would otherwise run on into the next paragraph's description of someone else.
    const paragraphEnd = table.narration.indexOf('\n', at);
    let from = sentenceStart(table.narration, at, Math.max(0, at - 300, table.narration.lastIndexOf('\n', at) + 1));
    // Nor past the description itself ("Asked about Mr O'Dwyer's comments, the Elder said": O'Dwyer is no Elder).
    let to = Math.min(before, sentenceEnd(table.narration, at, Math.min(table.narration.length, at + 300, paragraphEnd < 0 ? Infinity : paragraphEnd)));
    // Only this person's stretch of the sentence: "A freshman, Kaito Mori, said he was stopped by Reyes" describes
    // Kaito, not Reyes, so the words before another person's mention belong to that person.
    for (const other of others) {
      if (other > at && other < to) to = other;
      if (other < at && other >= from) from = other + 1;
    }
    parts.push(table.narration.slice(from, to));
  }
  // A noun in the possessive names someone else: "shared the chief's frustration" does not describe the speaker as a chief.
  return ` ${fold(withoutPossessives(parts.join(' '))).replace(/[^\p{L}\d\s-]+/gu, ' ').replace(/\s+/gu, ' ')} `;
}

/** The word forms a description's head noun may take where the person was introduced. */
function formsOf(noun: string): string[] {
  const forms = [...(SYNONYMS.get(noun) ?? [noun]), ...(INVERSE_KIN.get(noun) ?? [])];
  // "the driver" for someone who "has driven a bus", "the teacher" for one who "started teaching".
  const stem = /^(\p{Ll}{3,}?)e?(?:r|or|er)$/u.exec(noun)?.[1];
  if (stem !== undefined && /(?:er|or)$/u.test(noun)) forms.push(`${stem}ing`, `${stem}en`, `${stem}es`, `${stem}s`, `${stem}e`, `${stem}ed`);
  return forms;
}

/**
 * The person a description fits: the most recently mentioned person (within reach, gender-compatible) with the
 * head noun, or a synonym or verb form of it, in the words around a mention; with `modifiers` ("Linden Falls",
 * "union", "committee"), one with those words too is preferred (required when `strict`). Undefined when nobody
 * fits.
 */
export function describedPerson(table: SpeakerTable, noun: string, modifiers: readonly string[], gender: 'm' | 'f' | null, before: number, strict = false): PersonEntry | undefined {
  const forms = formsOf(noun);
  const pool = table.people.filter((person) => gender === null || person.gender === null || person.gender === gender);
  const fits = pool
    .map((person) => ({ person, words: around(table, person, before) }))
    // ("Keisha Pruitt, whose daughter is a senior": the "whose" clause describes the daughter, so only a kin noun,
    // which "whose son" gives the parent, reads it.)
    .map((fit) => (INVERSE_KIN.has(noun) || !fit.words.includes(' whose ') ? fit : { person: fit.person, words: fit.words.replace(/ whose(?: [\p{L}\d-]+){1,6}/gu, ' ') }))
    .filter(({ words }) => forms.some((form) => words.includes(` ${form} `)) || (PARENTS.has(noun) && OWN_CHILD.test(words)));
  const qualified = fits.filter(({ words }) => modifiers.every((modifier) => words.includes(` ${fold(modifier)} `)));
  const chosen = modifiers.length > 0 && (qualified.length > 0 || strict) ? qualified : fits;
  let best: PersonEntry | undefined;
  let bestAt = -1;
  for (const { person } of chosen) {
    for (const at of person.mentions) {
      if (at < before && at > bestAt && before - at <= REACH) {
        best = person;
        bestAt = at;
      }
    }
  }
  return best;
}
