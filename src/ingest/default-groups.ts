import type { Group, Speaker } from '../model/corpus-schema.js';
import { tokenize } from '../text/fold.js';

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
  { id: 'lawmaker', label: 'Lawmakers', words: ['lawmaker', 'lawmakers', 'legislator', 'legislators', 'senator', 'senators', 'sen', 'representative', 'rep', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'council member', 'councilmember', 'councilman', 'councilwoman', 'politicians', 'mp'] },
  { id: 'union', label: 'Unions', words: ['union', 'unions', 'federation', 'association president'] },
  { id: 'researcher', label: 'Researchers', words: ['researcher', 'researchers', 'scientist', 'scientists', 'economist', 'economists', 'expert', 'experts', 'psychologist', 'pediatrician', 'pediatricians', 'study author'] },
];

/** The ids of the groups whose words the role mentions (stems compared, so "Parents" fits "parent"). */
export function groupsForRole(role: string | null, groups: readonly Group[]): string[] {
  if (role === null) return [];
  const stems = tokenize(role).map((token) => token.stem);
  const has = (phrase: string) => {
    const words = tokenize(phrase).map((token) => token.stem);
    return stems.some((_, i) => words.every((word, k) => stems[i + k] === word));
  };
  return groups.filter((group) => group.words.some(has)).map((group) => group.id);
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
