import { describe, expect, it } from 'vitest';
import { createCounterpoint, defaultCorpusDir, loadCorpus, type Side } from '../../src/index.js';
import { roleTitles } from '../../src/understand/vocabulary.js';

const engine = createCounterpoint(loadCorpus(defaultCorpusDir()));

interface Case {
  readonly question: string;
  /** The side understood; undefined: don't care. */
  readonly side?: Side | null;
  readonly speakers?: readonly string[];
  readonly groups?: readonly string[];
  readonly terms?: readonly string[];
  /** True when the answer must be "nothing on that" (a notice and no quotes). */
  readonly nothing?: boolean;
}

// Each row: what a user might type, and what the question must be understood to ask.
const CASES: readonly Case[] = [
  { question: 'what do SRO supporters say?', side: 'for', speakers: [], terms: [] },
  { question: 'What do supporters of school resource officers say?', side: 'for' },
  { question: 'what do suporters say', side: 'for' },
  { question: 'what do the proponents argue?', side: 'for' },
  { question: 'who defends police in schools?', side: 'for' },
  { question: 'arguments for keeping cops in schools', side: 'for' },
  { question: 'what do people against removing SROs say?', side: 'for' },
  { question: 'what do critics of removing police say?', side: 'for' },
  { question: "who doesn't want police out of schools?", side: 'for' },
  { question: 'why keep police in schools?', side: 'for' },
  { question: 'What do critics say?', side: 'against', terms: [] },
  { question: 'what do critcs say', side: 'against' },
  { question: 'what do opponents of SROs think?', side: 'against' },
  { question: 'what do supporters of removing police say?', side: 'against' },
  { question: 'who wants police out of schools?', side: 'against' },
  { question: "who doesn't support school resource officers?", side: 'against' },
  { question: 'arguments against cops on campus', side: 'against' },
  { question: 'why remove police from schools?', side: 'against' },
  { question: 'what do the skeptics say about SROs?', side: 'against' },
  { question: 'what are the objections to police in schools', side: 'against' },
  { question: 'what do undecided people think?', side: 'mixed' },
  { question: 'who is on the fence about SROs?', side: 'mixed' },
  { question: 'anyone 50-50 on this?', side: 'mixed' },
  { question: 'should police be in schools?', side: null, speakers: [], groups: [], terms: [] },
  { question: 'Should cops be in schools', side: null },
  { question: 'pros and cons of school resource officers', side: null },
  { question: 'what do supporters and critics say?', side: null },
  { question: 'what about Parkland?', side: null, terms: ['parkland'] },
  { question: 'what about Sandy Hook?', side: null },
  { question: 'what did the ACLU say?', speakers: ['ACLU of Missouri'] },
  { question: 'what did the aclu say', speakers: ['ACLU of Missouri'] },
  { question: 'What does NASRO think?', speakers: ['National Association of School Resource Officers'] },
  { question: 'what did Murphy say?', speakers: ['Chris Murphy'] },
  { question: 'What did Sen. Chris Murphy say about racism?', speakers: ['Chris Murphy'], terms: ['racism'] },
  { question: 'what did henriquez say', speakers: ['Luz Maria Henríquez'] },
  { question: 'Henríquez on counselors', speakers: ['Luz Maria Henríquez'], terms: ['counselors'] },
  { question: 'what did Canady and Skaggs say?', speakers: ['Mo Canady', 'Adam Skaggs'] },
  { question: 'what do parents think?', groups: ['Parents'] },
  { question: 'what do moms and dads say', groups: ['Parents'] },
  { question: 'what does law enforcement say?', groups: ['Law enforcement'] },
  { question: 'what do lawmakers say?', groups: ['Lawmakers'] },
  { question: 'what do state officials think?', groups: ['State officials'] },
  { question: 'what do parents who support SROs say?', side: 'for', groups: ['Parents'] },
  { question: 'what do supporters say about safety?', side: 'for', terms: ['safety'] },
  { question: 'what do critics say about arrests?', side: 'against', terms: ['arrests'] },
  { question: 'what do critics say about counselors and nurses', side: 'against', terms: ['counselors', 'nurses'] },
  { question: "what's for lunch?", nothing: true },
  { question: 'what is the weather in Paris', nothing: true },
  { question: 'tell me a joke', nothing: true },
  { question: 'what do critics of pineapple pizza say?', nothing: true },
  { question: '', nothing: true },
  { question: '   ', nothing: true },
  { question: '???', nothing: true },
  { question: '@everyone what do critics say?', side: 'against' },
  { question: 'I want to hear from opponents', side: 'against' },
  { question: 'can you show me what supporters say', side: 'for' },
  { question: 'show me both sides', side: null, speakers: [], terms: [] },
  { question: 'what are the main arguments?', side: null },
  { question: 'benefits of SROs', side: 'for' },
  { question: 'what are the downsides of police in schools', side: 'against' },
  { question: 'cops in schools: benefits and drawbacks?', side: null },
  { question: 'what do teachers say?', nothing: true },
  { question: 'what is the best pizza topping on the moon?', nothing: true },
  { question: 'Parkland and gun violence?', terms: ['parkland', 'gun violence'] },
  { question: '**what** do _supporters_ say?', side: 'for' },
  // Slack and Discord mention markup addresses people; it asks nothing and is no topic the corpus lacks.
  { question: '<!channel> what do critics say?', side: 'against', terms: [] },
  { question: '@channel <@U123ABC> <#C024BE7LR|newsroom> who supports SROs?', side: 'for', terms: [] },
  { question: '<@&1234567890> what do opponents say?', side: 'against', terms: [] },
  // A pasted link's address asks nothing; its label may.
  { question: 'what do critics say https://example.com/story?id=7', side: 'against', terms: [] },
  { question: 'what do critics say about [police in schools](https://example.com/a)?', side: 'against' },
  { question: 'what do supporters say about <https://example.com/a|Parkland>?', side: 'for', terms: ['parkland'] },
  // A stop word with two letters swapped is no near side word ("waht" is one letter from "want").
  { question: 'waht do critics say', side: 'against', terms: [] },
  { question: 'what do teh supporters say', side: 'for', terms: [] },
  // An honorific is no search term.
  { question: 'what did Dr. Murphy say?', speakers: ['Chris Murphy'], terms: [] },
  { question: 'what did Mr Canady say?', speakers: ['Mo Canady'], terms: [] },
  // The yes and no sides of any yes/no debate, and negation typed without its apostrophe.
  { question: 'who is for it', side: 'for' },
  { question: 'give me the no side', side: 'against' },
  { question: 'who says yes', side: 'for' },
  { question: 'who doesnt want cops in schools', side: 'against' },
  // A group is asked for with a word of saying or thinking, or in a short question; otherwise its word is a topic.
  { question: 'what about parents', groups: ['Parents'] },
  { question: 'are parents just copying the police', groups: [] },
  { question: 'what did mo say', speakers: ['Mo Canady'] },
  // A given name no one else quoted has names its bearer where the question asks what they said.
  { question: 'what did Chris say?', speakers: ['Chris Murphy'] },
  { question: 'what does Tyrone think?', speakers: ['Tyrone Knighton'] },
  // An office or role names its holder when asked in the singular; the plural asks the group.
  { question: 'what did the senator say?', speakers: ['Chris Murphy'], groups: [] },
  { question: 'what did the parent say?', speakers: ['Mulenga Chen'], groups: [] },
  { question: 'what do parents think?', speakers: [], groups: ['Parents'] },
];

describe('understanding questions', () => {
  it('has a table of at least forty questions', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('understands "$question"', (row) => {
    const answer = engine.ask(row.question);
    if (row.nothing) {
      expect(answer.notice).not.toBeNull();
      expect(answer.sections.flatMap((section) => section.quotes)).toHaveLength(0);
      return;
    }
    expect(answer.notice).toBeNull();
    if (row.side !== undefined) expect(answer.intent.side).toBe(row.side);
    if (row.speakers !== undefined) expect([...answer.intent.speakers].sort()).toEqual([...row.speakers].sort());
    if (row.groups !== undefined) expect(answer.intent.groups).toEqual(row.groups);
    if (row.terms !== undefined) expect([...answer.intent.terms].sort()).toEqual([...row.terms].sort());
  });
});

describe('the titles a role names its holder by', () => {
  it('reads the office in a role, after a clergy style too', () => {
    expect(roleTitles('a counselor at Cedar Valley High School who also has a son in sixth grade')).toEqual(['counselor']);
    expect(roleTitles('Rev., pastor of First Baptist Church')).toEqual(['pastor']);
    expect(roleTitles('National Association of School Resource Officers')).toEqual([]);
  });
});
