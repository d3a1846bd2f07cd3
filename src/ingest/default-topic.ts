import type { Topic } from '../model/corpus-schema.js';
import { DEFAULT_REVERSALS } from '../extract/stance-cues.js';
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
  const proposition = text.replace(/^(?:should|would|could|can|do|does|is|are|will|must)\s+/i, '').replace(/\?$/, '');
  return {
    id,
    question: text.slice(0, 300),
    summary: null,
    sides: {
      for: { label: clip(`Yes: ${proposition}`), words: [...DEFAULT_SIDE_WORDS.for] },
      against: { label: clip(`No: against ${lowerFirst(proposition)}`), words: [...DEFAULT_SIDE_WORDS.against] },
      mixed: { label: 'Undecided and both-ways voices', words: [...DEFAULT_SIDE_WORDS.mixed] },
    },
    // Compared by stem: "banning" is no reversal of "Should schools ban phones?" either.
    reversals: DEFAULT_REVERSALS.filter((word) => !tokenize(word).some((part) => questionStems.has(part.stem))),
    keywords: [...new Set(words)].slice(0, 40),
    synonyms: [],
    suggestions: [text.slice(0, 200), 'What do supporters say?', 'What do critics say?', 'What do parents think?', 'What do students say?'],
  };
}

const clip = (text: string): string => (text.length <= 120 ? text : `${text.slice(0, 119)}…`);
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
