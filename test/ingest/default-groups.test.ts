import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUPS, groupsForRole, withDefaultGroups } from '../../src/ingest/default-groups.js';

describe('placing new speakers in groups by their role', () => {
  it.each([
    ['parent', ['parent']],
    ['Parents of two', ['parent']],
    ['Junior', ['student']],
    ['Fourth-grade teacher', ['teacher']],
    ['Superintendent', ['school-leader']],
    ['Board President', ['school-leader']],
    ['Republican state Sen.', ['lawmaker']],
    ['president of the Westfield Teachers Union', ['teacher', 'union']],
    ['pediatrician at Children’s Mercy', ['researcher']],
    ['spokesperson', []],
    // The head says who they are; relative clauses about them count, words about other things do not.
    ['whose daughter is in seventh grade', ['parent']],
    ['a nurse who has twins at Lincoln Middle', ['parent']],
    ['who teaches eighth-grade math', ['teacher']],
    ['a professor who studies grading', ['teacher', 'researcher']],
    ['a senior fellow at a think tank that studies student assessment and teacher pay', []],
    ['a senior at Westfield High', ['student']],
    ['a Republican member of the state House', ['lawmaker']],
    ['an energy analyst with the Midwest Grid Institute', ['researcher']],
    ['business manager of International Brotherhood of Electrical Workers Local 48', ['union']],
    ['Council President', ['lawmaker']],
  ])('puts "%s" in %j', (role, groups) => {
    expect(groupsForRole(role, DEFAULT_GROUPS)).toEqual(groups);
  });

  it('places no one without a role', () => {
    expect(groupsForRole(null, DEFAULT_GROUPS)).toEqual([]);
  });

  it('adds only the default groups a corpus lacks, keeping an editor’s own', () => {
    const mine = { id: 'parent', label: 'Families', words: ['families'] };
    const groups = withDefaultGroups([mine]);
    expect(groups.filter((group) => group.id === 'parent')).toEqual([mine]);
    expect(groups.map((group) => group.id)).toContain('student');
  });
});
