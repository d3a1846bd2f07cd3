import { NOT_NAME_WORDS } from './attribution-words.js';
import { firstNameGender } from './first-names.js';
import { AGE_WORD, CONNECTORS, isGaelicArticle, isCapitalised, isOrgWord, isPersonWord, isTitle, PARTICLES, PARTY_WORDS, type Word } from './name-words.js';

/** Capitalised phrases in narration: the runs of name words (with connectors, particles and nicknames inside) that readRun reads. */

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
    // "Sen. Dolores Ferreira-Haines, Democrat of Wilmington, told reporters": a party and its place describe the
    // person before them; neither is anyone who speaks.
    if (list[i - 1]?.text === ',' && PARTY_WORDS.has(word.text.toLowerCase()) && /^(?:of|from)$/u.test(list[i + 1]?.text ?? '')) {
      i += 2;
      while (list[i] !== undefined && isNameWord((list[i] as Word).text)) i += 1;
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
      while (k < list.length && k - j < 2 && (CONNECTORS.has(list[k]?.text ?? '') || PARTICLES.has(list[k]?.text ?? '') || isGaelicArticle(list, k))) {
        bridge.push(list[k] as Word);
        k += 1;
      }
      const after = list[k];
      // "Warren and Reps. Ayanna Pressley": "and" before a title or first name joins two people, not one name.
      // (Also "… and Education Minister Prue Lindqvist": a word, then a title.)
      // (Inside an organisation's field, "Department of Education and Early Development", a word the lists know as a
      // given name is the field's: only a title after "and" joins people there.)
      // ("a memo from Police Chief Curtis Lyle to Superintendent Lane Whitaker": "to" before a title is between two people too.)
      const joinsPeople = (bridge.some((w) => w.text === 'to') && after !== undefined && isTitle(after.text)) || (bridge.some((w) => w.text === 'and') && after !== undefined && (isTitle(after.text) || (firstNameGender(after.text) !== undefined && !inOrgField(run)) || (isTitle(list[k + 1]?.text ?? '') && isPersonWord(list[k + 2]))));
      // "Kenya National Union of Teachers", "Parents for …": a group noun after "of"/"for" closes an organisation's name.
      const groupField = after !== undefined && /^\p{Lu}/u.test(after.text) && GROUP_NOUNS.has(after.text.toLowerCase()) && bridge.some((w) => w.text === 'of' || w.text === 'for') && run.some((w) => isOrgWord(w.text));
      // "Federation of All Pakistan Universities …": "All" after "of" opens the field of an organisation's name.
      const allOf = after?.text === 'All' && bridge.length === 1 && bridge[0]?.text === 'of' && isNameWord(list[k + 1]?.text ?? '');
      if (bridge.length > 0 && after !== undefined && !joinsPeople && isNameWord(after.text) && (groupField || allOf || !NOT_NAME_WORDS.has(after.text.toLowerCase()))) {
        run.push(...bridge, after);
        j = k + 1;
        continue;
      }
      // French capitalises only an organisation's first word: "Conseil scolaire des Prairies", "Mouvement Québec
      // français". After a French organisation head, lower-case French adjectives stay in the run.
      if (run.some((w, n) => n <= 1 && FRENCH_ORG_HEADS.has(w.text)) && adjacent(run[run.length - 1], next) && FRENCH_ADJECTIVE.test(next.text)) {
        run.push(next);
        j += 1;
        continue;
      }
      // "Ministry of Education, Culture, Sports, Science and Technology": a ministry's fields listed with commas, the
      // last after "and".
      const listed = run.some((w) => MINISTRY_HEADS.has(w.text)) && run.some((w) => w.text === 'of') ? fieldListEnd(list, j) : -1;
      if (listed > j) {
        run.push(...list.slice(j, listed));
        j = listed;
        continue;
      }
      // "Association des conseils scolaires des écoles publiques de l’Ontario": lower-case French words after a head
      // and a French article, as far as the capitalised word that closes the name.
      const tail = run.length <= 2 && run.some((w) => FRENCH_ORG_HEADS.has(w.text) || FRENCH_ONLY_BEFORE_ARTICLE.has(w.text)) ? frenchTail(list, j) : -1;
      if (tail > j) {
        run.push(...list.slice(j, tail));
        j = tail;
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

/** French organisation nouns that open a name ("Conseil", "Mouvement", "Fédération"). */
const FRENCH_ORG_HEADS = new Set(['Conseil', 'Mouvement', 'Fédération', 'Syndicat', 'Comité', 'Regroupement', 'Ministère', 'Collège', 'École', 'Université', 'Centre', 'Société', 'Institut', 'Commission']);
const MINISTRY_HEADS = new Set(['Ministry', 'Department', 'Secretariat', 'Directorate']);

/** Whether a run is an organisation's name with a field after "of" so far ("Department of Education"). */
function inOrgField(run: readonly Word[]): boolean {
  return run.some((w) => w.text === 'of') && run.some((w) => MINISTRY_HEADS.has(w.text) || isOrgWord(w.text));
}

/** The end (exclusive) of ", Culture, Sports, Science and Technology" from `from` (its first comma), or -1. */
function fieldListEnd(list: readonly Word[], from: number): number {
  let k = from;
  for (let items = 0; items < 8 && list[k]?.text === ','; items += 1) {
    if (!/^\p{Lu}/u.test(list[k + 1]?.text ?? '')) return -1;
    k += 2;
    if (list[k]?.text === 'and' && /^\p{Lu}/u.test(list[k + 1]?.text ?? '')) return k + 2;
  }
  return -1;
}

/** Heads English shares with French, read as French only before a French article ("Association des …"). */
const FRENCH_ONLY_BEFORE_ARTICLE = new Set(['Association', 'Alliance', 'Union', 'Coalition', 'Table']);
const FRENCH_ARTICLES = new Set(['des', 'de', 'du', 'la', 'le', 'les', 'et', 'pour', 'aux', 'au', 'en', 'd’', "d'", 'l’', "l'"]);

/**
 * The end (exclusive) of a French organisation name's lower-case stretch starting at `from` with a French article:
 * up to eight lower-case words and articles, closed by a capitalised word ("Québec", "l’Ontario") or else by the
 * last French adjective before the name ends. -1 when neither closes it.
 */
function frenchTail(list: readonly Word[], from: number): number {
  if (!FRENCH_ARTICLES.has(list[from]?.text ?? '')) return -1;
  // "Fédération des établissements d'enseignement privés, which …": failing a capitalised word, the name may close
  // on a French adjective right before the sentence goes on.
  let adjectiveEnd = -1;
  for (let k = from; k < list.length && k - from <= 8; k += 1) {
    const word = list[k] as Word;
    if (k > from && !adjacent(list[k - 1], word)) break;
    if (/^(?:\p{Lu}|[ld][’']\p{Lu})/u.test(word.text)) return k > from ? k + 1 : -1;
    if (!/^\p{Ll}[\p{Ll}’'-]*$/u.test(word.text) || ENGLISH_BREAKS.has(word.text)) break;
    if (k > from && (FRENCH_ADJECTIVE.test(word.text) || /(?:é|ée|és|ées)$/u.test(word.text))) adjectiveEnd = k + 1;
  }
  return adjectiveEnd;
}

/** English words that cannot sit inside a French name: reaching one means the name has ended. */
const ENGLISH_BREAKS = new Set(['said', 'says', 'which', 'who', 'that', 'the', 'and', 'is', 'was', 'has', 'have', 'of', 'for', 'to', 'in', 'on', 'with', 'at', 'by', 'from', 'a', 'an']);

/** Lower-case French adjectives as organisations' names use them ("scolaire", "français", "québécoise", "nationale"). */
const FRENCH_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:aire|ais|aise|ois|oise|ien|ienne|al|ale|aux|ique|if|ive|el|elle|eur|eure|ère|ier)$/u;

const OPEN_QUOTE = new Set(['"', '“', '‘', "'"]);

const CLOSE_QUOTE = new Set(['"', '”', '’', "'"]);

/**
 * The index of the word after a quoted nickname of one or two capitalised words starting at `j`
 * (`"Bobby"`, `"D.J."`), or -1. Only a nickname directly followed by another capitalised word counts, so a quotation
 * opening after a name ("Tran said "Put it …") is never swallowed.
 */
function nicknameEnd(list: readonly Word[], j: number): number {
  const open = list[j]?.text ?? '';
  if (!OPEN_QUOTE.has(open)) return -1;
  // Ray 'Lolly' Hibbert: a word takes in a following apostrophe, so a single-quoted nickname's closing mark is
  // the last character of its word.
  const next = list[j + 1]?.text ?? '';
  if ((open === "'" || open === '‘') && /^\p{Lu}\p{L}+['’]$/u.test(next) && list[j + 2] !== undefined && (list[j + 2] as Word).start - (list[j + 1] as Word).end <= 1) return j + 2;
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
  const next = list[1]?.text;
  return first !== undefined && (next === 'for' || next === 'of') && /^\p{Lu}/u.test(first.text) && GROUP_NOUNS.has(first.text.toLowerCase()) && isPersonWord(list[2]);
}

/** Plural nouns for the people an organisation gathers or serves: they may open its name or close it after "of"/"for". */
export const GROUP_NOUNS = new Set(['parents', 'students', 'teachers', 'officials', 'critics', 'supporters', 'opponents', 'advocates', 'lawmakers', 'residents', 'members', 'educators', 'workers', 'nurses', 'principals', 'superintendents', 'librarians', 'families', 'women', 'veterans', 'administrators', 'counselors', 'counsellors', 'officers', 'employees', 'children', 'youth', 'chiefs', 'sheriffs', 'mayors', 'coaches']);

/** A function word opening a run ("The", "Our"); "US" and "IT" in capitals are acronyms ("the US Education Department"), not "us" and "it". */
const isFunctionWord = (word: string): boolean => NOT_NAME_WORDS.has(word.toLowerCase()) && (word.length < 2 || word !== word.toUpperCase());

/** Drops sentence-opening function words from the front and connectors from the end of a run. */
function trimRun(run: NameRun): NameRun | null {
  const list = [...run.words];
  // ("Teachers Union of Namibia", "Parents Association": a group noun before an organisation word opens its name.)
  while (list.length > 0 && (isFunctionWord(list[0]?.text ?? '') || CONNECTORS.has(list[0]?.text ?? '') || ((list[0]?.text ?? '').includes('-') && AGE_WORD.test(list[0]?.text ?? ''))) && !keepsNew(list) && !opensGroupName(list) && !(GROUP_NOUNS.has((list[0]?.text ?? '').toLowerCase()) && isOrgWord(list[1]?.text ?? ''))) list.shift();
  while (list.length > 0 && (CONNECTORS.has(list[list.length - 1]?.text ?? '') || PARTICLES.has(list[list.length - 1]?.text ?? ''))) list.pop();
  if (list.length === 0) return null;
  const trimmed = list[0] !== run.words[0];
  return { words: list, start: list[0]?.start ?? 0, end: list[list.length - 1]?.end ?? 0, opensSentence: run.opensSentence && !trimmed };
}
