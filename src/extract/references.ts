import { COMMON_NOUN_ACRONYMS, isSpeechVerbWord, ORG_NOUN_KINDS, ORG_NOUNS, PRONOUNS, ROLE_NOUNS } from './attribution-words.js';
import { documentAuthor } from './document-authors.js';
import { describedSubjectBetween, OBLIQUE_BEFORE, officialsOrgBetween, reportingSubject, spokespersonBetween, unnamedSpeakerBetween } from './pronoun-antecedents.js';
import { PARTY_TAG, POSSESSIVE_NAME, withoutPossessives, withoutPossessor, type Word } from './name-words.js';
import { nameRuns } from './name-runs.js';
import { readRun } from './name-phrase.js';
import { branchBefore } from './entity-shapes.js';
import { formsOf, lookupName } from './name-lookup.js';
import { looksLikeName, type Entry, type OrgEntry, type PersonEntry, type SpeakerTable } from './speaker-table.js';
import { AGE_OR_YEAR, describedPerson, isPersonHead, KIN, PERSON_NOUNS } from './descriptions.js';
import { fold } from '../text/fold.js';
import { sentenceStart } from './text-layout.js';

/**
 * References to people in narration: names, pronouns, "the district". `at` is the offset of the reference, used
 * for recency.
 */
export type Reference =
  | { readonly kind: 'entry'; readonly entry: Entry; readonly at: number }
  | { readonly kind: 'name'; readonly name: string; readonly at: number }
  | { readonly kind: 'pronoun'; readonly gender: 'm' | 'f' | 'plural'; readonly at: number }
  | { readonly kind: 'org-noun'; readonly noun: string; readonly at: number }
  | { readonly kind: 'role-noun'; readonly noun: string; readonly at: number; readonly modifiers?: readonly string[] }
  | { readonly kind: 'descriptor'; readonly noun: string; readonly gender: 'm' | 'f' | null; readonly at: number; readonly open?: boolean }
  | { readonly kind: 'document'; readonly noun: string; readonly at: number }
  | { readonly kind: 'kin'; readonly noun: string; readonly possessor: 'm' | 'f'; readonly at: number };

export const SPOKES: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
/** The org-noun of "a spokesperson said": whichever organisation the article named last, if it did so just before. */
const SPOKESPERSON = '*spokesperson';
const SPOKESPERSON_REACH = 400;
/** "A Queensland Police Service spokesperson", "a board spokeswoman": group 1 a name, group 2 an organisation noun. */
const SPOKESPERSON_INTRO = /\b[Aa]n?\s+(?:(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})|(\p{Ll}+))\s+spokes(?:person|man|woman)\b/gu;

/** Words that may stand between "the" and an office without changing whose office it is ("the state superintendent"). */
const ROLE_QUALIFIERS = new Set(['state', 'former', 'county', 'city', 'district', 'school', 'board', 'acting', 'interim', 'new', 'district’s', "district's"]);

/** Whether a name follows the word at `index` ("his daughter Kenzie", "his daughter, Kenzie"). */
const namedAfter = (list: readonly Word[], index: number): boolean =>
  /^\p{Lu}/u.test(list[index + 1]?.text ?? '') || (list[index + 1]?.text === ',' && /^\p{Lu}/u.test(list[index + 2]?.text ?? ''));

/** Things that speak for their author in attributions ("the statement said", "the letter reads"). */
const DOCUMENTS = new Set(['statement', 'letter', 'email', 'e-mail', 'memo', 'release', 'post', 'message', 'note', 'submission', 'report', 'testimony', 'petition']);
/** Offices qualified into a different office: "the chancellor" is not "the deputy chancellor". */
const SECOND_IN_COMMAND = /(?:^|\s)(?:deputy|assistant|vice|associate|acting)$/u;

/** Names of laws and rules, which organisation words ("Act", "Code") make look like organisations. */
const LEGAL_INSTRUMENT = /\s(?:Act|Bill|Law|Amendment|Code|Constitution|Statute|Regulations?|Rules?)$/u;

/** "She’s", "He'd", "They’re": a pronoun and a contracted verb, not a name at a sentence's start. */
const PRONOUN_CONTRACTION = /^(?:he|she|they)['’](?:s|d|ll|re|ve)$/iu;

/** A legislator's party and home ("D-Fairfax", "R-Ohio", "I-Vt."): it follows a name and is never one. */


/** The references in `narration[from, to)`, in reading order. */
export function referencesIn(table: SpeakerTable, from: number, to: number): Reference[] {
  if (to <= from) return [];
  const list = wordsBetween(table, from, to);
  const refs: Reference[] = [];
  const described = describedPeople(list);
  for (const ref of described) refs.push(ref.ref);
  for (const run of nameRuns(list)) {
    // "the Kirkwood mom": the place word describes the person referred back to; it is no speaker of its own.
    if (described.some((d) => run.start >= d.from && run.end <= d.from + d.length)) continue;
    // "the Linden Falls superintendent": a place qualifying an office is part of the office reference.
    const office = /^ (\p{Ll}+)/u.exec(table.narration.slice(run.end, run.end + 24))?.[1];
    if (office !== undefined && ROLE_NOUNS.has(office) && /(?:^|\s)[Tt]he $/u.test(table.narration.slice(Math.max(0, run.start - 5), run.start))) continue;
    // "Mid-Plains" in "the Mid-Plains chapter of the …": part of the branch's name, read with the organisation.
    if (/^\s+(?:chapter|branch|affiliate|local|division)\s+of\s/u.test(table.narration.slice(run.end, run.end + 20))) continue;
    const reading = readRun(run);
    if (PARTY_TAG.test(reading.name) || PRONOUN_CONTRACTION.test(reading.name)) continue;
    // "the Minister said", "the Chancellor said": British and Irish copy capitalise an office standing for its holder.
    if (reading.kind === 'single' && ROLE_NOUNS.has(reading.name.toLowerCase()) && /(?:^|\s)the $/u.test(table.narration.slice(Math.max(0, run.start - 5), run.start))) {
      refs.push({ kind: 'role-noun', noun: reading.name.toLowerCase(), at: run.start - 4, modifiers: [] });
      continue;
    }
    // ", Lodge 17," after an organisation's name is part of that name, not a speaker of its own.
    if (/^(?:Lodge|Local|Chapter|Post|Branch|Council|Division|District)$/u.test(reading.name) && /,\s*$/u.test(table.narration.slice(Math.max(0, run.start - 3), run.start)) && /^\s+\d/u.test(table.narration.slice(run.end, run.end + 3))) continue;
    if (reading.kind === 'person') {
      const entry = lookupName(table, reading.name, reading.start);
      refs.push(entry !== undefined ? { kind: 'entry', entry, at: reading.start } : { kind: 'name', name: reading.name, at: reading.start });
    } else {
      const branch = reading.kind === 'org' ? branchBefore(table.narration, reading.start) : undefined;
      const entry = (branch === undefined ? undefined : lookupName(table, `${branch.text}${reading.name}`, branch.start)) ?? lookupName(table, reading.name, reading.start);
      if (entry !== undefined) refs.push({ kind: 'entry', entry, at: reading.start });
      else if (reading.kind === 'org') refs.push({ kind: 'name', name: withoutPossessor(reading.name), at: reading.start });
      else if (looksLikeName(reading.name) && !/^\p{Lu}+$/u.test(reading.name)) refs.push({ kind: 'name', name: reading.name, at: reading.start });
    }
  }
  list.forEach((word, index) => {
    // "The federation's letter": an organisation noun with its possessive, before a document it issued, is the
    // organisation speaking ("the committee's co-chair" is not: the co-chair is).
    const possessive = (word.text.endsWith("'s") || word.text.endsWith('’s')) && DOCUMENTS.has(list[index + 1]?.text.toLowerCase() ?? '');
    const lower = possessive ? word.text.toLowerCase().replace(/['’]s$/u, '') : word.text.toLowerCase();
    // "She’s against voting “…”": a pronoun with a contracted verb is the pronoun.
    const gender = PRONOUNS.get(PRONOUN_CONTRACTION.test(lower) ? lower.replace(/['’]\p{L}+$/u, '') : lower);
    if (gender !== undefined) refs.push({ kind: 'pronoun', gender, at: word.start });
    // "It said in a news release …", "It also warns": "it" right before a reporting verb stands for an organisation, like "they".
    else if (lower === 'it' && isSpeechVerbWord(/^\s+(?:(?:also|then|later|further|again)\s+)?(\p{L}+)/u.exec(table.narration.slice(word.end, word.end + 30))?.[1] ?? '')) refs.push({ kind: 'pronoun', gender: 'plural', at: word.start });
    const previous = list[index - 1];
    // "the union president said": the organisation noun qualifies the office and is not the speaker.
    const office = list[index + 1]?.text ?? '';
    // "the district spokesperson" speaks for the district, unless the copy introduced a person by those words
    // ("A spokesperson for the union, Sam Lee, said" … "the union spokesperson said").
    const qualifiesOffice = ROLE_NOUNS.has(office) && (!SPOKES.has(office) || (previous !== undefined && describedPerson(table, office, [lower], null, previous.start, true) !== undefined));
    if ((ORG_NOUNS.has(lower) || COMMON_NOUN_ACRONYMS.has(word.text)) && previous !== undefined && /^(?:the|its)$/i.test(previous.text) && (/^\p{Ll}/u.test(word.text) || COMMON_NOUN_ACRONYMS.has(word.text)) && !qualifiesOffice) {
      refs.push({ kind: 'org-noun', noun: lower, at: previous.start });
    } else if (ORG_NOUNS.has(lower) && /^\p{Ll}/u.test(word.text) && !qualifiesOffice && /^\p{Ll}+$/u.test(previous?.text ?? '') && !ORG_NOUNS.has(previous?.text ?? '')) {
      // "the state education department", "the county school district": one or two describing words after "the".
      const article = [list[index - 2], list[index - 3]].find((candidate, k) => /^(?:the|The)$/u.test(candidate?.text ?? '') && (k === 0 || /^\p{Ll}+$/u.test(list[index - 2]?.text ?? '')));
      // The describing word may be one of the organisation's own ("the activities association" for the Arkansas
      // Activities Association).
      const describing = previous?.text ?? '';
      const own = table.orgs.some((org) => formsOf(org).key.split(/\s+/).includes(describing));
      if (article !== undefined && (own || /^(?:state|county|city|district|school|education|federal|national|local|regional|provincial|teachers|teachers'|parents)$/u.test(describing))) refs.push({ kind: 'org-noun', noun: lower, at: article.start });
    }
    if (SPOKES.has(lower) && previous !== undefined) {
      // "A spokesperson said", "a district spokeswoman said": someone speaking for an organisation just named.
      const kind = ORG_NOUNS.has(previous.text.toLowerCase()) ? previous.text.toLowerCase() : '';
      const article = kind === '' ? previous : list[index - 2];
      const next = list[index + 1];
      const named = next !== undefined && (/^\p{Lu}/u.test(next.text) || (next.text === ',' && /^\p{Lu}/u.test(list[index + 2]?.text ?? '')));
      // "A CPS spokesperson said": an organisation's name or acronym before the noun is whom they speak for.
      const namedOrg = kind === '' && /^\p{Lu}/u.test(previous.text) ? lookupName(table, previous.text, previous.start) : undefined;
      if (namedOrg?.kind === 'org' && article !== undefined && /^(?:a|an)$/i.test(article.text) && !named) refs.push({ kind: 'entry', entry: namedOrg, at: article.start });
      else if (article !== undefined && /^(?:a|an)$/i.test(article.text) && !named && !/^(?:for|of|with|at)$/u.test(next?.text ?? '')) {
        refs.push({ kind: 'org-noun', noun: kind === '' ? SPOKESPERSON : kind, at: article.start });
      }
    }
    // "“She's not kidding,” her father said": the relative of the person a his/her stands for.
    if (KIN.has(lower) && previous !== undefined && /^(?:his|her|His|Her)$/u.test(previous.text) && !namedAfter(list, index)) {
      refs.push({ kind: 'kin', noun: lower, possessor: previous.text.toLowerCase() === 'his' ? 'm' : 'f', at: previous.start });
    }
    if (DOCUMENTS.has(lower) && previous !== undefined && /^the$/i.test(previous.text)) {
      // "“…,” the statement said": whoever the article said issued the statement.
      refs.push({ kind: 'document', noun: lower, at: previous.start });
    }
    if (ROLE_NOUNS.has(lower) && /^\p{Ll}/u.test(word.text)) {
      // "the governor said": an office standing for the person the article gave it to. Not when a name
      // follows ("the superintendent, Paul Ferraro, said"): then the name is the reference.
      // Up to two words may qualify the office ("the deputy chancellor", "the district's general counsel").
      let k = index - 1;
      const modifiers: string[] = [];
      // A place before the office ("the Linden Falls superintendent") qualifies it too; capitalised, it must
      // still be preceded by "the" to count (checked below).
      while (k >= 0 && modifiers.length < 3 && /^[\p{Ll}\p{Lu}][\p{L}'’-]*$/u.test(list[k]?.text ?? '') && !/^(?:the|its|The|Its)$/u.test(list[k]?.text ?? '') && (k === index - 1 || list[k + 1]?.start === (list[k]?.end ?? 0) + 1)) {
        const modifier = (list[k] as { text: string }).text;
        if (!ROLE_QUALIFIERS.has(modifier) && !/['’]s?$/u.test(modifier)) modifiers.unshift(modifier);
        k -= 1;
      }
      const article = list[k];
      const next = list[index + 1];
      const named = next !== undefined && (/^\p{Lu}/u.test(next.text) || (next.text === ',' && /^\p{Lu}/u.test(list[index + 2]?.text ?? '')));
      if (article !== undefined && /^(?:the|its)$/i.test(article.text) && !named) refs.push({ kind: 'role-noun', noun: lower, at: article.start, modifiers });
    }
  });
  return refs.sort((a, b) => a.at - b.at);
}

/** A resolved speaker: the name to show, the role, and the table entry it came from (for recency updates). */
export interface ResolvedSpeaker {
  readonly name: string;
  readonly role: string | null;
  readonly entry: Entry | null;
}

/**
 * Resolves a reference at offset `before`: pronouns go to the most recently mentioned person of a compatible
 * gender (people whose gender the article never shows fit either), "they" and "the district" to the most
 * recently mentioned organisation that fits.
 */
export function resolveReference(table: SpeakerTable, ref: Reference, before: number): ResolvedSpeaker | null {
  switch (ref.kind) {
    case 'entry':
      return { name: ref.entry.name, role: ref.entry.kind === 'person' ? ref.entry.role : null, entry: ref.entry };
    case 'name':
      return { name: ref.name, role: null, entry: null };
    case 'pronoun': {
      // An act or a bill does not speak: "it said" is never the Labour Standards Act.
      const fitting: readonly Entry[] = ref.gender === 'plural' ? table.orgs.filter((org) => !LEGAL_INSTRUMENT.test(org.name)) : table.people.filter((p) => p.gender === null || p.gender === ref.gender);
      // A he/she stands for someone the article has made a subject at least once; a name only ever read after "in",
      // "at" or "from" ("a school in North Miami") is a place the name grammar could not tell from a person.
      // (A name after "from" that a "who" clause describes is a person: "a letter … from Eleanor Whitcomb, who ran the library".)
      const subjects = ref.gender === 'plural' ? fitting : fitting.filter((p) => p.mentions.some((at) => !OBLIQUE_BEFORE.test(table.narration.slice(Math.max(0, at - 12), at)) || WHO_AFTER.test(table.narration.slice(at + p.name.length, at + p.name.length + 8))));
      const pool = subjects.length > 0 ? subjects : fitting;
      const last: Entry | undefined = latestAsSubject(table, pool, before);
      const since = last === undefined ? -1 : latestMention(last, before);
      if (last !== undefined && ref.gender !== 'plural' && unnamedSpeakerBetween(table, since, before)) return null;
      const spokesperson = last === undefined || ref.gender === 'plural' ? undefined : (spokespersonBetween(table, since, before) ?? officialsOrgBetween(table, since, before));
      if (spokesperson !== undefined) return { name: spokesperson.name, role: null, entry: spokesperson };
      // "Back at Roosevelt, the mother sits with her arms crossed. … “…,” she recalls.": a person described as the
      // subject of a sentence after the last one named.
      const described = last === undefined || ref.gender === 'plural' ? undefined : describedSubjectBetween(table, since, before, ref.gender);
      if (described !== undefined) return { name: described.name, role: described.role, entry: described };
      // "He said he had asked Keoni Makaʻala … “…,” he said.", "He and Halvorsen have spoken …, and he said …": the last
      // name sits in a sentence whose subject is this same pronoun, so the pronoun goes on meaning what that one meant.
      const opening = last === undefined || ref.gender === 'plural' ? undefined : openingPronoun(table, since, ref.gender);
      // (Not after "She asked Ibarra-Dávila whether …": the one asked gives the answer.)
      if (opening !== undefined && !/^(?:He|She)\s+(?:then\s+|also\s+)?asked\s*$/u.test(table.narration.slice(opening, since))) {
        const earlier = resolveReference(table, { kind: 'pronoun', gender: ref.gender, at: opening }, opening);
        if (earlier !== null && earlier.entry !== null && earlier.entry !== last) return earlier;
      }
      const entry: Entry | undefined = last === undefined ? undefined : (reportingSubject(table, pool, last, before) ?? last);
      return entry === undefined ? null : { name: entry.name, role: entry.kind === 'person' ? entry.role : null, entry };
    }
    case 'org-noun': {
      if (ref.noun === SPOKESPERSON) {
        const entry = latest(table.orgs, before);
        const near = entry !== undefined && entry.mentions.some((at) => at < before && before - at <= SPOKESPERSON_REACH);
        return entry === undefined || !near ? null : { name: entry.name, role: null, entry };
      }
      const kinds = ORG_NOUN_KINDS.get(ref.noun) ?? [ref.noun];
      // Or one the copy introduced with that noun ("The charity Inclusion Matters" … "the charity also urged").
      const fits = table.orgs.filter((org) => {
        const name = fold(org.name);
        return name.includes(ref.noun) || kinds.some((kind) => new RegExp(`\\b${kind}\\b`).test(name)) || introducedAs(table, org, ref.noun);
      });
      // The organisation whose own word is the noun first ("the union" → "X Teachers Union" over "X Association").
      const exact = latest(fits.filter((org) => fold(org.name).includes(ref.noun)), before);
      // "SEPTA did not take a position. In a statement, the authority said": with no organisation of that kind,
      // the one named just before (within a sentence or two) is meant.
      // "Universities Australia said … “…,” the group said": any organisation may be called a group, so the one
      // named just before beats one further back whose name merely has a group-like word ("Renters Action Network").
      // (The one that opened a recent sentence first: "… has written to the Minister of Basic Education" names the
      // ministry only as the one written to.)
      const near = GENERIC_ORG_NOUNS.has(ref.noun) ? nearbyOrg(table, before, 200) : undefined;
      const object = near !== undefined && AFTER_OBJECT_PREPOSITION.test(table.narration.slice(Math.max(0, latestMention(near, before) - 12), latestMention(near, before)));
      const nearby = GENERIC_ORG_NOUNS.has(ref.noun) ? (near === undefined || object ? (latestOpening(table, before, 700) ?? near) : near) : undefined;
      const entry = nearby ?? exact ?? latest(fits, before) ?? nearbyOrg(table, before);
      return entry === undefined ? null : { name: entry.name, role: null, entry };
    }
    case 'document':
      return documentAuthor(table, ref.noun, ref.at);
    case 'kin': {
      const possessor = latestAsSubject(table, table.people.filter((p) => p.gender === null || p.gender === ref.possessor), before);
      if (possessor === undefined || possessor.kind !== 'person') return null;
      const gender = KIN.get(ref.noun) ?? null;
      // Family shares a surname far more often than not; a relative the copy named without it is not guessed.
      const relatives = table.people.filter((p) => p !== possessor && formsOf(p).surname === formsOf(possessor).surname && (gender === null || p.gender === null || p.gender === gender));
      const entry = latest(relatives, before);
      return entry === undefined ? null : { name: entry.name, role: entry.role, entry };
    }
    case 'descriptor': {
      const pool = table.people.filter((person) => ref.gender === null || person.gender === null || person.gender === ref.gender);
      // A noun in the possessive names someone else: "the chair's son" holds no chair.
      // Nor does a "whose …" role: "whose daughter is a senior" describes the daughter.
      const holding = pool.filter((person) => person.role !== null && !WHOSE.test(person.role) && fold(withoutPossessives(person.role)).split(/[^\p{L}]+/u).includes(ref.noun));
      // An open noun ("the driver", "the lobbyist") needs a person the copy described with it; a kinship, age
      // or school-year noun may fall back to the person named last.
      const described = latest(holding, before) ?? describedPerson(table, ref.noun, [], ref.gender, before);
      const entry = described ?? (ref.open === true && !AGE_OR_YEAR.test(ref.noun) ? undefined : latest(pool, before));
      return entry === undefined ? null : { name: entry.name, role: entry.role, entry };
    }
    case 'role-noun': {
      const forms = ROLE_NOUNS.get(ref.noun) ?? [ref.noun];
      const roleOf = (person: PersonEntry): string => (person.role === null || WHOSE.test(person.role) ? '' : ` ${fold(withoutPossessives(person.role)).replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ')} `);
      const fits = table.people.filter((person) => forms.some((form) => roleOf(person).includes(` ${form} `)));
      // "the deputy chancellor" is whoever holds that office; a bare "the chancellor" is not the deputy.
      const modifiers = ref.modifiers ?? [];
      const qualified = fits.filter((person) => modifiers.some((modifier) => roleOf(person).includes(` ${modifier} `)));
      const unqualified = fits.filter((person) => !forms.some((form) => SECOND_IN_COMMAND.test((roleOf(person).split(` ${form} `)[0] ?? '').trimEnd())));
      const pool = modifiers.length > 0 ? (qualified.length > 0 ? qualified : fits) : unqualified.length > 0 ? unqualified : fits;
      // "the union spokesperson", "the Linden Falls superintendent": no recorded role holds it (with its
      // qualifiers), so the person introduced with those words is meant.
      const described = pool.length === 0 || (modifiers.length > 0 && qualified.length === 0) ? describedPerson(table, ref.noun, modifiers, null, before, pool.length > 0) : undefined;
      const entry = described ?? latest(pool, before);
      if (entry === undefined && SPOKES.has(ref.noun)) {
        // "A board spokesperson said …" / "A Queensland Police Service spokesperson said …" … "the spokesperson said":
        // the organisation the copy named with the spokesperson.
        const introduced = [...table.narration.slice(Math.max(0, before - 600), before).matchAll(SPOKESPERSON_INTRO)].pop();
        const named = introduced === undefined ? undefined : introduced[1] !== undefined ? lookupName(table, introduced[1]) : resolveReference(table, { kind: 'org-noun', noun: introduced[2] ?? '', at: before - 600 + (introduced.index ?? 0) }, before)?.entry ?? undefined;
        if (named?.kind === 'org') return { name: named.name, role: null, entry: named };
        // "A spokesperson for the NSW Department of Education said …" … "the spokesperson said": the unnamed
        // spokesperson speaks for the organisation named with them.
        const org = nearbyOrg(table, before, SPOKESPERSON_REACH);
        return org === undefined ? null : { name: org.name, role: null, entry: org };
      }
      return entry === undefined ? null : { name: entry.name, role: entry.role, entry };
    }
  }
}

/**
 * "the Kirkwood mom", "the senior": "the", at most two describing words, and a person noun, with no name after
 * it. `length` covers the whole phrase so that the describing words are not read as names.
 */
function describedPeople(list: readonly Word[]): Array<{ ref: Reference; from: number; length: number }> {
  const found: Array<{ ref: Reference; from: number; length: number }> = [];
  list.forEach((word, index) => {
    const known = PERSON_NOUNS.get(word.text);
    // Beyond the closed list, any person-shaped noun ("the driver", "the lobbyist", "the 12-year-old") right
    // before a reporting verb: it must then be resolved from how the copy introduced someone (descriptions.ts).
    const open = known === undefined && !ROLE_NOUNS.has(word.text) && isPersonHead(word.text);
    if (known === undefined && !open) return;
    const gender = known ?? null;
    // "the mother of three said": a count of children after the noun belongs to the description.
    const counted = list[index + 1]?.text === 'of' && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/u.test(list[index + 2]?.text ?? '');
    const last = counted ? index + 2 : index;
    const next = list[last + 1];
    // Only where the phrase ends: "the student newspaper", "the senior, Ana Ruiz," are not it.
    // (The attribution reads the subject without its verb, so the segment may end right after the noun.)
    if (open && next !== undefined && !isSpeechVerbWord(next.text)) return;
    if (next !== undefined && !(/^[.;:!?]$/u.test(next.text) || (next.text === ',' && !/^\p{Lu}/u.test(list[last + 2]?.text ?? '')) || isSpeechVerbWord(next.text) || next.text === 'who')) return;
    let k = index - 1;
    // "the 12-year-old" is read as "12", "-", "year-old": the age's number and hyphen are describing words too.
    const reach = word.text === 'year-old' ? 3 : 2;
    // A possessive may describe too ("the district's lawyer").
    // ("the Desert Oasis High School senior": a name of up to six capitalised words may describe too.)
    const describes = (at: number) => (at >= index - reach || (at >= index - 6 && /^\p{Lu}/u.test(list[at]?.text ?? ''))) && at >= 0;
    while (describes(k) && !/^(?:the|The)$/u.test(list[k]?.text ?? '') && /^[\p{L}\p{N}'’-]+$/u.test(list[k]?.text ?? '')) k -= 1;
    const article = list[k];
    if (article === undefined || !/^(?:the|The)$/u.test(article.text)) return;
    const end = list[last]?.end ?? word.end;
    found.push({ ref: { kind: 'descriptor', noun: word.text, gender, at: article.start, open }, from: article.start, length: end - article.start });
  });
  return found;
}

/** The offset of a "He"/"She" of `gender` opening the sentence that holds `at` (within its paragraph), if any. */
function openingPronoun(table: SpeakerTable, at: number, gender: 'm' | 'f'): number | undefined {
  const start = sentenceStart(table.narration, at, Math.max(0, at - 400, table.narration.lastIndexOf('\n', at) + 1));
  const opens = gender === 'm' ? /^He\s/u : /^She\s/u;
  return start < at && opens.test(table.narration.slice(start, start + 4)) ? start : undefined;
}

/** Whether the copy introduced `org` with `noun` right before its name ("The charity Inclusion Matters"). */
function introducedAs(table: SpeakerTable, org: OrgEntry, noun: string): boolean {
  return org.mentions.some((at) => {
    const before = table.narration.slice(Math.max(0, at - noun.length - 2), at).toLowerCase();
    return before === `${noun} ` || before.endsWith(` ${noun} `);
  });
}

const AFTER_OBJECT_PREPOSITION = /(?:^|\s)(?:to|at|from|with|by|for|of|in|on)\s+(?:the\s+)?$/u;
const latestMention = (entry: Entry, before: number): number => Math.max(-1, ...entry.mentions.filter((at) => at < before));

/** The organisation most recently named at the opening of a sentence ("The X said", "X has written"), within `reach`. */
function latestOpening(table: SpeakerTable, before: number, reach: number): OrgEntry | undefined {
  let best: OrgEntry | undefined;
  let bestAt = -1;
  for (const org of table.orgs) {
    for (const at of org.mentions) {
      if (at >= before || before - at > reach || at <= bestAt) continue;
      if (/(?:^|[.!?]\s+|\n\s*)(?:The\s+)?$/u.test(table.narration.slice(Math.max(0, at - 8), at))) {
        best = org;
        bestAt = at;
      }
    }
  }
  return best;
}

/** Nouns any organisation may be called, whatever its kind. */
const GENERIC_ORG_NOUNS = new Set(['group', 'organization', 'organisation']);

/** The organisation named last, if within `reach` characters before `before`. */
export function nearbyOrg(table: SpeakerTable, before: number, reach = 300): OrgEntry | undefined {
  const entry = latest(table.orgs, before);
  return entry !== undefined && entry.mentions.some((at) => at < before && before - at <= reach) ? entry : undefined;
}

/**
 * Like `latest`, but a mention after a preposition ("families like El-Amin's", "spoke after Ashby") counts only for
 * someone the article never names otherwise: a he/she rarely stands for the object of a preposition.
 */
function latestAsSubject(table: SpeakerTable, pool: readonly Entry[], before: number): Entry | undefined {
  let best: Entry | undefined;
  let bestAt = -1;
  for (const entry of pool) {
    const earlier = entry.mentions.filter((at) => at < before);
    // Nor a possessive inside a sentence ("could not discuss Yusuf’s case, but he", "Two of Lana’s classmates were
    // killed, she said"); one opening it is its subject's ("Kowalczyk's bill would end the waivers. He told …"),
    // also after a short opening phrase ("Back at Eastgate, Pham’s card works. She has 40 cents left.").
    const plain = earlier.filter((at) => !AFTER_PREPOSITION.test(table.narration.slice(Math.max(0, at - 12), at)) && !(POSSESSIVE_NAME.test(table.narration.slice(at, at + 60)) && !SENTENCE_OPENING.test(table.narration.slice(Math.max(0, at - 4), at)) && !OPENING_PHRASE.test(table.narration.slice(Math.max(0, at - 50), at))));
    const at = Math.max(-1, ...(plain.length > 0 ? plain : earlier));
    if (at > bestAt) {
      best = entry;
      bestAt = at;
    }
  }
  return best;
}

const WHO_AFTER = /^,\s+who\s/u;
/** A role that says who someone is to a child ("whose daughter is a senior"): its nouns are the child's. */
const WHOSE = /^whose\s/u;
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;
/** A short opening phrase and its comma at a sentence's start: "Back at Eastgate, ", "On Tuesday, ". */
const OPENING_PHRASE = /(?:^|[.!?]["”’]?\s+|\n\s*)[^.!?,\n"“”]{2,40},\s+$/u;
const AFTER_PREPOSITION = /(?:^|\s)(?:like|unlike|after|before|against|than|behind|alongside)\s+$/iu;

export function latest<T extends Entry>(pool: readonly T[], before: number): T | undefined {
  let best: T | undefined;
  let bestAt = -1;
  for (const entry of pool) {
    for (const at of entry.mentions) {
      if (at < before && at > bestAt) {
        best = entry;
        bestAt = at;
      }
    }
  }
  return best;
}

/**
 * The table's words wholly inside [from, to): the same words `words(narration.slice(from, to), from)` would give
 * wherever the stretch starts and ends between words, which is where attribution stretches start and end.
 */
function wordsBetween(table: SpeakerTable, from: number, to: number): Word[] {
  const all = table.words;
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((all[mid]?.start ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  const found: Word[] = [];
  for (let k = low; k < all.length; k += 1) {
    const word = all[k] as Word;
    if (word.end > to) break;
    found.push(word);
  }
  return found;
}
