import type { Topic } from '../model/corpus-schema.js';
import { DEFAULT_REVERSALS, REMOVAL_WORDS } from '../extract/stance-cues.js';
import { slug } from './slug.js';
import { tokenize } from '../text/fold.js';
import { STOP_WORDS } from '../understand/english.js';

/**
 * A topic made from nothing but its debated question, for articles whose question the corpus does not have yet.
 * The defaults are generic on purpose (an editor refines them in corpus.json later): side labels say what the
 * side is relative to the question, side words are the everyday words for supporters, critics and the undecided,
 * reversals are the usual words that turn a proposal around minus any word of the question itself ("ban" is no
 * reversal of "Should schools ban phones?"), and the question's own content words become its keywords.
 */
export const DEFAULT_SIDE_WORDS = {
  for: ['supporters', 'supporter', 'support', 'supports', 'want', 'wants', 'in favor', 'in favour', 'favor', 'proponents', 'backers', 'pro', 'arguments for', 'case for', 'pros', 'benefits', 'advantages', 'upsides'],
  against: ['critics', 'critic', 'opponents', 'opponent', 'oppose', 'opposes', 'opposed', 'against', 'skeptics', 'arguments against', 'case against', 'cons', 'objections', 'downsides', 'drawbacks', 'harms', 'risks'],
  // Not "both sides": a question asking for both sides asks for the whole debate, not the undecided.
  mixed: ['undecided', 'unsure', 'not sure', 'neutral', 'middle ground', 'on the fence', 'torn', 'mixed', 'ambivalent', '50-50'],
} as const;

/** Normalised form of a question, for matching "Should X?" against "should x" (case, punctuation, spacing). */
export function questionKey(question: string): string {
  return question
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Builds a topic for `question` with an id not in `takenIds`. */
export function topicFromQuestion(question: string, takenIds: ReadonlySet<string> = new Set()): Topic {
  const trimmed = question.trim().replace(/\s+/g, ' ');
  const text = /[?]$/.test(trimmed) ? trimmed : `${trimmed}?`;
  const base = slug(text.replace(/^(?:should|would|could|can|do|does|is|are|will|must)\s+/i, '')) || 'topic';
  let id = base;
  for (let n = 2; takenIds.has(id); n += 1) id = `${base}-${n}`;
  // The question's content words: the same stop words question understanding ignores.
  const words = questionKey(text).split(' ').filter((word) => word.length > 2 && !STOP_WORDS.has(word));
  const questionStems = new Set(tokenize(text).map((token) => token.stem));
  const removes = removedThing(text);
  return {
    id,
    question: text.slice(0, 300),
    summary: null,
    sides: {
      // Plain labels under the question the answer already shows: "No: against middle schools replace letter
      // grades" is what cutting a proposition out of its question gives.
      for: { label: 'Those who say yes', words: [...DEFAULT_SIDE_WORDS.for] },
      against: { label: 'Those who say no', words: [...DEFAULT_SIDE_WORDS.against] },
      mixed: { label: 'Undecided and both-ways voices', words: [...DEFAULT_SIDE_WORDS.mixed] },
    },
    // Compared by stem: "banning" is no reversal of "Should schools ban phones?" either. A question that takes
    // something away is not reversed by any other word for taking it away (keeping it reverses it: see `removes`).
    reversals: (removes === null ? DEFAULT_REVERSALS : DEFAULT_REVERSALS.filter((word) => !REMOVAL_WORDS.includes(word))).filter(
      (word) => !tokenize(word).some((part) => questionStems.has(part.stem)),
    ),
    ...(removes === null || removes === '' ? {} : { removes: [removes] }),
    keywords: [...new Set(words)].slice(0, 40),
    synonyms: [],
    // Any debate's: groups such as parents or students belong to some debates only.
    suggestions: [text.slice(0, 200), 'What do supporters say?', 'What do critics say?', 'Who is undecided?'],
  };
}

/** Words that end the name of the thing taken away: "cellphones during class", "letter grades with pass/fail". */
const THING_ENDS = new Set(['with', 'in', 'at', 'from', 'during', 'for', 'on', 'across', 'by', 'to', 'and', 'or', 'after', 'before', 'under', 'until', 'because', 'while', 'if', 'when', 'as', 'so', 'than']);
const DETERMINERS = new Set(['the', 'a', 'an', 'all', 'its', 'their', 'his', 'her', 'our', 'any', 'of']);
/** "out of" and "without" reverse a proposal but do not make one: "Should students graduate without algebra?" is no removal. */
const REMOVAL_VERBS = REMOVAL_WORDS.filter((word) => word !== 'out of' && word !== 'without').map((word) => word.split(' '));

/**
 * What a question proposes to take away, or null when it proposes no removal: the words after its removal verb
 * ("Should schools ban cellphones during class?" → "cellphones"), or before a passive one ("Should homework be
 * abolished?" → "homework"); "" when the verb is there but the thing cannot be read off.
 */
function removedThing(question: string): string | null {
  const words = question.replace(/[?]$/, '').split(/\s+/).map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}'’/-]+/gu, ''));
  for (let at = 1; at < words.length; at += 1) {
    const verb = REMOVAL_VERBS.find((parts) => parts.every((part, k) => words[at + k] === part));
    if (verb === undefined) continue;
    const passive = words[at - 1] === 'be';
    const thing = passive ? words.slice(1, at - 1) : words.slice(at + verb.length);
    const kept: string[] = [];
    for (const word of thing) {
      if (THING_ENDS.has(word) && kept.length > 0) break;
      if (DETERMINERS.has(word) || THING_ENDS.has(word) || word === '') continue;
      kept.push(word);
    }
    return kept.slice(0, 5).join(' ');
  }
  return null;
}

