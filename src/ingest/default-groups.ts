import type { Group, Speaker } from '../model/corpus-schema.js';
import { tokenize } from '../text/fold.js';
import { roleHead } from '../text/role-head.js';

/**
 * Groups every school debate has, so that "what do parents think?" works on a corpus built by ingest alone.
 * Their words serve twice: to recognise the group in a question, and to place a new speaker by the role the
 * article gives them ("parent Mulenga Chen", "Junior Marcus Bell", "Superintendent Karen Voss"). Editors can
 * rename, extend or delete them in corpus.json; ingest only adds the ones a corpus lacks.
 */
export const DEFAULT_GROUPS: readonly Group[] = [
  { id: 'parent', label: 'Parents', words: ['parent', 'parents', 'mother', 'mothers', 'father', 'fathers', 'mom', 'moms', 'dad', 'dads', 'families', 'guardian', 'guardians'] },
  { id: 'student', label: 'Students', words: ['student', 'students', 'pupil', 'pupils', 'junior', 'juniors', 'senior', 'seniors', 'sophomore', 'sophomores', 'freshman', 'freshmen', 'kids', 'teens', 'teenagers', 'grader', 'graders'] },
  { id: 'teacher', label: 'Teachers', words: ['teacher', 'teachers', 'educator', 'educators', 'instructor', 'instructors', 'professor', 'professors', 'faculty', 'librarian', 'librarians', 'coach', 'coaches', 'counselor', 'counselors'] },
  { id: 'school-leader', label: 'School leaders', words: ['principal', 'principals', 'superintendent', 'superintendents', 'school board', 'board member', 'board members', 'board president', 'trustee', 'trustees', 'chancellor', 'administrator', 'administrators', 'headteacher', 'head teacher'] },
  { id: 'lawmaker', label: 'Lawmakers', words: ['lawmaker', 'lawmakers', 'legislator', 'legislators', 'senator', 'senators', 'sen', 'representative', 'rep', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'council member', 'councilmember', 'councilman', 'councilwoman', 'politicians', 'mp', 'state house', 'state senate', 'legislature', 'assembly member', 'congress', 'parliament', 'council president', 'alderman', 'alderwoman', 'alderperson', 'county commissioner', 'selectman', 'selectwoman'] },
  { id: 'union', label: 'Unions', words: ['union', 'unions', 'federation', 'association president', 'brotherhood', 'teamsters', 'guild', 'afl-cio'] },
  { id: 'researcher', label: 'Researchers', words: ['researcher', 'researchers', 'scientist', 'scientists', 'economist', 'economists', 'expert', 'experts', 'psychologist', 'pediatrician', 'pediatricians', 'study author', 'analyst', 'analysts', 'hydrologist', 'hydrologists', 'epidemiologist', 'epidemiologists'] },
];


/** Relative clauses that say who someone is when the head does not ("whose daughter is in seventh grade"). */
const CLAUSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:whose|who has|who have|with)\s+(?:a\s+|an\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:[\p{L}-]+\s+)?(?:sons?|daughters?|child|children|kids?|twins|stepsons?|stepdaughters?|grandchildren|grandsons?|granddaughters?)\b/iu, 'parent'],
  [/\bwho\s+(?:teaches|taught|coaches)\b/iu, 'teacher'],
  [/\bwho\s+(?:studies|studied|researches|has studied)\b/iu, 'researcher'],
];

/** School years that name a student only on their own ("Senior", "a senior at Lincoln"), not in "senior fellow". */
const SCHOOL_YEARS = new Set(['junior', 'senior', 'sophomore', 'freshman']);

/**
 * The ids of the groups a role puts its holder in, read from what the role says they are: its head ("Fourth-grade
 * teacher", "a mother of two" → "mother"), then relative clauses about them ("whose daughter is in seventh grade",
 * "who teaches math", "who studies grading"); only when neither places them, any group word in the role
 * ("president of the Westfield Teachers Union"). Stems compared, so "Parents" fits "parent".
 */
export function groupsForRole(role: string | null, groups: readonly Group[]): string[] {
  if (role === null) return [];
  const headStems = stemsOf(roleHead(role));
  const found = new Set(groups.filter((group) => group.words.some((phrase) => contains(headStems, phrase))).map((group) => group.id));
  for (const [clause, id] of CLAUSES) if (clause.test(role) && groups.some((group) => group.id === id)) found.add(id);
  if (found.size > 0) return groups.filter((group) => found.has(group.id)).map((group) => group.id);
  // (Not in a clause about something else: "a fellow at a think tank that studies student assessment".)
  const stems = stemsOf(role.split(/\s(?:that|which|who|whose)\s/u)[0] ?? role);
  return groups.filter((group) => group.words.some((phrase) => contains(stems, phrase))).map((group) => group.id);
}

/** A text's stems, without a school year that qualifies the next word: "a senior" is a student, "senior fellow" not. */
function stemsOf(text: string): string[] {
  const tokens = tokenize(text);
  return tokens.filter((token, i) => !(SCHOOL_YEARS.has(token.word) && i < tokens.length - 1 && !/^(?:at|in|student|students)$/u.test(tokens[i + 1]?.word ?? ''))).map((token) => token.stem);
}

function contains(stems: readonly string[], phrase: string): boolean {
  const words = tokenize(phrase).map((token) => token.stem);
  return stems.some((_, i) => words.every((word, k) => stems[i + k] === word));
}

/** The corpus's groups plus the defaults it lacks (by id). */
export function withDefaultGroups(groups: readonly Group[]): Group[] {
  const have = new Set(groups.map((group) => group.id));
  return [...groups, ...DEFAULT_GROUPS.filter((group) => !have.has(group.id))];
}

/** A new speaker's groups from their role; known speakers keep what an editor gave them. */
export function placeSpeaker(speaker: Speaker, groups: readonly Group[]): Speaker {
  return speaker.groups.length > 0 ? speaker : { ...speaker, groups: groupsForRole(speaker.role, groups) };
}
