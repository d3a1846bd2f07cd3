/**
 * How news narration says where a speaker stands: "X, who supports the plan, said", "critics such as Y",
 * "Z pushed back", "W declined to take a side", "V agreed". These words describe a person's position on the
 * thing named next to them, so they are matched in the narration around a quotation, never inside it (a
 * speaker's own "I support…" is scored by the quote lexicons). General English; no debate is named here.
 * Words are folded (lower case, straight apostrophes) and matched as whole words or phrases.
 */

/** The speaker is for what follows (or what the sentence is about). */
export const NARRATION_FOR: readonly string[] = [
  'support', 'supports', 'supported', 'supporting', 'supporter', 'supporters', 'backs', 'backed', 'backing', 'backer',
  'backers', 'back the', 'back it', 'back this', 'back that', 'favor', 'favors', 'favored', 'favour', 'favours',
  'favoured', 'in favor', 'in favour', 'welcomed', 'welcomes', 'praised', 'praises', 'applauded', 'applauds',
  'championed', 'champions', 'sponsored', 'sponsors', 'sponsoring', 'sponsor of', 'pushed for', 'pushes for',
  'pushing for', 'push for', 'called for', 'calls for', 'calling for', 'advocated', 'advocates for', 'advocate for',
  'advocating', 'proponent', 'proponents', 'voted for', 'defended', 'defends', 'defending', 'endorsed', 'endorses',
  'embraced', 'embraces', 'on board', 'come around', 'came around', 'convinced', 'persuaded', 'won over', 'credits',
  'credited', 'hailed', 'lauded', 'pleased', 'enthusiastic', 'led the push',
];

/** The speaker is against what follows. */
export const NARRATION_AGAINST: readonly string[] = [
  'oppose', 'opposes', 'opposed', 'opposing', 'opponent', 'opponents', 'opposition', 'critic', 'critics',
  'criticized', 'criticised', 'criticizes', 'criticises', 'criticism', 'disagreed', 'disagrees', 'disagree',
  'objected', 'objects', 'objection', 'objections', 'pushed back', 'push back', 'pushes back', 'pushing back',
  'pushback', 'warned', 'warns', 'warning', 'worries', 'worried', 'worry', 'fears', 'feared', 'concerns',
  'concerned', 'caution', 'cautioned', 'cautions', 'skeptical', 'sceptical', 'skeptics', 'sceptics', 'doubts',
  'doubted', 'voted against', 'rejected', 'rejects', 'fought', 'slammed', 'blasted', 'decried',
  'condemned', 'questioned', 'raised questions', 'complained', 'complains', 'protested', 'protesting', 'resisted',
  'balked', 'dismissed', 'derided', 'called on the board to drop', 'urged caution', 'against', 'detractors',
  'complicates', 'problem', 'problems', 'downside', 'downsides',
];

/** The speaker takes no side, or both. */
export const NARRATION_MIXED: readonly string[] = [
  'either way', 'either side', 'take a side', 'taken a side', 'taking a side', 'take sides', 'take a position',
  'taken a position', 'no position', 'neither side', 'divided', 'split', 'both camps', 'both sides', 'on the fence',
  'undecided', 'torn', 'open to', 'mixed feelings', 'ambivalent', 'neutral', 'less sure', 'not sure', 'unsure',
  'wait and see', 'reserved judgment',
];

/** Agreement with the voice just quoted ("Junior X agreed."): the same side, or the other side when negated. */
export const NARRATION_AGREE: readonly string[] = ['agreed', 'agrees', 'agree', 'echoed', 'echoes', 'seconded', 'concurred', 'concurs'];

/** A narration sentence that opens with one of these turns to the other side ("But the change would…"). */
export const NARRATION_TURNS: readonly string[] = ['but', 'however', 'still', 'yet', 'on the other hand'];

/** A position held only for a time ("sceptical at first", "initially opposed", "used to worry"): weak evidence. */
export const NARRATION_ONCE: readonly string[] = ['at first', 'initially', 'used to', 'originally', 'at the start', 'in the beginning'];
