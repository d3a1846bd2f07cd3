import type { Corpus } from '../../src/index.js';

/** One benchmark question and the kind of question it stands for. */
export interface MixQuestion {
  readonly kind: 'side' | 'speaker' | 'group' | 'topic' | 'both sides' | 'term' | 'typo' | 'off-topic';
  readonly text: string;
}

/**
 * A fixed mix of questions, read from the corpus data (the first topic, its busiest speaker, a group with
 * members who speak), so that the same mix works on the seeds and on every synthetic size and never names
 * anything the code knows about.
 */
export function questionMix(corpus: Corpus): MixQuestion[] {
  const topic = corpus.topics[0];
  if (topic === undefined) throw new Error('a corpus has at least one topic');
  const onTopic = corpus.quotes.filter((quote) => quote.topic === topic.id);
  const counts = new Map<string, number>();
  for (const quote of onTopic) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  const busiest = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const speaker = corpus.speakerById.get(busiest ?? '')?.name ?? 'nobody';
  const speaking = new Set(onTopic.map((quote) => quote.speaker));
  const group = corpus.groups.find((g) => corpus.speakers.some((s) => s.groups.includes(g.id) && speaking.has(s.id)));
  const keyword = topic.keywords[0] ?? topic.question;
  const against = topic.sides.against.words[0] ?? 'critics';
  const forWord = topic.sides.for.words[0] ?? 'supporters';
  const term = topic.synonyms[0]?.[0] ?? keyword;
  return [
    { kind: 'side', text: `what do ${against} say?` },
    { kind: 'side', text: `why do ${forWord} back ${keyword}?` },
    { kind: 'speaker', text: `what does ${speaker} think?` },
    { kind: 'group', text: `what do ${group?.words[0] ?? 'people'} say about ${keyword}?` },
    { kind: 'topic', text: topic.question },
    { kind: 'both sides', text: `what are the arguments on both sides of ${keyword}?` },
    { kind: 'term', text: `what about ${term} and the budget?` },
    { kind: 'typo', text: `what do ${against.length > 4 ? against.slice(0, 2) + against.slice(3) : against} say about ${keyword}?` },
    { kind: 'off-topic', text: 'what is the weather like on mars?' },
  ];
}
