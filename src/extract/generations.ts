import type { PersonEntry } from './speaker-table.js';

/**
 * Telling apart people who share a surname by generation: a parent and child in one story ("her daughter, Ana
 * Ruiz, 16"), where copy writes "the younger Ms. Ruiz" or "the elder Ruiz". Without this, a surname alone goes to
 * whichever of them the article names most, and so does every "she said" after it.
 */

/** "the younger Ms." / "the elder" right before a surname: group 1 the generation word, group 2 a courtesy title. */
const QUALIFIER = /(?<![\p{L}])(younger|elder|older)\s+(?:(Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/iu;
/** A relation word just before a first mention: "Her daughter, Ana Ruiz" (younger) or "his father, Jon Ruiz" (older). */
const CHILD_BEFORE = /(?<![\p{L}])(?:daughter|son|child|granddaughter|grandson|stepdaughter|stepson)\s*,?\s*$/iu;
const PARENT_BEFORE = /(?<![\p{L}])(?:mother|father|mom|dad|parent|grandmother|grandfather|stepmother|stepfather)\s*,?\s*$/iu;
/** What follows a first mention: an age (", 16,") or an appositive naming a school year or a family role. */
const AGE_AFTER = /^,\s*(\d{1,3})(?!\d)/u;
const AGE_BEFORE = /(?<![\p{N}])(\d{1,3})-(?:year|month)-old\s+$/u;
const STUDENT_ROLE = /(?<![\p{L}])(?:junior|sophomore|freshman|student|pupil|(?:\d+th|first|second|third|fifth|sixth|seventh|eighth|ninth)-grader)(?![\p{L}])/iu;
const PARENT_ROLE = /(?<![\p{L}])(?:mother|father|mom|dad|parent|grandmother|grandfather)(?![\p{L}])/iu;

/**
 * How old a person reads at their first mention: below zero for a child (a daughter or son, a student, an age
 * under 21, "Jr."), above zero for a parent (a mother or father, an age of 21 or more, "Sr."), zero when the
 * copy gives no cue.
 */
export function generationOf(narration: string, person: PersonEntry, first: number): number {
  const before = narration.slice(Math.max(0, first - 30), first);
  const after = narration.slice(first + person.name.length, first + person.name.length + 100);
  let score = 0;
  // "7-year-old Yusuf Rahimi": an age written before the name.
  const ageBefore = AGE_BEFORE.exec(before);
  if (ageBefore !== null) score += Number(ageBefore[1]) < 21 ? -1 : 1;
  if (CHILD_BEFORE.test(before) || /\bJr\.?$/u.test(person.name)) score -= 1;
  if (PARENT_BEFORE.test(before) || /\bSr\.?$/u.test(person.name)) score += 1;
  const age = AGE_AFTER.exec(after);
  if (age !== null) score += Number(age[1]) < 21 ? -1 : 1;
  const appositive = /^,\s*([^.;]*)/u.exec(after)?.[1] ?? '';
  if (STUDENT_ROLE.test(appositive)) score -= 1;
  else if (PARENT_ROLE.test(appositive)) score += 1;
  return score;
}

/**
 * The one of `people` (who share a surname) that "the younger" / "the elder" before offset `at` means, among
 * those named before it (and of the gender a courtesy title gives). Undefined when there is no such qualifier or
 * the cues do not single anyone out.
 */
export function byGeneration(
  people: readonly PersonEntry[],
  generation: ReadonlyMap<PersonEntry, { readonly first: number; readonly score: number }>,
  narration: string,
  at: number,
): PersonEntry | undefined {
  let pool = people.filter((person) => (generation.get(person)?.first ?? at) < at);
  if (pool.length < 2) return undefined;
  const qualifier = QUALIFIER.exec(narration.slice(Math.max(0, at - 30), at));
  if (qualifier === null) return undefined;
  const title = qualifier[2]?.toLowerCase();
  const gender = title === 'mr' ? 'm' : title === 'mrs' || title === 'ms' || title === 'miss' ? 'f' : null;
  if (gender !== null) pool = pool.filter((person) => person.gender === null || person.gender === gender);
  if (pool.length < 2) return pool[0];
  const younger = (qualifier[1] ?? '').toLowerCase() === 'younger';
  const ranked = [...pool].sort((a, b) => ((generation.get(a)?.score ?? 0) - (generation.get(b)?.score ?? 0)) * (younger ? 1 : -1));
  const [best, next] = ranked;
  return best !== undefined && next !== undefined && generation.get(best)?.score !== generation.get(next)?.score ? best : undefined;
}

/**
 * "Rahimi said" after "7-year-old Yusuf Rahimi" and "his mother, Nadia Rahimi": with no "younger"/"elder", copy
 * gives the bare surname to the adult (a child is named by a given name on second reference). The one of
 * `people` the cues make oldest, when exactly one is.
 */
export function eldest(people: readonly PersonEntry[], generation: ReadonlyMap<PersonEntry, { readonly score: number }>): PersonEntry | undefined {
  const ranked = [...people].sort((a, b) => (generation.get(b)?.score ?? 0) - (generation.get(a)?.score ?? 0));
  const [best, next] = ranked;
  return best !== undefined && next !== undefined && (generation.get(best)?.score ?? 0) > (generation.get(next)?.score ?? 0) ? best : undefined;
}
