import { NOT_NAME_WORDS, ORG_WORDS, TITLES, TRADITIONAL_HONORIFICS } from './attribution-words.js';

/**
 * Words of capitalised phrases and what each can be on its own: a title, an organisation word, a connector or
 * particle inside a name, a name word.
 */

/** A word with its offsets in the body. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}'’-]*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;

const PATRONYMIC = /^(?:a\/[lp]|[sd]\/o)(?![\p{L}\p{M}])/u;
/** Two-word honorifics ("Tan Sri", "Datuk Seri") by their first word, from the honorifics list: first word → second words. */
const HONORIFIC_PAIRS: ReadonlyMap<string, readonly string[]> = (() => {
  const pairs = new Map<string, string[]>();
  for (const honorific of TRADITIONAL_HONORIFICS.keys()) {
    const [first, second] = honorific.split(' ');
    if (first === undefined || second === undefined) continue;
    const key = first.charAt(0).toUpperCase() + first.slice(1);
    pairs.set(key, [...(pairs.get(key) ?? []), second.charAt(0).toUpperCase() + second.slice(1)]);
  }
  return pairs;
})();

/** Words (and single punctuation marks) of `text`, offsets shifted by `offset`. Abbreviation periods stay attached. */
export function words(text: string, offset = 0): Word[] {
  const result: Word[] = [];
  // Matches before this offset were taken into the word before (an abbreviation's period, "a/l").
  let absorbedTo = -1;
  for (const match of text.matchAll(WORD)) {
    if (match.index < absorbedTo) continue;
    let value = match[0];
    const start = match.index + offset;
    // "Suresh a/l Muniandy", "Kumar s/o Rajan": the Malaysian and Singaporean patronymic connectors are one word.
    // (Checked here, on one-letter words only, rather than in WORD: the regex runs over every article's text.)
    if (value.length === 1 && text[match.index + 1] === '/' && PATRONYMIC.test(text.slice(match.index, match.index + 4))) {
      value = text.slice(match.index, match.index + 3);
      absorbedTo = match.index + 3;
      result.push({ text: value, start, end: start + 3 });
      continue;
    }
    // "Tan Sri", "Datuk Seri", "Puan Sri": two-word Malaysian honorifics are one title ("Tan" alone is a surname).
    const second = HONORIFIC_PAIRS.get(value)?.find((word) => text.startsWith(` ${word}`, match.index + value.length) && !/[\p{L}]/u.test(text[match.index + value.length + 1 + word.length] ?? ''));
    if (second !== undefined) {
      const whole = `${value} ${second}`;
      absorbedTo = match.index + whole.length;
      result.push({ text: whole, start, end: start + whole.length });
      continue;
    }
    // Keep the period of a title, initial or place abbreviation ("Sen.", "J.", "St. Louis"), or of the Filipino "Ma."
    // (María) opening a given name ("Ma. Cristina Reyes"), so that it is not read as a sentence end.
    if (text[match.index + value.length] === '.' && /^\p{L}[\p{L}.]*$/u.test(value) && (isTitle(value) || /^\p{Lu}$/u.test(value) || /^(?:[JS]r|St|Ste|Mt|Ft|Ma)$/u.test(value))) {
      value += '.';
      absorbedTo = match.index + match[0].length + 1;
    }
    result.push({ text: value, start, end: start + value.length });
  }
  return result;
}

/** Whether a word is written with a capital (names, titles, acronyms). */
export function isCapitalised(word: string): boolean {
  // Asked of every word, many times: ASCII first letters by character code, the Unicode test only for the rest.
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return word.includes('-') && NAME_PREFIX.test(word);
  return code > 127 && (/^\p{Lu}/u.test(word) || NAME_PREFIX.test(word));
}

/**
 * "al-Hashimi", "el-Amin", "bin-Talal", "ibn-Rushd", "abu-Bakr", and Gaelic "t-Saoir", "n-Éireann": a lower-case prefix
 * hyphenated to a capitalised word is written that way inside names, so the word counts as capitalised (a name word).
 */
const NAME_PREFIX = /^(?:al|el|bin|ibn|abu|t|n|h)-\p{Lu}/u;

/** Whether a word is a title written before names ("Sen.", "Superintendent"). */
export function isTitle(word: string): boolean {
  return TITLES.has(titleKey(word));
}

/** "Sen." → "sen"; "Mayor-elect", "Councilmember-Elect" → the office they are elected to. */
const titleKey = (word: string): string => {
  // Called for every word of every capitalised run: the common case (no full stop, no "-elect") needs no regex.
  // German compounds of "minister" ("Kultusminister", "Bildungsminister") are the office "minister".
  if (word.length > 10 && word.endsWith('minister')) return 'minister';
  if (!word.endsWith('.') && !word.endsWith('elect') && !word.endsWith('Elect')) return word.toLowerCase();
  return word.toLowerCase().replace(/\.$/u, '').replace(/-elect$/u, '');
};

/** The gender cue of a title, if any. */
export function titleGender(word: string): 'm' | 'f' | null {
  const cue = TITLES.get(titleKey(word));
  return cue === 'm' || cue === 'f' ? cue : null;
}

export function isAcronym(word: string): boolean {
  // Asked of every word (through isOrgWord): most have a lower-case ASCII second letter and are no acronym.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  // "SNES-FSU", "NZEI-TRR": two acronyms joined by a hyphen are one.
  return /^\p{Lu}[\p{Lu}\p{N}&.]+(?:-\p{Lu}[\p{Lu}\p{N}&.]+)?$/u.test(word) && word.replace(/\./g, '').length >= 2 && !NAME_SUFFIX.test(word) && !isInitials(word);
}

/**
 * "J.D. Vance", "A.J. Whitcomb III", "Sen. R.J. Ortiz": dotted initials of two or three letters are a person's
 * given name, not an acronym. Place abbreviations written the same way ("U.S.", "D.C.") are the exception.
 */
export function isInitials(word: string): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(word) && !PLACE_ABBREVIATIONS.has(word);
}

const PLACE_ABBREVIATIONS = new Set(['U.S.', 'U.K.', 'D.C.', 'U.N.', 'E.U.', 'N.Y.', 'L.A.', 'N.J.', 'N.C.', 'S.C.', 'N.H.', 'N.D.', 'S.D.', 'N.M.', 'R.I.', 'W.Va.', 'U.S.A.']);

/** Generational suffixes closing a person's name ("Robert Hollister III", "Samuel T. Whitfield Jr."): part of the name, never an acronym. */
export const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/** A name in the possessive at the start of a text: "Yusuf’s", "Ms. de la Rosa's". */
export const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.-]*(?:\s+(?:\p{Lu}[\p{L}.-]*|de|la|van|von|da|di))*['’]s(?![\p{L}])/u;

/** `text` with its words in the possessive blanked: "the chair's son" holds no chair, "the chief's frustration" describes no chief. */
export function withoutPossessives(text: string): string {
  return text.includes("'s") || text.includes('’s') ? text.replace(/[\p{L}\p{M}-]+['’]s(?![\p{L}])/gu, ' ') : text;
}

/** Whether a word marks an organisation ("District", "ACLU"). */
export function isOrgWord(word: string): boolean {
  if (ORG_WORDS.has(word.toLowerCase()) || isAcronym(word)) return true;
  // "Association’s": an organisation word in the possessive is still one.
  return word.endsWith('s') && (word.endsWith('’s') || word.endsWith("'s")) && isOrgWord(word.slice(0, -2));
}

export const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'the', 'on', 'in', '&']);

/** The Gaelic article inside a surname after "Mac"/"Nic" ("Eilidh Mac an t-Saoir"). */
export const GAELIC_ARTICLE_AFTER = new Set(['Mac', 'Nic', 'Ó', 'Ní', 'Ua', 'Mhic']);

/** "Eilidh Mac an t-Saoir", "Iain Mac a' Phì": the Gaelic article after "Mac"/"Nic" belongs to the surname. */
export function isGaelicArticle(list: readonly Word[], k: number): boolean {
  const word = list[k]?.text;
  return (word === 'an' || word === "a'" || word === 'a’') && GAELIC_ARTICLE_AFTER.has(list[k - 1]?.text ?? '');
}

export const PARTICLES = new Set(['dela', 'de', 'del', 'della', 'la', 'le', 'los', 'las', 'des', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'bin', 'al', 'st.', 'y', 'dos', 'das', 'do', 'ter', 'ten', 'ibn', 'bint', 'ap', 'ab', 'verch', 'ferch', 'binti', 'bte', 'a/l', 'a/p', 's/o', 'd/o', 'wa', 'arap']);

/** Words that describe a person by party rather than name them ("Republican Jane Doe"): never the start of a name. */
export const PARTY_WORDS = new Set(['democrat', 'democratic', 'republican', 'independent', 'libertarian', 'conservative', 'labour', 'liberal', 'tory']);

/**
 * "Nine-year-old", "Seventeen-year-old", "Mum-of-two", "Father-of-three": an age or family opening a sentence
 * before a name, never part of it.
 */
export const AGE_WORD = /-(?:year|month)s?-old$|^\p{L}+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$|^\p{L}+-graders?$/iu;

/** Words that continue an office after a title ("Chief Executive", "Chief Financial Officer", "Vice Chancellor"). */
export const OFFICE_WORDS = new Set(['executive', 'operating', 'financial', 'academic', 'information', 'technology', 'general', 'managing', 'vice', 'deputy', 'assistant', 'associate', 'senior', 'interim', 'acting', 'emeritus']);

export function isPersonWord(word: Word | undefined): boolean {
  if (word === undefined) return false;
  // Asked of every word of every capitalised run, often many times: remembered per spelling.
  let found = personWords.get(word.text);
  if (found === undefined) {
    found = isCapitalised(word.text) && !isOrgWord(word.text) && !NOT_NAME_WORDS.has(word.text.toLowerCase()) && !isTitle(word.text);
    if (personWords.size > 50_000) personWords.clear();
    personWords.set(word.text, found);
  }
  return found;
}

const personWords = new Map<string, boolean>();

/** The first word at or after `index` that is not a name particle (at most two are skipped: "da", "de la"). */
export function afterParticles(list: readonly Word[], index: number): Word | undefined {
  let k = index;
  while (k < list.length && k - index < 2 && (PARTICLES.has(list[k]?.text ?? '') || isNumberNamePart(list, k))) k += 1;
  return list[k];
}

/**
 * "Winona Two Bulls", "Charlene Three Irons": a capitalised number word inside a name, after a name word and before a
 * capitalised word that is no organisation word, belongs to the surname.
 */
export function isNumberNamePart(list: readonly Word[], k: number): boolean {
  const word = list[k];
  if (k === 0 || word === undefined || !(NUMBER_WORDS.has(word.text) || word.text === 'First' || word.text === 'Last') || !isPersonWord(list[k - 1])) return false;
  if (NUMBER_WORDS.has(word.text) && isPersonWord(list[k + 1])) return true;
  // "Clarence Walks First": an ordinal closing a name of three or more words (a given name, then the surname).
  return (word.text === 'First' || word.text === 'Last') && k >= 2 && isPersonWord(list[k - 2]) && (k + 1 >= list.length || !isPersonWord(list[k + 1]));
}

const NUMBER_WORDS = new Set(['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'One']);

/**
 * "Lebanon's Ministry of Education and Higher Education": a place's possessive before a ministry or department is
 * no part of its name.
 */
export function withoutPossessor(name: string): string {
  // "The Australian Education Union's Victorian branch", "The Ministry of Education’s deputy secretary": the
  // organisation's own name ends at its possessive (not in "Pima County Recorder's Office", closed by its own word).
  // Most names have no possessive at all: nothing to cut (this runs for every organisation mention and lookup).
  if (!name.includes("'") && !name.includes('’')) return name;
  const words = name.split(/\s+/);
  // Not after "of the" with the name going on ("Office of the Children's Advocate"): there the possessive is inside it.
  const cut = words.findIndex((word, k) => k > 0 && /['’]s$/u.test(word) && !(words[k - 1] === 'the' && words[k - 2] === 'of' && k + 1 < words.length) && words.slice(0, k + 1).some((w) => isOrgWord(w.replace(/['’]s$/u, ''))) && !words.slice(k + 1).some(isOrgWord));
  if (cut > 0) return words.slice(0, cut + 1).join(' ').replace(/['’]s$/u, '');
  const match = /^(\p{Lu}[\p{L}.-]*)['’]s\s+(?=\p{Lu})/u.exec(name);
  if (match === null) return name;
  const rest = name.slice(match[0].length);
  // Only before a government body, and never after an office ("Mayor's Office for Policing and Crime") or a
  // group ("Patrolmen's Benevolent Association"), where the possessive is the name's own.
  return /^(?:Ministry|Department)\s/u.test(rest) && !isTitle(match[1] ?? '') ? rest : name;
}

/** "D-Wilmington", "R-Texas", and Minnesota's "DFL-Brooklyn Park": a party and a place after a lawmaker's name. */
export const PARTY_TAG = /^(?:[DRI]|DFL|GOP)-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u;
