import { isSpeechVerbWord, ROLE_NOUNS } from './attribution-words.js';
import { AGE_OR_YEAR, isPersonHead, PERSON_NOUNS } from './descriptions.js';
import type { Word } from './name-words.js';

/**
 * What a capitalised run's surroundings say it is: a person (named again, described, introduced by a person noun or a
 * reporting verb), an organisation (an organisation appositive, a branch, a numbered unit, an acting acronym) or a
 * place (after "in"/"at", a building or street word). General English newsroom shapes; no article's names.
 */

/** Nouns for children an appositive may use ("one of the two boys"), with the gender they carry. */
export const CHILD_NOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([['boy', 'm'], ['girl', 'f'], ['kid', null], ['child', null], ['children', null], ['twin', null], ['sibling', null], ['student', null], ['pupil', null], ['classmate', null], ['grader', null], ['kindergartner', null], ['preschooler', null], ['toddler', null]]);

/** A weakly-read name is a person when the article names them again by surname or makes them speak. */
export function hasPersonEvidence(narration: string, name: string, start: number, end: number, before: Word | undefined): boolean {
  // Named again by a surname: the last word, or any word after the given name ("Yesenia Cárdenas Villarreal" …
  // "Cárdenas said", the Spanish first surname).
  // ("Ayşe Demirci's class" … "said Demirci": a possessive first mention is named again without its "'s".)
  for (const word of name.split(/\s+/).slice(1)) {
    const surname = word.replace(/['’]s$/u, '');
    if (surname.length < 3 || /^\p{Ll}+$/u.test(surname)) continue;
    if (occursTwice(narration, surname)) return true;
  }
  const next = narration.slice(end, end + 40);
  // ", a junior at …", ", who …", and an age (", 14,"): only people are described so.
  if (/^,\s+(?:a|an|the|who|\p{Ll}|\d{1,3},)/u.test(next)) return true;
  const verb = /^\s+(\p{Ll}+)/u.exec(next);
  if (verb !== null && isSpeechVerbWord(verb[1] ?? '')) return true;
  // "Ngozi Adebayo-Clarke is a political scientist at …": described as a person by "is a …".
  const copula = /^\s+(?:is|was)\s+(?:a|an|the)\s+([^,.;]{1,60})/u.exec(narration.slice(end, end + 80));
  const described = copula?.[1]?.split(/\s+(?:at|of|in|for|with|who|from|and)\s/u)[0]?.trim().split(/\s+/).pop();
  if (described !== undefined && (PERSON_NOUNS.has(described) || ROLE_NOUNS.has(described) || isPersonHead(described))) return true;
  // "One is the mother of one of the boys, Latoya Gaines.": a name set off after a description of a person.
  if (describedBeforeComma(narration, start)) return true;
  // "Ayanda Mkhize sees it differently. The 19-year-old from Pietermaritzburg failed …": the next sentence opens by
  // describing the person just named.
  const following = /^[^.!?\n]{0,160}[.!?]\s+The\s+([\p{Ll}\d][\p{L}\d-]*)/u.exec(narration.slice(end, end + 200))?.[1];
  if (following !== undefined && (AGE_OR_YEAR.test(following) || PERSON_NOUNS.has(following))) return true;
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
export const RELATIONS = new Set(['classmate', 'classmates', 'friend', 'neighbor', 'neighbour', 'colleague', 'cousin', 'sister', 'brother', 'aunt', 'uncle', 'niece', 'nephew', 'coach', 'teammate', 'roommate', 'partner', 'granddaughter', 'grandson', 'stepdaughter', 'stepson', 'fiancee', 'fiance', 'boss', 'deputy']);

/**
 * "the Mid-Plains chapter of the American Association of University Professors", "the Ohio branch of the NAACP": a
 * named branch written before the organisation's name, which together name the one speaking.
 */
export function branchBefore(narration: string, start: number): { text: string; start: number } | undefined {
  // Most runs are not after "of": leave before the regex.
  const tail = narration.slice(Math.max(0, start - 8), start);
  if (!tail.endsWith('of ') && !tail.endsWith('the ')) return undefined;
  const match = /(?:^|[\s(])((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:chapter|branch|affiliate|local|division)\s+of\s+(?:the\s+)?)$/u.exec(narration.slice(Math.max(0, start - 60), start));
  const text = match?.[1];
  return text === undefined ? undefined : { text, start: start - text.length };
}

/** A numbered unit of an organisation (", Lodge 17", ", Local 1000"), written after its name. */
export const UNIT_AFTER = /^,\s+(?:Lodge|Local|Chapter|Post|Branch|Council|Division|District)\s+\d+(?=[,.;])/u;

export const UNIT_WORD = /^(?:Lodge|Local|Chapter|Post|Branch|Council|Division|District)$/u;

/** Verbs after which a sentence-opening acronym is an organisation acting ("SEPTA did not take a position"). */
export const ACRONYM_VERBS = new Set(['did', 'does', 'has', 'had', 'is', 'was', 'will', 'would', 'declined', 'announced', 'plans', 'spokesperson', 'spokeswoman', 'spokesman', 'officials', 'leaders']);

/** A place after "in"/"at"/"from"/"near" and a comma, before another part of the place ("from Salthill, Co Galway"). */
export const PLACE_THEN_COMMA = /(?:^|\s)(?:in|at|from|near)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s+$/u;

/** First words of place names that given-name lists may also hold ("North", "Lake", "San"). */
export const PLACE_OPENERS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'New', 'Port', 'Fort', 'Lake', 'Mount', 'Mt.', 'San', 'Santa', 'Saint', 'St.', 'Los', 'Las', 'El', 'Little', 'Upper', 'Lower', 'Glen', 'Bay', 'Cape', 'Co', 'County']);

/** Last words of the names of buildings, streets and grounds. */
export const PLACE_WORDS = new Set(['hall', 'tower', 'towers', 'building', 'house', 'gym', 'gymnasium', 'stadium', 'arena', 'field', 'park', 'street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'square', 'plaza', 'commons', 'auditorium', 'chapel', 'pavilion', 'library', 'center', 'centre', 'courthouse', 'mall']);

/** Nouns that head an appositive describing an organisation (", a Denver-based firm that …"). */
// Only nouns no person is called: "a fish vendor" or "a developer" may be a person.
const ORG_APPOSITIVE_HEADS = new Set(['firm', 'company', 'nonprofit', 'non-profit', 'charity', 'startup', 'start-up', 'chain', 'organization', 'organisation', 'group', 'agency', 'coalition', 'network', 'union', 'tank', 'institute', 'foundation', 'association', 'business', 'corporation', 'manufacturer', 'consultancy', 'district', 'school', 'college', 'university', 'campaign', 'movement', 'federation', 'confederation', 'alliance', 'council', 'body', 'society', 'league', 'lobby', 'consortium', 'regulator', 'watchdog', 'cooperative']);

/** Whether `word` is a noun only an organisation is called ("the charity Youth Rights Yorkshire", "advocacy group X"). */
export function isOrgHeadNoun(word: string): boolean {
  return ORG_APPOSITIVE_HEADS.has(word);
}

export function describesOrg(narration: string, end: number): boolean {
  const match = /^,\s+(?:a|an|the)\s+([^,.;]{1,80})/u.exec(narration.slice(end, end + 100));
  if (match === null) return false;
  const phrase = (match[1] ?? '').split(/\s+(?:from|at|in|of|who|whose|with|on|for|that|which|based|near|outside|serving)\s/u)[0] ?? '';
  return ORG_APPOSITIVE_HEADS.has(phrase.split(/\s+/).pop() ?? '');
}

/** Whether `word` stands as a whole word at least twice in `text` (indexOf, not a regex built per call: this runs per run). */
function occursTwice(text: string, word: string): boolean {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + word.length] ?? '')) continue;
    count += 1;
    if (count > 1) return true;
  }
  return false;
}
