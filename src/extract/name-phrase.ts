import { GROUP_NOUNS, type NameRun } from './name-runs.js';
import { afterParticles, CONNECTORS, isGaelicArticle, isAcronym, isCapitalised, isNumberNamePart, isOrgWord, isPersonWord, isTitle, NAME_SUFFIX, OFFICE_WORDS, PARTICLES, PARTY_WORDS, titleGender, type Word } from './name-words.js';
import { isDescriptorWord, PERSON_NOUNS } from './descriptions.js';
import { ROLE_NOUNS } from './attribution-words.js';
import { firstNameGender } from './first-names.js';

/**
 * Reading names out of capitalised phrases: where a person's name starts and ends, what title or affiliation
 * stands around it, and whether the phrase names an organisation instead.
 */

/** What a capitalised run names: a person (with whatever title and affiliation stand in the run) or an organisation. */
export type RunReading =
  | { kind: 'person'; name: string; start: number; end: number; title: string | null; affiliation: string | null; gender: 'm' | 'f' | null; strong: boolean }
  | { kind: 'org'; name: string; start: number; end: number }
  | { kind: 'single'; name: string; start: number; end: number };

const text = (list: readonly Word[]): string => list.map((w, i) => (i > 0 && w.start > (list[i - 1]?.end ?? 0) ? ' ' : '') + w.text).join('');

/**
 * Splits a run into person and organisation. A person's name starts at a title or a known first name, or is a
 * two-to-three word run with no organisation word; words before it are an affiliation ("ACLU of Missouri"),
 * words after "of" are one too ("of the National Association of School Resource Officers"). `strong` is false
 * when only the run's shape suggests a person; callers then want more evidence.
 */
export function readRun(run: NameRun): RunReading {
  // "Darragh Ó Loingsigh TD", "Liz Smith MSP": a post-nominal closing a name is no part of it.
  const list = run.words.length > 2 && POST_NOMINALS.has(run.words[run.words.length - 1]?.text ?? '') ? run.words.slice(0, -1) : run.words;
  // "English CEGEPs", "the state's HBCUs": a run closing on a plural acronym names institutions, not a person.
  if (list.length >= 2 && /^\p{Lu}{2,}s$/u.test((list[list.length - 1] as Word).text)) return { kind: 'org', name: text(list), start: run.start, end: run.end };
  // "Maple Hill Families for Safe Schools": a plural group noun before "for"/"of" and a capitalised word names an
  // organisation, whatever given name opens it.
  if (list.length >= 4 && list.some((w, i) => i > 0 && GROUP_NOUNS.has(w.text.toLowerCase()) && /^\p{Lu}/u.test(w.text) && /^(?:for|of)$/u.test(list[i + 1]?.text ?? '') && isCapitalised(list[i + 2]?.text ?? ''))) {
    return { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  // "NZEI Te Riu Roa": an acronym opening a run of name words no list knows, with no title, is one organisation's name.
  if (list.length >= 3 && isAcronym((list[0] as Word).text) && (list[0] as Word).text.length >= 3 && list.slice(1).every((w) => isCapitalised(w.text) && !isTitle(w.text) && firstNameGender(w.text) === undefined)) {
    return { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  if (list.length >= 2 && PARTICLES.has((list[0] as Word).text.toLowerCase()) && list.slice(1).every((w) => PARTICLES.has(w.text) || isPersonWord(w))) {
    // "De la Cruz said": a surname with its particles, opening a sentence, refers back to the person named in full.
    return { kind: 'single', name: text(list), start: run.start, end: run.end };
  }
  // "Sr." opens "Sr. Mary Bernadette Keane" (Sister), though it closes "Walter Hendricks Sr." (Senior).
  const sister = /^Sr\.?$/u.test(list[0]?.text ?? '') && isPersonWord(list[1]);
  let titleAt = sister ? 0 : list.findIndex((w) => isTitle(w.text) && isCapitalised(w.text));
  // "Sinn Féin TD Róisín Mac Giolla Rua", "Labour MP X": a parliament's office before two or more name words is the
  // title the name follows, whether or not the lists know the given name.
  if (titleAt < 0) {
    const office = list.findIndex((w, i) => i > 0 && LEGISLATOR_OFFICES.has(w.text) && list.length - i >= 3 && list.slice(i + 1).every((after) => isPersonWord(after) || PARTICLES.has(after.text.toLowerCase())));
    if (office > 0) titleAt = office;
  }
  // "Student Government Association President Keisha Lee": a title word opening an organisation's name is part of
  // it; the title the person holds is the one after the organisation.
  for (;;) {
    const from = titleAt;
    // "Deputy Education Minister Andrii Ostapchuk": a field of one or two words the lists do not know as given names
    // between two titles makes one office too.
    const later = list.findIndex((w, i) => i > from && isTitle(w.text) && isCapitalised(w.text) && isPersonWord(list[i + 1]) && (list.slice(from + 1, i).some((between) => isOrgWord(between.text)) || isOfficeField(list, from, i)));
    if (from < 0 || later < 0) break;
    titleAt = later;
  }
  let from = -1;
  let title: string | null = null;
  let gender: 'm' | 'f' | null = null;
  // "State Sen.", "Chief Executive", "Chief Operating Officer", "Superintendent Dr.": titles and office words run on
  // into one title, which a name must follow.
  let titleEnd = titleAt;
  const continuesTitle = (word: Word | undefined) => word !== undefined && (isTitle(word.text) || OFFICE_WORDS.has(word.text.toLowerCase()));
  while (titleAt >= 0 && titleEnd + 1 < list.length && continuesTitle(list[titleEnd + 1]) && (isPersonWord(list[titleEnd + 2]) || continuesTitle(list[titleEnd + 2]))) titleEnd += 1;
  // "Chief Investment Officer Graham Pettibone", "Chief Information Security Officer X": "Chief", a field of one
  // or two words the lists need not know, and the office word close one title.
  if (titleAt >= 0 && titleEnd === titleAt && list[titleAt]?.text === 'Chief') {
    const office = [2, 3].find((k) => isTitle(list[titleAt + k]?.text ?? '') && list.slice(titleAt + 1, titleAt + k).every((w) => isCapitalised(w.text) && !isTitle(w.text) && !isOrgWord(w.text)) && isPersonWord(list[titleAt + k + 1]));
    if (office !== undefined) titleEnd = titleAt + office;
  }
  // "Mr. de la Rosa": a surname may open with its particles.
  const particleSurname = PARTICLES.has(list[titleEnd + 1]?.text ?? '') && isPersonWord(afterParticles(list, titleEnd + 1));
  if (titleAt >= 0 && (isPersonWord(list[titleEnd + 1]) || particleSurname || initialsOpenName(list, titleEnd + 1))) {
    from = titleEnd + 1;
    title = text(list.slice(titleAt, titleEnd + 1));
    gender = sister ? 'f' : (list.slice(titleAt, titleEnd + 1).map((w) => titleGender(w.text)).find((cue) => cue !== null) ?? null);
  } else {
    // (Not right after a connector in an organisation's name: "Department of Education and Early Development".)
    // (Nor after "of" following a name: "Walter Przybylski of Port Colden" is from Port Colden.)
    from = list.findIndex((w, i) => isCapitalised(w.text) && firstNameGender(w.text) !== undefined && !isOrgWord(w.text) && isPersonWord(afterParticles(list, i + 1)) && !(i > 1 && CONNECTORS.has(list[i - 1]?.text ?? '') && list.slice(0, i - 1).some((before) => isOrgWord(before.text))) && !(i >= 3 && i <= 4 && list[i - 1]?.text === 'of' && list.slice(0, i - 1).every((before) => isPersonWord(before))));
    // "Ma. Cristina Dela Paz": the Filipino abbreviation of María opens the given names it stands before.
    if (from > 0 && list[from - 1]?.text === 'Ma.') from -= 1;
    // "Bill Szymanski": a given name that is also an organisation word ("bill", "law") opens a person's name
    // when the run is just that name and one or two more name words.
    if (from < 0 && list.length >= 2 && list.length <= 3 && firstNameGender((list[0] as Word).text) !== undefined && list.slice(1).every((w) => isPersonWord(w))) from = 0;
    // "Wei Lin Zhang": a given name the lists do not know, before one they do, is still the name's start when
    // nothing in the run marks an organisation.
    // At a sentence start the word may instead be a capitalised descriptor ("Librarian Jane Doe"): only an
    // office, person noun or person-shaped noun is dropped there; any other word is the given name ("Luiz
    // Fernando Souza dos Santos"). Particles inside the name do not count toward its length.
    const nameLike = list.filter((w) => !PARTICLES.has(w.text));
    const descriptorOpens = run.opensSentence && list.slice(0, from).some((w) => isDescriptorWord(w.text));
    if (from > 0 && !descriptorOpens && nameLike.length <= 4 && nameLike.every((w) => isPersonWord(w) && !PARTY_WORDS.has(w.text.toLowerCase()) && !/['’]s?$/u.test(w.text))) from = 0;
    // "Lawmaker Yiu Chung-hei": at a sentence start, an office or person noun (from the closed lists: an open "-er"
    // noun may be a given name, "Walter") before two or three name words the lists do not know is no part of the name.
    if (from < 0 && titleAt < 0 && run.opensSentence && list.length >= 3 && list.length <= 4 && CLOSED_DESCRIPTOR((list[0] as Word).text.toLowerCase()) && list.slice(1).every((w) => isPersonWord(w))) from = 1;
    // "Educationist A. Venkatesh Murthy", "Activist S.R. Lakshmi": at a sentence start, an office, a person noun or an
    // "-ist" noun (no given name ends so; "Walter" may end like an agent noun), before an initial that opens the name.
    const opener = (list[0] as Word).text.toLowerCase();
    if (from <= 0 && titleAt < 0 && run.opensSentence && list.length >= 3 && /^\p{Lu}\.$|^(?:\p{Lu}\.){2,3}$/u.test(list[1]?.text ?? '') && (CLOSED_DESCRIPTOR(opener) || /\p{Ll}{3}ist$/u.test(opener)) && list.slice(1).every((w) => isPersonWord(w))) from = 1;
  }
  if (from < 0 && titleAt >= 0) {
    // "Deputy Superintendent for Academics Harpreet Kaur Sandhu": an office, "for/of" and its one-word field,
    // then two or three name words: the name, whether or not the lists know its given name.
    let k = titleAt;
    while (isTitle(list[k + 1]?.text ?? '')) k += 1;
    const rest = list.slice(k + 3);
    if (/^(?:for|of)$/u.test(list[k + 1]?.text ?? '') && isPersonWord(list[k + 2]) && rest.length >= 2 && rest.length <= 3 && rest.every((w) => isPersonWord(w))) {
      from = k + 3;
      title = text(list.slice(titleAt, from));
      gender = titleGender(list[k]?.text ?? '');
    } else if (/^(?:for|of)$/u.test(list[k + 1]?.text ?? '')) {
      // "Vice President for Student Affairs Dr. Hyun-woo Kang": a field of up to three words, a courtesy title, then
      // the name.
      const honorific = list.findIndex((w, i) => i > k + 2 && i <= k + 5 && isTitle(w.text));
      const name = honorific < 0 ? [] : list.slice(honorific + 1);
      if (honorific > 0 && name.length >= 2 && name.length <= 3 && name.every((w) => isPersonWord(w)) && list.slice(k + 2, honorific).every((w) => isCapitalised(w.text) && !isOrgWord(w.text))) {
        from = honorific + 1;
        title = text(list.slice(titleAt, from));
        gender = titleGender(list[honorific]?.text ?? '') ?? titleGender(list[k]?.text ?? '');
      }
      // "Minister of State for Education Lim Hui Shan", "Federal Secretary for Education and Professional Training
      // Nadeem Akhtar Cheema": a field chained with "of"/"for"/"and"; after its last connector one or two field words,
      // then two or three name words.
      const last = list.findLastIndex((w) => /^(?:for|of|and)$/u.test(w.text));
      const chained = last > k + 1 && list.slice(k + 1, last).every((w) => /^(?:for|of|and)$/u.test(w.text) || isCapitalised(w.text));
      const fieldEnd = !chained || from >= 0 ? undefined : [last + 2, last + 3].find((end) => list.length - end >= 2 && list.length - end <= 3 && list.slice(last + 1, end).every((w) => isCapitalised(w.text) && !isOrgWord(w.text)) && list.slice(end).every((w) => isPersonWord(w)));
      if (fieldEnd !== undefined) {
        from = fieldEnd;
        title = text(list.slice(titleAt, from));
        gender = titleGender(list[k]?.text ?? '');
      }
    }
  }
  // (An organisation word may sit in the field of an office opening the run: "Minister of State for Education Tan Wei Ling".)
  const fieldOfOffice = titleAt === 0 && /^(?:of|for)$/u.test(list[1]?.text ?? '');
  if (from > 0 && title === null && titleAt >= 0 && titleAt < from && (fieldOfOffice || !list.slice(titleAt, from).some((w) => isOrgWord(w.text)))) {
    // "State Superintendent of Public Instruction Tony Thurmond": an office with its field before a known given name.
    title = text(list.slice(titleAt, from));
    gender = titleGender(list[titleAt]?.text ?? '');
  }
  let strong = from >= 0;
  if (from < 0) {
    // A particle between capitalised words belongs to the name ("Abdulaziz bin Saleh"); a connector ends it.
    const firstConnector = list.findIndex((w, i) => !isCapitalised(w.text) && !(PARTICLES.has(w.text) && i > 0 && isPersonWord(afterParticles(list, i))));
    const head = (firstConnector < 0 ? list : list.slice(0, firstConnector)).filter((w) => isCapitalised(w.text));
    // "The Michigan Lodging and Tourism Association": capitalised words joined by "and" into a closing organisation
    // word are one organisation.
    const joined = firstConnector > 0 && /^(?:and|&)$/u.test(list[firstConnector]?.text ?? '') && isOrgWord((list[list.length - 1] as Word).text);
    if (joined) return { kind: 'org', name: text(list), start: run.start, end: run.end };
    // "Falcon Creek Families for Safe Schools": a plural group noun ("Families", "Parents") names no person.
    if (head.length >= 2 && head.length <= 3 && head.every((w) => !isOrgWord(w.text) && !GROUP_NOUNS.has(w.text.toLowerCase()))) {
      // "Teacher Marisol Vega-Huerta said": a person noun opening a sentence describes the name after it.
      // (A closed list: "Walter" and "Homer" end like agent nouns.)
      // ("Dermatologist Anjali Deshpande-Moore": an "-ist" noun, which no given name ends in, counts too.)
      const opener = (list[0] as Word).text.toLowerCase();
      // ("Teacher-librarian Soo-jin Park": a hyphenated descriptor by its last part.)
      const last = opener.slice(opener.lastIndexOf('-') + 1);
      from = run.opensSentence && head.length === 3 && head[0] === list[0] && (OPENING_DESCRIPTORS.has(opener) || OPENING_DESCRIPTORS.has(last) || /\p{Ll}{3}ist$/u.test(opener)) ? 1 : 0;
    }
    // "Nur Aisyah Mohamed Zaki", "Tan-Lim Siew Ling": four or five name words with nothing of an organisation in them
    // are a person the lists do not know (only ever weak evidence: the table still wants more).
    // ("Thiago Henrique de Souza Filho": Romance and Germanic particles inside the name do not count; "wa" in
    // "Wazazi wa Watoto" may as well join an organisation's words.)
    else if (head.length >= 4 && head.length <= 5 && list.every((w) => head.includes(w) || SURNAME_PARTICLES.has(w.text)) && head.every((w) => isPersonWord(w) && !isAcronym(w.text) && !GROUP_NOUNS.has(w.text.toLowerCase()) && !/^(?:Local|Lodge|Chapter|Post|Branch|Division)$/u.test(w.text))) from = 0;
  }
  // (After "for" the words are the organisation's cause, "Coalition for Career Training Accountability", not a place.)
  // (An office "for" a constituency still can: "Social Democrats TD for Cork South-West Niamh Cronin-Deasy".)
  const cause = list.findLast((w) => CONNECTORS.has(w.text))?.text === 'for' && !list.some((w) => isTitle(w.text) || LEGISLATOR_OFFICES.has(w.text));
  if (from < 0 && list.length >= 4 && !cause && list.slice(0, -2).some((w) => isOrgWord(w.text)) && list.slice(-2).every((w) => isPersonWord(w)) && !CONNECTORS.has(list[list.length - 3]?.text ?? '') && !namesAGroup(list.slice(-2))) {
    // "ACLU of Oklahoma Tamika Reed": an organisation, then a two-word name the lists do not know. Straight after
    // a connector the two words are the organisation's field ("National Council on Problem Gambling"), not a person.
    from = list.length - 2;
  }
  if (from < 0) {
    if (list.length === 1) return { kind: 'single', name: text(list), start: run.start, end: run.end };
    return { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  let to = from;
  for (;;) {
    // "José Luis de la Cruz": particles, one or two, between name words stay in the name.
    let k = to + 1;
    while (k < list.length && k - to <= 2 && (PARTICLES.has(list[k]?.text ?? '') || isGaelicArticle(list, k) || (isNumberNamePart(list, k) && isPersonWord(list[k + 1])))) k += 1;
    if (k < list.length && isNumberNamePart(list, k) && !isPersonWord(list[k + 1])) {
      to = k;
      break;
    }
    // ("Khairul Anuar Mohd Nor", "Fatma Said Ali": a capitalised "Nor" or "Said" inside a name is a name word; only a
    // sentence opens with the conjunction, and the verb is never capitalised mid-sentence.)
    if (k >= list.length || !(isPersonWord(list[k]) || /^(?:Nor|Yet|So|Said)$/u.test(list[k]?.text ?? ''))) break;
    to = k;
  }
  if (to > from && NAME_SUFFIX.test(list[to + 1]?.text ?? '')) to += 1;
  // "North Carolina Association of Educators", "York Civil Liberties Union": words shaped like a name that run
  // straight into an organisation word (no "of" between) name the organisation, not a person in it.
  if (title === null && !list.slice(0, from).some((w) => isOrgWord(w.text)) && runsIntoOrg(list, to)) {
    return { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  const nameWords = list.slice(from, to + 1);
  // "The Georgia Student Finance Commission": a descriptor word inside an organisation's name is no title.
  if (nameWords.length === 1 && title !== null && isOrgWord(list[to + 1]?.text ?? '') && titleAt > 0) {
    return { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  if (nameWords.length === 1 && title !== null) {
    // "Mr Oakes", "Dr. Raman": a title and a surname refer back to a person named in full before.
    const only = nameWords[0] as Word;
    return { kind: 'single', name: only.text, start: only.start, end: only.end };
  }
  if (nameWords.length < 2) {
    return list.length === 1 ? { kind: 'single', name: text(list), start: run.start, end: run.end } : { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  if (gender === null) {
    const cue = firstNameGender(nameWords[0]?.text ?? '');
    gender = cue === 'm' || cue === 'f' ? cue : null;
  }
  const before = list.slice(0, titleAt >= 0 && titleAt < from ? titleAt : from);
  const after = list.slice(to + 1);
  const afterText = after.length > 0 && after[0]?.text === 'of' ? text(after.slice(after[1]?.text === 'the' ? 2 : 1)) : null;
  const affiliation = before.length > 0 ? text(before) : afterText !== null && after.some((w) => isOrgWord(w.text)) ? afterText : after.length > 0 && after[0]?.text === 'of' ? `of ${afterText ?? ''}` : null;
  // "National Association for College Admission Counseling": name words right after "for"/"of" inside a run that
  // has an organisation word before them, with no title and no given name the lists know, go on naming it.
  const connector = list.findIndex((w, k) => k > 0 && k < from && /^(?:for|of)$/u.test(w.text) && list.slice(0, k).some((before) => isOrgWord(before.text)));
  // (Not "ACLU of Oklahoma Tamika Reed": there a place follows "of", and the name after it is a person's.)
  if (!strong && title === null && connector > 0 && isOrgWord(list[connector + 1]?.text ?? '') && list.slice(connector + 1).every((w) => isCapitalised(w.text) && !isTitle(w.text))) {
    return { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  // "The Pennsylvania Chiefs of Police Association": a name closing on a plural group noun, then "of" and an
  // organisation word, is one organisation's name.
  if (!strong && title === null && namesAGroup(nameWords.slice(-2)) && after[0]?.text === 'of' && after.some((w) => isOrgWord(w.text))) {
    return { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  strong ||= title !== null || closesWithParticle(nameWords);
  // "Kelsey Brandt's kitchen": the possessive is not part of the name.
  return { kind: 'person', name: text(nameWords).replace(/['’]s$/u, ''), start: nameWords[0]?.start ?? run.start, end: nameWords[nameWords.length - 1]?.end ?? run.end, title, affiliation, gender, strong };
}

/**
 * "Education Support Professionals", "Classroom Workers": two capitalised words closing an organisation's run name
 * the people it serves when the last is a plural agent noun and the first is no given name the lists know
 * ("Tamika Rogers" stays a person).
 */
function namesAGroup(pair: readonly Word[]): boolean {
  const [first, last] = pair;
  return first !== undefined && last !== undefined && firstNameGender(first.text) === undefined && (/\p{Ll}(?:als|ists|ians|ors|ents|ees|ives|ants)$/u.test(last.text) || GROUP_NOUNS.has(last.text.toLowerCase()));
}

/**
 * Whether the words after a name's end at `to` make it part of an organisation's name: an organisation word right
 * after it ("North Carolina Association"), or capitalised words with no connector up to one closing the run
 * ("Palmetto Bay Classroom Teachers Association", where "Bay" looked like a given name). Acronyms do not count.
 */
function runsIntoOrg(list: readonly Word[], to: number): boolean {
  const next = list[to + 1];
  const last = list[list.length - 1] as Word;
  if (next === undefined || isAcronym(last.text)) return false;
  if (isOrgWord(next.text) && !isAcronym(next.text)) return true;
  return isOrgWord(last.text) && list.slice(to + 1).every((w) => isCapitalised(w.text));
}

/**
 * "Graciela Montes de Oca", "Pieter Jan van Dijk": a lower-case particle before the last of three or more
 * capitalised words is written that way only in a person's surname, so it is evidence of a person on its own.
 */
function closesWithParticle(nameWords: readonly Word[]): boolean {
  const capitalised = nameWords.filter((w) => isCapitalised(w.text)).length;
  const beforeLast = nameWords[nameWords.length - 2];
  return capitalised >= 3 && beforeLast !== undefined && !isCapitalised(beforeLast.text) && PARTICLES.has(beforeLast.text);
}

/** Letters written after a name for an office or honour (Irish, Scottish, Welsh, UK, Northern Irish members; honours). */
const CLOSED_DESCRIPTOR = (word: string): boolean => ROLE_NOUNS.has(word) || PERSON_NOUNS.has(word);

/** Whether the one or two words between titles at `from` and `at` are a field, not a given name ("Deputy Education Minister"). */
function isOfficeField(list: readonly Word[], from: number, at: number): boolean {
  return at - from <= 3 && isPersonWord(list[at + 2]) && list.slice(from + 1, at).every((between) => isCapitalised(between.text) && firstNameGender(between.text) === undefined);
}

/**
 * "Prof AKM Shamsul Alam", "Dr SM Rezaul Karim": after a title, two or three capitals written together are a
 * person's initials when two name words and nothing else follow them (an acronym would be an organisation's).
 */
function initialsOpenName(list: readonly Word[], at: number): boolean {
  const word = list[at]?.text ?? '';
  return word.length >= 2 && word.length <= 3 && /^\p{Lu}+$/u.test(word) && list.length - at - 1 >= 2 && list.length - at - 1 <= 3 && list.slice(at + 1).every((w) => isPersonWord(w));
}

/** Particles that only ever open a surname. */
const SURNAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le']);

/** Parliaments' offices, written after a party and before a name ("Sinn Féin TD", "Labour MP"). */
const LEGISLATOR_OFFICES = new Set(['TD', 'MSP', 'MP', 'MLA', 'MEP', 'MS', 'AM']);

const POST_NOMINALS = new Set(['TD', 'MSP', 'MP', 'MLA', 'MEP', 'MS', 'AM', 'MHK', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD']);

/** Person nouns that open a sentence before a name ("Teacher Marisol Vega-Huerta said"). */
const OPENING_DESCRIPTORS = new Set(['paramedic', 'surgeon', 'physician', 'midwife', 'teacher', 'nurse', 'lawyer', 'attorney', 'doctor', 'student', 'parent', 'counselor', 'counsellor', 'librarian', 'coach', 'pastor', 'officer', 'deputy', 'trustee', 'resident', 'grandmother', 'grandfather', 'mother', 'father', 'senior', 'junior', 'sophomore', 'freshman', 'principal', 'superintendent', 'researcher', 'professor', 'economist', 'activist', 'organizer', 'organiser', 'volunteer', 'driver', 'custodian', 'paraprofessional', 'aide', 'former', 'pupil', 'grader', 'farmer', 'vendor', 'cleaner', 'mechanic', 'firefighter', 'pharmacist', 'veteran', 'retiree']);
