import { ROLE_NOUNS, SPEECH_VERB } from './attribution-words.js';
import { describedPerson, isPersonHead, KIN, PERSON_NOUNS } from './descriptions.js';
import { nearbyOrg, resolveReference, SPOKES } from './references.js';
import type { Entry, OrgEntry, PersonEntry, SpeakerTable } from './speaker-table.js';
import { sentenceEnd, sentenceStart } from './text-layout.js';
import { fold } from '../text/fold.js';

/**
 * Who a he/she stands for when the last person named is not the answer: the reporting subject of the sentence that
 * named them, a person described as a sentence's subject ("the mother sits …"), or nobody the article names ("A
 * teacher, who asked that her name not be used, told …").
 */

/**
 * "Jasmine Xu-Lam, who takes French, said she signed after Aroha Te Whata-Ngata spoke. … “…,” she said.": a pronoun
 * goes to the subject of the sentence that last named someone it fits, when that subject is the one reporting there
 * (named, then a reporting verb), rather than to someone named later in the same sentence.
 */
export function reportingSubject(table: SpeakerTable, pool: readonly Entry[], last: Entry, before: number): Entry | undefined {
  const at = Math.max(...last.mentions.filter((mention) => mention < before));
  // The last one named reports too ("— something Ms Le says her son's school never offered"): then they are meant.
  if (OWN_REPORT.test(table.narration.slice(at, at + 40))) return undefined;
  // Quotations are blanked in the narration, so a sentence ending inside one leaves no full stop: stay in the paragraph.
  const start = sentenceStart(table.narration, at, Math.max(0, at - 400, table.narration.lastIndexOf('\n', at) + 1));
  const others = table.people.flatMap((person) => person.mentions);
  let best: Entry | undefined;
  let bestAt = Infinity;
  for (const entry of pool) {
    // Only someone the article shows to fit the pronoun: a person of unknown gender is no better than the last one named.
    if (entry === last || (entry.kind === 'person' && entry.gender === null)) continue;
    for (const mention of entry.mentions) {
      if (mention < start || mention >= at || mention >= bestAt) continue;
      // The candidate's reporting verb may come after the last name too ("Fugate, who has served alongside
      // Mullins, said she …"), so read to the end of the sentence.
      const between = table.narration.slice(mention, Math.min(before, sentenceEnd(table.narration, mention, before)));
      const verb = REPORTING.exec(between);
      // The verb must be the candidate's own: close after the name, no one else named between except inside an
      // aside (", who has served alongside Mullins for a decade,").
      const lead = verb === null ? '' : between.slice(0, verb.index);
      // "Ogunleye asked Farah whether … “…,” he replied": the one asked answers, so the asker is not meant.
      if (verb !== null && /^ask/u.test(verb[0].trim().split(/\s+/).pop() ?? '') && /\basked\s+$/u.test(table.narration.slice(mention, at))) continue;
      const aside = /^[^,]*?,\s*(?:who|whose|which|a|an|the)\b[^,]*,\s*$/u.exec(lead) === null ? null : [mention + lead.indexOf(','), mention + lead.length];
      const blocked = others.some((other) => other > mention && other < mention + lead.length && !(aside !== null && other > (aside[0] ?? 0) && other < (aside[1] ?? 0)));
      if (verb !== null && lead.split(/\s+/).length <= 16 && !blocked) {
        best = entry;
        bestAt = mention;
      }
    }
  }
  return best;
}

const REPORTING = new RegExp(SPEECH_VERB.source, 'u');
/** "Her mother said", "His father told": a relative of the last one named, opening a sentence. */
const KIN_SUBJECT = new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)(Her|His)\\s+(${[...KIN.keys()].join('|')})\\s+(?![,A-Z])`, 'gu');
/** A name and then its own reporting verb: "Le says", "Tran-Delgado said". */
const OWN_REPORT = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:says|said|tells|told|adds|added)(?![\p{L}])/u;

/** The person a sentence-opening "the mother", "the grandmother", "the freshman" between `from` and `to` stands for. */
export function describedSubjectBetween(table: SpeakerTable, from: number, to: number, gender: 'm' | 'f'): PersonEntry | undefined {
  const text = table.narration.slice(from, to);
  let found: PersonEntry | undefined;
  // "The Yerawada mother", "the Kirkwood mom": a place of one or two capitalised words may qualify the noun.
  const clauseStart = /(?:^|[.!?]\s+|\n\s*|,\s+(?:(?:though|but|and|while|although|whereas)\s+)?)(?:The|the)\s+(?:([\p{L}-]+)['’]s\s+)?(?:(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?=\p{Ll}))?([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/gu;
  for (const raw of text.matchAll(clauseStart)) {
    const at = from + raw.index;
    const place = raw[2];
    const match = [raw[0], raw[1], raw[3], raw[4]];
    // "the Elder said", "the Minister said": a capitalised person noun or office, not a place before one.
    const capitalNoun = place?.includes(' ') === false ? place.toLowerCase() : undefined;
    if (capitalNoun !== undefined && (PERSON_NOUNS.has(capitalNoun) || isPersonHead(capitalNoun) || ROLE_NOUNS.has(capitalNoun)) && ![raw[3], raw[4]].some((word) => word !== undefined && (PERSON_NOUNS.has(word) || isPersonHead(word) || ROLE_NOUNS.has(word)))) {
      match[2] = capitalNoun;
      match[3] = undefined;
    }
    const qualifier = match[2] === capitalNoun ? undefined : place;
    // "the mother sits", "the young mother sits": the noun is the first or second word, not followed by "of".
    const noun = [match[2], match[3]].find((word) => word !== undefined && (PERSON_NOUNS.has(word) || isPersonHead(word) || ROLE_NOUNS.has(word))) ?? '';
    if (noun === '' || (noun === match[2] && match[3] === 'of')) continue;
    const cue = PERSON_NOUNS.get(noun) ?? null;
    if (cue !== null && cue !== gender) continue;
    // "the association's director was less confident": an office, qualified by whose it is.
    const resolved = ROLE_NOUNS.has(noun)
      ? resolveReference(table, { kind: 'role-noun', noun, at, modifiers: match[1] === undefined ? [] : [fold(match[1])] }, at)?.entry
      : describedPerson(table, noun, qualifier === undefined ? [] : qualifier.split(/\s+/u), gender, at, qualifier !== undefined);
    if (resolved !== undefined && resolved !== null && resolved.kind === 'person' && (resolved.gender === null || resolved.gender === gender)) found = resolved;
  }
  // "Her mother said she had started looking at other schools. “…,” she said.": a relative opening a sentence.
  for (const match of text.matchAll(KIN_SUBJECT)) {
    const noun = match[2] ?? '';
    if ((KIN.get(noun) ?? gender) !== gender) continue;
    const at = from + match.index + match[0].indexOf(match[1] ?? '');
    const resolved = resolveReference(table, { kind: 'kin', noun, possessor: match[1] === 'His' ? 'm' : 'f', at }, at)?.entry;
    if (resolved !== undefined && resolved !== null && resolved.kind === 'person' && (found === undefined || Math.max(...found.mentions.filter((m) => m < to)) < at)) found = resolved;
  }
  return found;
}

/** A preposition of place (and "the") right before a mention: "in North Miami", "at the Holy Family". */
export const OBLIQUE_BEFORE = /(?:^|\s)(?:in|at|from|near|inside|outside|across|around)\s+(?:the\s+)?$/iu;

/**
 * "A high school teacher, who asked that her name not be used, told The Associated Press … “…,” she said.": after
 * the last named person, a sentence whose subject is an unnamed person ("A …", "One …", "Another …" and a person noun)
 * who reports something; a pronoun then means that unnamed person, whom the article does not name.
 */
export function unnamedSpeakerBetween(table: SpeakerTable, from: number, to: number): boolean {
  const text = table.narration.slice(from, to);
  for (const match of text.matchAll(/(?:^|[.!?]\s+|\n\s*)(?:A|An|One|Another)\s+((?:[\p{Ll}-]+\s+){0,4})([\p{Ll}-]+)/gu)) {
    const words = [...(match[1] ?? '').trim().split(/\s+/).filter(Boolean), match[2] ?? ''];
    const head = words.find((word) => PERSON_NOUNS.has(word) || PERSON_NOUNS.has(word.replace(/s$/u, '')) || (ROLE_NOUNS.has(word) && !SPOKES.has(word)) || isPersonHead(word));
    if (head === undefined || words.some((word) => SPOKES.has(word))) continue;
    const sentence = text.slice(match.index + match[0].length, text.slice(match.index + match[0].length).search(/[.!?]\s/u) + match.index + match[0].length + 1);
    // "A sophomore who says she watched the arrest, Hailey Ferreira, says …": the description is then named.
    const sentenceAt = from + match.index + match[0].length;
    if (table.people.some((person) => person.mentions.some((at) => at >= sentenceAt && at < sentenceAt + sentence.length))) continue;
    if (REPORTING.test(sentence)) return true;
  }
  return false;
}

/**
 * "A Scottish Government spokeswoman said ministers remained committed. … “…,” she said.": after the last person of
 * that gender, an unnamed spokesperson reported something; the pronoun is theirs, and they speak for the organisation
 * named with them (or the one named just before).
 */
export function spokespersonBetween(table: SpeakerTable, from: number, to: number): OrgEntry | undefined {
  const text = table.narration.slice(from, to);
  let found: OrgEntry | undefined;
  for (const match of text.matchAll(/(?:^|[.!?]\s+|\n\s*)(?:A|An)\s+([^.!?\n]{0,80}?)spokes(?:woman|man|person)\b[^.!?\n]*?\b(?:said|says|told|added|wrote)\b/gu)) {
    const at = from + match.index;
    const end = at + match[0].length;
    // "A spokesperson for the department, Jonah Feld, said": a named spokesperson is a person like any other.
    if (table.people.some((person) => person.mentions.some((mention) => mention >= at && mention < end))) continue;
    const named = table.orgs.filter((org) => org.mentions.some((mention) => mention >= at && mention < end));
    found = named[0] ?? nearbyOrg(table, end);
  }
  return found;
}

/** "A senior official at the Department for Education": an unnamed official, and the organisation right after. */
const OFFICIAL_NOUN = /official|representative|aide|source/u;
const UNNAMED_OFFICIAL = new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)(?:A|An|One|Another)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${OFFICIAL_NOUN.source})\\s+(?:at|of|for|with|from|in)\\s+(?:the\\s+)?`, 'gu');

/**
 * "A senior official at the Department for Education, who was not authorised to speak publicly, is blunt about why.
 * “…,” he says.": an unnamed official speaks for the organisation named with them, as an unnamed spokesperson does.
 * The last such organisation in `[from, to)`, if any.
 */
export function officialsOrgBetween(table: SpeakerTable, from: number, to: number): OrgEntry | undefined {
  let found: OrgEntry | undefined;
  const text = table.narration.slice(from, to);
  // Run for every pronoun and unattributed quote: the regex only where one of its nouns occurs.
  if (!OFFICIAL_NOUN.test(text)) return undefined;
  for (const match of text.matchAll(UNNAMED_OFFICIAL)) {
    const at = from + match.index + match[0].length;
    found = table.orgs.find((org) => org.mentions.includes(at)) ?? found;
  }
  return found;
}
