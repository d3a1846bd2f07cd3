/**
 * General cue lexicons for stance: how speakers praise or fault something, call for it, or hedge. They say
 * nothing about any one debate; what the debate is (its question, side words, reversals) comes from the topic.
 * Words are folded (lower case, straight apostrophes) and matched as whole words or phrases.
 */

/** Praise, benefit, need: the speaker thinks well of what the clause is about. */
export const POSITIVE = phrases(`
  good great better best safe safer safest safety secure protect protects protected protecting protection help helps
  helped helping helpful benefit benefits beneficial works worked effective improve improves improved improvement
  improving focus focused calm calmer happier healthier thrive thriving necessary essential important
  crucial vital valuable love loved welcome glad grateful thank goodness success successful lifeline positive
  common sense right thing wise smart engaged rested alert attention peace of mind game changer difference
  opportunity support supported fair freedom panacea works well makes sense closes the gap
`);

/** Harm, danger, failure: the speaker thinks ill of what the clause is about. */
export const NEGATIVE = phrases(`
  bad worse worst harm harms harmed harmful hurt hurts hurting damage damaging dangerous danger unsafe risk risks
  risky threat threatens fear afraid scared scary anxiety anxious distrust problem problems crisis wrong unfair
  unjust racism racist discrimination discriminatory disproportionate disproportionately arrested arrest arrests
  criminalize criminalization criminalizing pipeline punish punishment punitive censorship censor censoring
  fail fails failed failure waste wasted costly burden chaos nightmare disaster mistake overreach trauma violence
  inequities isolated isolation exhausted exhausting tired sleep-deprived distracted distraction distractions
  addictive addicted bullying harassment terrifying recipe for disaster bad idea worried worry concerns concern
  unacceptable ridiculous absurd nonsense
`);

/** A call for something: with the question's terms in the clause, the speaker wants it. */
export const DEONTIC = phrases(`
  should must need to needs to have to has to got to gotta ought to it's time to time to we want let's
  deserve deserves
`);

/** Hedges and both-ways talk: the speaker is undecided or sees both sides. */
export const MIXED = phrases(`
  not sure unsure 50-50 fifty-fifty both sides on the fence torn undecided middle ground balance pros and cons
  mixed feelings i don't know it depends depends on trade-off tradeoff both are needed
`);

/**
 * Deliberation: a decision-maker saying they are still listening or weighing ("before we decide", "hear from
 * everyone", "every option") takes no side yet.
 */
export const DELIBERATION: readonly string[] = [
  'before we decide', 'before i decide', 'before i vote', 'before we vote', 'before making any', 'before any decision',
  'hear from everyone', 'hear from the', 'listen to everybody', 'listen to everyone', 'every option', 'all options',
  'all the options', 'weigh', 'weighing', 'reviewing our options', 'staying out of', 'no decision',
];

/** Words that concede before turning ("it helps, but …"): a turn between opposite clauses makes a quote mixed. */
export const CONCESSIONS = ['but', 'although', 'though', 'however', 'yet', 'on the other hand', 'at the same time', 'still'];

/** Words whose reach flips the next few words ("not safe", "no panacea", "shouldn't be"). */
export const NEGATORS = new Set(
  `not no never nobody none neither nor nothing don't doesn't didn't isn't aren't wasn't weren't won't wouldn't
  shouldn't can't cannot couldn't haven't hasn't hardly`.split(/\s+/).filter(Boolean),
);

/**
 * Generic reversals: words that turn a proposition around ("remove police", "end the ban"). Topics bring their
 * own; these serve topics made from a bare question. Words of the question itself are never reversals.
 */
export const DEFAULT_REVERSALS: readonly string[] = [
  'remove', 'removes', 'removing', 'removal', 'removed', 'ban', 'bans', 'banning', 'banned', 'end', 'ending',
  'eliminate', 'eliminating', 'elimination', 'abolish', 'abolishing', 'get rid', 'getting rid', 'scrap', 'scrapping',
  'repeal', 'repealing', 'reverse', 'reversing', 'out of', 'without', 'take away', 'taking away', 'lift', 'lifting',
];

/**
 * Verbs that take something away. A question built on one ("Should schools ban phones?", "…replace letter
 * grades with pass/fail?") proposes a removal: then these words say yes to it, not no, and keeping says no.
 */
export const REMOVAL_WORDS: readonly string[] = [
  'remove', 'removes', 'removing', 'removal', 'removed', 'ban', 'bans', 'banning', 'banned', 'end', 'ending', 'ended',
  'eliminate', 'eliminating', 'elimination', 'eliminated', 'abolish', 'abolishing', 'abolished', 'abolition',
  'get rid', 'getting rid', 'scrap', 'scrapping', 'scrapped', 'take away', 'taking away', 'replace', 'replacing',
  'replaced', 'phase out', 'phasing out', 'phased out', 'drop', 'dropping', 'dropped', 'prohibit', 'prohibiting',
  'prohibited', 'outlaw', 'outlawing', 'outlawed', 'axe', 'axing', 'axed', 'do away', 'doing away', 'out of', 'without',
];

function phrases(text: string): string[] {
  // Two-word entries are listed joined by single spaces in the lists above only where they form a unit.
  const units = ['thank goodness', 'common sense', 'right thing', 'peace of mind', 'game changer', 'works well', 'makes sense',
    'recipe for disaster', 'bad idea', 'closes the gap', 'need to', 'needs to', 'have to', 'has to', 'got to', 'ought to', "it's time to",
    'time to', 'we want', 'not sure', 'both sides', 'on the fence', 'middle ground', 'pros and cons', 'mixed feelings',
    "i don't know", 'it depends', 'depends on', 'both are needed'];
  let rest = ` ${text.replace(/\s+/g, ' ').trim()} `;
  const found: string[] = [];
  for (const unit of units) {
    if (rest.includes(` ${unit} `)) {
      found.push(unit);
      rest = rest.replace(` ${unit} `, ' ');
    }
  }
  return [...found, ...rest.trim().split(' ').filter(Boolean)];
}
