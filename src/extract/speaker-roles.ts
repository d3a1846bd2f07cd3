import { isSpeechVerbWord, NOT_NAME_WORDS, ROLE_NOUNS, TRADITIONAL_HONORIFICS } from './attribution-words.js';
import { isOrgWord, type Word } from './name-words.js';
import type { RunReading } from './name-phrase.js';

/**
 * The role a person's first mention gives them: an office around a title ("Board President"), a descriptor before the
 * name ("parent"), an office before it ("the district's general counsel, Ana Lee,"), an appositive after it (", a junior
 * at Lincoln High,") or "is with" an organisation. Shown beside every quote, so what is not a role is left out.
 */

/** "parent Mulenga Chen", "school board member Tom Reyes": lower-case words right before the name. */
export function descriptorBefore(list: readonly Word[], index: number): string | null {
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
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'prof', ...TRADITIONAL_HONORIFICS.keys()]);

/** Lower-case words that qualify a title rather than replace it ("state Sen.", "former Superintendent"). */
const TITLE_MODIFIERS = new Set(['state', 'former', 'federal', 'county', 'city', 'district', 'school', 'board', 'acting', 'interim', 'deputy', 'assistant', 'retired', 'then']);

/**
 * The role a first mention gives: the whole office around the title ("Board President", "Jackson County
 * Sheriff", "JCPS Superintendent", "state Sen."), a descriptor before the name ("Fourth-grade teacher"), or the
 * organisation before it ("ACLU of Missouri"). Courtesy titles alone ("Dr.", "Mr") are no role.
 */
export function roleOf(reading: Extract<RunReading, { kind: 'person' }>, descriptor: string | null, affiliated: boolean): string | null {
  const office = (reading.title !== null && HONORIFICS.has(reading.title.toLowerCase()) ? '' : reading.title)
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
export function officeBefore(narration: string, start: number): string | null {
  const match = /(?:^|[\s(])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\p{L}.-]+['’]s?)\s+((?:\p{Ll}[\p{L}-]*\s+){0,5}\p{Ll}[\p{L}-]*),\s*$/u.exec(narration.slice(Math.max(0, start - 100), start));
  const found = match?.[1];
  if (found === undefined) return null;
  // "at the hearing by its president, Janet Okafor,": the office starts after the last determiner in it.
  const words = found.split(/\s+/);
  // (Only when an office follows it: "the headmistress of the school" keeps its "of the school".)
  const cut = words.findLastIndex((word) => /^(?:the|its|his|her|their)$/u.test(word));
  const office = (cut >= 0 && words.slice(cut + 1).some((word) => ROLE_NOUNS.has(word)) ? words.slice(cut + 1) : words).join(' ');
  const nouns = office.split(/\s+/);
  return nouns.some((noun) => ROLE_NOUNS.has(noun)) ? office : null;
}

/** ", assistant to the commissioner of …," or ", D-Connecticut," right after the name. */
export function appositiveAfter(narration: string, start: number, end: number): string | null {
  const window = narration.slice(end, end + 160);
  // A thousands separator ("the head of a 1,400-pupil academy") does not end the appositive.
  // Nor does an initial's full stop ("co-founder of the Robert F. Smith STEAM Academy").
  const masked = window.replace(/(?<=\d),(?=\d{3})/gu, '\u0001').replace(/(?<=(?:^|\s)\p{Lu})\.(?= \p{Lu})/gu, '\u0001');
  const match = /^,\s+((?:a|an|the)\s+[^,.;]{2,120}|\p{Ll}[^,.;]{2,120}|(?:[DRI]|DFL|GOP)-[\p{L} .]+?)(?=[,.;]|$)/u.exec(masked);
  const text = match?.[1] === undefined ? undefined : window.slice(match.index + match[0].indexOf(match[1]), match.index + match[0].indexOf(match[1]) + match[1].length);
  if (text === undefined) return null;
  // "The lone board member who voted no, Gerald Ashworth, made a similar argument.": a name that is itself an
  // appositive is followed by the sentence's predicate, which runs to the full stop; an appositive would close with a comma.
  if (/,\s*$/u.test(narration.slice(Math.max(0, start - 3), start)) && narration[end + (match?.[0].length ?? 0)] === '.') return null;
  // ", who teaches government at Brookfield High,", ", whose daughter is in seventh grade,": a relative clause that
  // says what the person does or who they are to a child is their role; any other is narration.
  if (/^(?:who\s+(?:teaches|taught|coaches|runs|chairs|heads|leads|directs|represents|manages|owns|founded|co-founded|works\s+as|serves\s+as)|whose\s+(?:\w+\s+)?(?:son|daughter|child|children|kids|twins|grandson|granddaughter|grandchildren|stepson|stepdaughter)s?)\b/u.test(text)) {
    // (Up to a second verb: "who teaches government in Dayton and testified before the committee".)
    return text.replace(/\s+and\s+\p{Ll}+ed\b.*$/u, '').trim();
  }
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
export function withOrg(narration: string, end: number): string | null {
  const match = /^\s+(?:is|was)\s+(?:with|at|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|the|to))*\s*)+)/u.exec(narration.slice(end, end + 160));
  const org = match?.[1]?.trim();
  return org !== undefined && org.split(/\s+/).some(isOrgWord) ? org.replace(/\s+(?:of|for|and|the|to)$/u, '') : null;
}
