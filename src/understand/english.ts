/**
 * General English, not knowledge of any debate: the words a question is built from that say nothing about
 * what it asks. Topic words, side words, speakers and groups live in corpus data instead.
 */

/** Words that carry no search meaning in a question. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again all also am an and any anyone anything are aren't as ask asking at be because been
  before being between both but by can can't could couldn't did didn't do does doesn't doing done during each either
  else even ever every everyone for from further get gets getting give go going got had has hasn't have haven't having
  he her here hers him his how i if in into is isn't it its just let me might more most much must my no nor not now
  of off on once one only or other others our out over own people person please quote quotes really right said same
  say saying says see she should shouldn't show so some someone something such tell than that the their them then
  there these they think thinks thought this those through to too under until up us very want wanted was wasn't
  we were weren't what whats when where whether which while who whom whose why will with won't would wouldn't yes
  you your anybody anyone argue argues argued arguing believe believes claim claims feel feels opinion opinions
  position positions stance stances view views viewpoint viewpoints perspective perspectives side sides take takes
  words word statement statements comment comments response respond responds responded according like
  give me show me tell me hi hello hey thanks thank know hear read learn understand find argument arguments case
  reason reasons reasoning point points thing things mr mrs ms miss dr prof sir dame
  ppl peeps vs versus tldr tl whats wats wat gonna wanna gotta yo yr ya u ur lol tho rn idk imo tbh deal stuff
  best strongest biggest main top key good bad idea ideas many`.split(/\s+/).filter(Boolean),
);

/**
 * Words that, in a question, want a proposal stopped ("who wants to block the plant?", "keep Eastfield the way it
 * is"): in any debate they turn a side around, like a topic's own reversals.
 */
export const STOPPING_WORDS: readonly string[] = [
  'block', 'blocking', 'blocked', 'stop', 'stopping', 'kill', 'killing', 'halt', 'halting', 'prevent', 'preventing',
  'reject', 'rejecting',
];

/** Phrases for things as they are: no to a proposal, once, however many of them or of "keep" a question uses. */
export const STATUS_QUO: readonly string[] = ['the way it is', 'the way they are', 'as it is', 'as they are', 'status quo'];

/** How a question asks for the yes or the no side of any yes/no debate, whatever its topic's own side words. */
export const YES_NO_SIDES = {
  for: ['yes side', 'say yes', 'says yes', 'saying yes', 'for it', 'in favour of it', 'in favor of it'],
  against: ['no side', 'say no', 'says no', 'saying no', 'against it'],
} as const;

/**
 * Platform mentions pasted or typed into a question (Slack `<!channel>`, `<@U123>`, `<#C1|news>`; Discord
 * `<@123>`, `<#123>`, `<@&123>`; `@channel`, `@here`, `@everyone`): they address people, they ask nothing.
 */
export const MENTIONS = /<[@#!][^<>\s]{0,80}>|(?<![\p{L}\p{N}_])@(?:channel|here|everyone|all)(?![\p{L}\p{N}_])/giu;

/**
 * Links pasted into a question (a bare URL, Slack's `<https://…|label>`, Markdown's `[label](https://…)`): the
 * address asks nothing; a label may, so it stays.
 */
export const LINKS = /<https?:\/\/[^<>|\s]*\|([^<>]*)>|\[([^\]]*)\]\(\s*https?:\/\/[^)\s]*\s*\)|<?https?:\/\/[^\s<>]+>?/giu;

/** Verbs and nouns of speaking: with one of these, a word that could name a group is read as a group of speakers. */
export const SPEECH_WORDS: ReadonlySet<string> = new Set(
  `say says said saying think thinks thought argue argues argued believe believes feel feels claim claims want wants
  view views opinion opinions position stance stances perspective perspectives respond responded response comment
  comments statement statements quote quotes tell told according`.split(/\s+/).filter(Boolean),
);

/** Words that negate the next few words ("don't support" opposes). */
export const NEGATORS: ReadonlySet<string> = new Set(
  `not no never nobody none neither nor don't doesn't didn't isn't aren't wasn't weren't won't wouldn't shouldn't
  can't cannot couldn't haven't hasn't anti dont doesnt didnt isnt arent wasnt werent wont wouldnt shouldnt cant
  couldnt havent hasnt`.split(/\s+/).filter(Boolean),
);

/** How many words before a side word a negator still reaches. */
export const NEGATION_REACH = 3;

/** Question openers that ask for the case for whatever follows ("why keep police in schools?"). */
export const WHY_WORDS: ReadonlySet<string> = new Set(['why']);

/**
 * How people ask to be told things ("I want to hear from…", "can you show me…"): removed before reading a
 * question, so that their verbs ("want", "like") are not taken for a stance and "hear" not for a search term.
 */
export const REQUEST_PHRASES =
  /\b(?:(?:i|we)(?: would|'d)? (?:really )?(?:want|wanna|like|need|love) to (?:know|hear|see|read|learn|find out|understand|get)(?: about| from| what)?|(?:can|could|would|will) you (?:please )?(?:tell|show|give|find)(?: me| us)?|(?:please )?(?:tell|show|give) (?:me|us))\b/gu;

/** Phrases asking for the whole debate ("both sides", "the main arguments"): about the topic, taking no side. */
export const OVERVIEW_PHRASES =
  /\b(?:both sides|all sides|every side|each side|both perspectives|all perspectives|all viewpoints|the debate|the argument|the arguments|main arguments|overview|summary|summarize|summarise)\b/u;

/**
 * Whether a word is a stop word typed with two neighbouring letters swapped ("waht", "teh"): such a word asks
 * nothing, and must neither be read as a near vocabulary word ("waht" is one letter from "want") nor reported
 * as a topic the corpus lacks. Only swaps: "sad" is one letter from "said" and means something.
 */
export function isSwappedStopWord(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word[i] === word[i + 1]) continue;
    if (STOP_WORDS.has(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  return false;
}

/**
 * Verbs of a question that proposes to change something from how it is ("Should Brookfield lower the voting age to
 * 16?"): keeping it as it is says no to such a proposal, as it does to a removal.
 */
export const CHANGE_WORDS: readonly string[] = [
  'lower', 'raise', 'increase', 'reduce', 'cut', 'extend', 'shorten', 'lengthen', 'change', 'move', 'expand', 'limit',
  'cap', 'delay', 'switch', 'convert', 'reform', 'overhaul', 'rename', 'merge', 'split', 'restrict', 'lift', 'drop',
];

/** Words for keeping what is there: the reversal of a proposal to take it away ("keep letter grades"). */
export const KEEP_WORDS: readonly string[] = [
  'keep', 'keeps', 'keeping', 'kept', 'retain', 'retains', 'retaining', 'retained', 'maintain', 'maintaining',
  'preserve', 'preserves', 'preserving', 'save', 'saving', 'hold on to', 'stick with', 'sticking with',
];
