import { NOT_NAME_WORDS, ORG_WORDS, TITLES } from './attribution-words.js';
import { isDescriptorWord } from './descriptions.js';
import { firstNameGender } from './first-names.js';

/**
 * Reading names out of capitalised phrases: where a person's name starts and ends, what title or affiliation
 * stands around it, and whether the phrase names an organisation instead.
 */

/** A word with its offsets in the body. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}'’-]*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words (and single punctuation marks) of `text`, offsets shifted by `offset`. Abbreviation periods stay attached. */
export function words(text: string, offset = 0): Word[] {
  const result: Word[] = [];
  let absorbed = -1;
  for (const match of text.matchAll(WORD)) {
    if (match.index === absorbed) continue;
    let value = match[0];
    const start = match.index + offset;
    // Keep the period of a title or initial ("Sen.", "J.") so that it is not read as a sentence end.
    if (text[match.index + value.length] === '.' && /^\p{L}[\p{L}.]*$/u.test(value) && (isTitle(value) || /^\p{Lu}$/u.test(value) || /^[JS]r$/u.test(value))) {
      value += '.';
      absorbed = match.index + match[0].length;
    }
    result.push({ text: value, start, end: start + value.length });
  }
  return result;
}

/** Whether a word is written with a capital (names, titles, acronyms). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || NAME_PREFIX.test(word);
}

/**
 * "al-Hashimi", "el-Amin", "bin-Talal", "ibn-Rushd", "abu-Bakr": a lower-case Arabic prefix hyphenated to a capitalised
 * word is written that way inside names, so the word counts as capitalised (a name word), at a sentence start or not.
 */
const NAME_PREFIX = /^(?:al|el|bin|ibn|abu)-\p{Lu}/u;

/** Whether a word is a title written before names ("Sen.", "Superintendent"). */
export function isTitle(word: string): boolean {
  return TITLES.has(titleKey(word));
}

/** "Sen." → "sen"; "Mayor-elect", "Councilmember-Elect" → the office they are elected to. */
const titleKey = (word: string): string => word.replace(/\.$/, '').toLowerCase().replace(/-elect$/u, '');

/** The gender cue of a title, if any. */
export function titleGender(word: string): 'm' | 'f' | null {
  const cue = TITLES.get(titleKey(word));
  return cue === 'm' || cue === 'f' ? cue : null;
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(word) && word.replace(/\./g, '').length >= 2 && !NAME_SUFFIX.test(word) && !isInitials(word);
}

/**
 * "J.D. Vance", "A.J. Whitcomb III", "Sen. R.J. Ortiz": dotted initials of two or three letters are a person's
 * given name, not an acronym. Place abbreviations written the same way ("U.S.", "D.C.") are the exception.
 */
function isInitials(word: string): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(word) && !PLACE_ABBREVIATIONS.has(word);
}

const PLACE_ABBREVIATIONS = new Set(['U.S.', 'U.K.', 'D.C.', 'U.N.', 'E.U.', 'N.Y.', 'L.A.', 'N.J.', 'N.C.', 'S.C.', 'N.H.', 'N.D.', 'S.D.', 'N.M.', 'R.I.', 'W.Va.', 'U.S.A.']);

/** Generational suffixes closing a person's name ("Robert Hollister III", "Samuel T. Whitfield Jr."): part of the name, never an acronym. */
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/** Whether a word marks an organisation ("District", "ACLU"). */
export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase()) || isAcronym(word);
}

const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'the', 'on', 'in', '&']);
const PARTICLES = new Set(['dela', 'de', 'del', 'della', 'la', 'le', 'los', 'las', 'des', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'bin', 'al', 'st.', 'y', 'dos', 'das', 'do', 'ter', 'ten', 'ibn', 'bint']);

/** Words that describe a person by party rather than name them ("Republican Jane Doe"): never the start of a name. */
const PARTY_WORDS = new Set(['democrat', 'democratic', 'republican', 'independent', 'libertarian', 'conservative', 'labour', 'liberal', 'tory']);

/**
 * "Nine-year-old", "Seventeen-year-old", "Mum-of-two", "Father-of-three": an age or family opening a sentence
 * before a name, never part of it.
 */
const AGE_WORD = /-(?:year|month)s?-old$|^\p{L}+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/iu;

/** Words that continue an office after a title ("Chief Executive", "Chief Financial Officer", "Vice Chancellor"). */
const OFFICE_WORDS = new Set(['executive', 'operating', 'financial', 'academic', 'information', 'technology', 'general', 'managing', 'vice', 'deputy', 'assistant', 'associate', 'senior', 'interim', 'acting', 'emeritus']);

/** A capitalised phrase in the body: its words, with lower-case connectors ("of the") kept inside. */
export interface NameRun {
  readonly words: readonly Word[];
  readonly start: number;
  readonly end: number;
  /** Whether the run's first word opens a sentence, where descriptors ("Librarian", "Sixth-former") are capitalised too. */
  readonly opensSentence: boolean;
}

/**
 * Groups words into capitalised runs. Function words that open sentences ("But", "In") are dropped from the
 * front; connectors are kept only between capitalised words ("Department of Emergency Services").
 */
export function nameRuns(list: readonly Word[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < list.length) {
    const word = list[i];
    if (word === undefined || !isNameWord(word.text)) {
      i += 1;
      continue;
    }
    const run: Word[] = [word];
    let j = i + 1;
    for (;;) {
      const next = list[j];
      if (next === undefined) break;
      if (isNameWord(next.text) && adjacent(run[run.length - 1], next)) {
        run.push(next);
        j += 1;
        continue;
      }
      // Robert "Bobby" Tran: a quoted nickname between a given name and a surname is part of the person, not a
      // quotation and not a name break; it is left out of the name (the name is the one used on later mentions).
      const nickname = nicknameEnd(list, j);
      if (nickname > 0 && nickname < list.length && adjacent(run[run.length - 1], list[j] as Word) && adjacent(list[nickname - 1], list[nickname] as Word) && isNameWord(list[nickname]?.text ?? '')) {
        run.push(list[nickname] as Word);
        j = nickname + 1;
        continue;
      }
      // Connectors or particles between capitalised words stay in the run.
      let k = j;
      const bridge: Word[] = [];
      while (k < list.length && k - j < 2 && (CONNECTORS.has(list[k]?.text ?? '') || PARTICLES.has(list[k]?.text ?? ''))) {
        bridge.push(list[k] as Word);
        k += 1;
      }
      const after = list[k];
      // "Warren and Reps. Ayanna Pressley": "and" before a title or first name joins two people, not one name.
      const joinsPeople = bridge.some((w) => w.text === 'and') && after !== undefined && (isTitle(after.text) || firstNameGender(after.text) !== undefined);
      // "Kenya National Union of Teachers", "Parents for …": a group noun after "of"/"for" closes an organisation's name.
      const groupField = after !== undefined && /^\p{Lu}/u.test(after.text) && GROUP_NOUNS.has(after.text.toLowerCase()) && bridge.some((w) => w.text === 'of' || w.text === 'for') && run.some((w) => isOrgWord(w.text));
      if (bridge.length > 0 && after !== undefined && !joinsPeople && isNameWord(after.text) && (groupField || !NOT_NAME_WORDS.has(after.text.toLowerCase()))) {
        run.push(...bridge, after);
        j = k + 1;
        continue;
      }
      break;
    }
    const before = list[i - 1];
    runs.push({ words: run, start: run[0]?.start ?? 0, end: run[run.length - 1]?.end ?? 0, opensSentence: before === undefined || /^[.!?…:"“”‘’\u2014\u2013]$/u.test(before.text) });
    i = j;
  }
  return runs.map(trimRun).filter((run): run is NameRun => run !== null);
}

const OPEN_QUOTE = new Set(['"', '“', '‘', "'"]);
const CLOSE_QUOTE = new Set(['"', '”', '’', "'"]);

/**
 * The index of the word after a quoted nickname of one or two capitalised words starting at `j`
 * (`"Bobby"`, `"D.J."`), or -1. Only a nickname directly followed by another capitalised word counts, so a quotation
 * opening after a name ("Tran said "Put it …") is never swallowed.
 */
function nicknameEnd(list: readonly Word[], j: number): number {
  if (!OPEN_QUOTE.has(list[j]?.text ?? '')) return -1;
  let k = j + 1;
  while (k < list.length && k - j <= 2 && isNameWord(list[k]?.text ?? '')) k += 1;
  if (k === j + 1 || !CLOSE_QUOTE.has(list[k]?.text ?? '')) return -1;
  const quoteWords = list.slice(j + 1, k);
  if (quoteWords.some((w, i) => i > 0 && w.start - (quoteWords[i - 1]?.end ?? 0) > 1)) return -1;
  return k + 1;
}

function isNameWord(text: string): boolean {
  return isCapitalised(text) && /\p{L}/u.test(text);
}

function adjacent(previous: Word | undefined, next: Word): boolean {
  return previous !== undefined && next.start - previous.end <= 1;
}

/**
 * "New York Civil Liberties Union", "New Jersey Education Association": "New" opening a run whose next word is a
 * name and which holds an organisation word is the start of a place in the organisation's name, not a sentence's
 * "New". ("New Department of Education guidance": the word after "New" is the organisation word; "New" goes.)
 */
function keepsNew(list: readonly Word[]): boolean {
  const next = list[1];
  return list[0]?.text === 'New' && next !== undefined && next.start - (list[0] as Word).end <= 1 && isCapitalised(next.text) && !isOrgWord(next.text) && !NOT_NAME_WORDS.has(next.text.toLowerCase()) && list.slice(2).some((w) => isOrgWord(w.text));
}

/**
 * "Parents for Advanced Learning", "Students of Tomorrow": a capitalised group noun (the plural nouns
 * NOT_NAME_WORDS lists, "parents", "teachers", "advocates"…) straight before "for"/"of" and a capitalised word opens
 * an organisation's name, so it is not dropped as a sentence's subject noun.
 */
function opensGroupName(list: readonly Word[]): boolean {
  const first = list[0];
  return first !== undefined && /^\p{Lu}/u.test(first.text) && GROUP_NOUNS.has(first.text.toLowerCase()) && /^(?:for|of)$/u.test(list[1]?.text ?? '') && isPersonWord(list[2]);
}

/** Plural nouns for the people an organisation gathers or serves: they may open its name or close it after "of"/"for". */
const GROUP_NOUNS = new Set(['parents', 'students', 'teachers', 'officials', 'critics', 'supporters', 'opponents', 'advocates', 'lawmakers', 'residents', 'members', 'educators', 'workers', 'nurses', 'principals', 'superintendents', 'librarians', 'families', 'women', 'veterans', 'administrators', 'counselors', 'counsellors', 'officers', 'employees', 'children', 'youth']);

/** Drops sentence-opening function words from the front and connectors from the end of a run. */
function trimRun(run: NameRun): NameRun | null {
  const list = [...run.words];
  while (list.length > 0 && !keepsNew(list) && !opensGroupName(list) && (NOT_NAME_WORDS.has((list[0]?.text ?? '').toLowerCase()) || CONNECTORS.has(list[0]?.text ?? '') || AGE_WORD.test(list[0]?.text ?? ''))) list.shift();
  while (list.length > 0 && (CONNECTORS.has(list[list.length - 1]?.text ?? '') || PARTICLES.has(list[list.length - 1]?.text ?? ''))) list.pop();
  if (list.length === 0) return null;
  const trimmed = list[0] !== run.words[0];
  return { words: list, start: list[0]?.start ?? 0, end: list[list.length - 1]?.end ?? 0, opensSentence: run.opensSentence && !trimmed };
}

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
  const list = run.words;
  if (list.length >= 2 && PARTICLES.has((list[0] as Word).text.toLowerCase()) && list.slice(1).every((w) => PARTICLES.has(w.text) || isPersonWord(w))) {
    // "De la Cruz said": a surname with its particles, opening a sentence, refers back to the person named in full.
    return { kind: 'single', name: text(list), start: run.start, end: run.end };
  }
  // "Sr." opens "Sr. Mary Bernadette Keane" (Sister), though it closes "Walter Hendricks Sr." (Senior).
  const sister = /^Sr\.?$/u.test(list[0]?.text ?? '') && isPersonWord(list[1]);
  let titleAt = sister ? 0 : list.findIndex((w) => isTitle(w.text) && isCapitalised(w.text));
  // "Student Government Association President Keisha Lee": a title word opening an organisation's name is part of
  // it; the title the person holds is the one after the organisation.
  for (;;) {
    const from = titleAt;
    const later = list.findIndex((w, i) => i > from && isTitle(w.text) && isCapitalised(w.text) && isPersonWord(list[i + 1]) && list.slice(from + 1, i).some((between) => isOrgWord(between.text)));
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
  // "Mr. de la Rosa": a surname may open with its particles.
  const particleSurname = PARTICLES.has(list[titleEnd + 1]?.text ?? '') && isPersonWord(afterParticles(list, titleEnd + 1));
  if (titleAt >= 0 && (isPersonWord(list[titleEnd + 1]) || particleSurname)) {
    from = titleEnd + 1;
    title = text(list.slice(titleAt, titleEnd + 1));
    gender = sister ? 'f' : (list.slice(titleAt, titleEnd + 1).map((w) => titleGender(w.text)).find((cue) => cue !== null) ?? null);
  } else {
    from = list.findIndex((w, i) => isCapitalised(w.text) && firstNameGender(w.text) !== undefined && !isOrgWord(w.text) && isPersonWord(afterParticles(list, i + 1)));
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
    }
  }
  if (from > 0 && title === null && titleAt >= 0 && titleAt < from && !list.slice(titleAt, from).some((w) => isOrgWord(w.text))) {
    // "State Superintendent of Public Instruction Tony Thurmond": an office with its field before a known given name.
    title = text(list.slice(titleAt, from));
    gender = titleGender(list[titleAt]?.text ?? '');
  }
  let strong = from >= 0;
  if (from < 0) {
    // A particle between capitalised words belongs to the name ("Abdulaziz bin Saleh"); a connector ends it.
    const firstConnector = list.findIndex((w, i) => !isCapitalised(w.text) && !(PARTICLES.has(w.text) && i > 0 && isPersonWord(afterParticles(list, i))));
    const head = (firstConnector < 0 ? list : list.slice(0, firstConnector)).filter((w) => isCapitalised(w.text));
    if (head.length >= 2 && head.length <= 3 && head.every((w) => !isOrgWord(w.text))) from = 0;
  }
  if (from < 0 && list.length >= 4 && list.slice(0, -2).some((w) => isOrgWord(w.text)) && list.slice(-2).every((w) => isPersonWord(w)) && !CONNECTORS.has(list[list.length - 3]?.text ?? '') && !namesAGroup(list.slice(-2))) {
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
    while (k < list.length && k - to <= 2 && (PARTICLES.has(list[k]?.text ?? '') || (isNumberNamePart(list, k) && isPersonWord(list[k + 1])))) k += 1;
    if (k < list.length && isNumberNamePart(list, k) && !isPersonWord(list[k + 1])) {
      to = k;
      break;
    }
    if (k >= list.length || !isPersonWord(list[k])) break;
    to = k;
  }
  if (to > from && NAME_SUFFIX.test(list[to + 1]?.text ?? '')) to += 1;
  // "North Carolina Association of Educators", "York Civil Liberties Union": words shaped like a name that run
  // straight into an organisation word (no "of" between) name the organisation, not a person in it.
  if (title === null && !list.slice(0, from).some((w) => isOrgWord(w.text)) && runsIntoOrg(list, to)) {
    return { kind: 'org', name: text(list), start: run.start, end: run.end };
  }
  const nameWords = list.slice(from, to + 1);
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
  return first !== undefined && last !== undefined && firstNameGender(first.text) === undefined && /\p{Ll}(?:als|ists|ians|ors|ents|ees|ives|ants)$/u.test(last.text);
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

/** The first word at or after `index` that is not a name particle (at most two are skipped: "da", "de la"). */
function afterParticles(list: readonly Word[], index: number): Word | undefined {
  let k = index;
  while (k < list.length && k - index < 2 && (PARTICLES.has(list[k]?.text ?? '') || isNumberNamePart(list, k))) k += 1;
  return list[k];
}

/**
 * "Winona Two Bulls", "Charlene Three Irons": a capitalised number word inside a name, after a name word and before a
 * capitalised word that is no organisation word, belongs to the surname.
 */
function isNumberNamePart(list: readonly Word[], k: number): boolean {
  const word = list[k];
  if (k === 0 || word === undefined || !isPersonWord(list[k - 1])) return false;
  if (NUMBER_WORDS.has(word.text) && isPersonWord(list[k + 1])) return true;
  // "Clarence Walks First": an ordinal closing a name of three or more words (a given name, then the surname).
  return (word.text === 'First' || word.text === 'Last') && k >= 2 && isPersonWord(list[k - 2]) && (k + 1 >= list.length || !isPersonWord(list[k + 1]));
}

const NUMBER_WORDS = new Set(['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'One']);

function isPersonWord(word: Word | undefined): boolean {
  return word !== undefined && isCapitalised(word.text) && !isOrgWord(word.text) && !NOT_NAME_WORDS.has(word.text.toLowerCase()) && !isTitle(word.text);
}
