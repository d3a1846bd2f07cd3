import type { QuoteView } from '../model/answer.js';
import type { Corpus } from '../model/corpus.js';
import type { Passage } from './passages.js';

/** The mark shown wherever a passage skips text between verbatim pieces. */
export const CUT = '…';

/** Renders a passage for every surface: pieces verbatim, joined with a marked cut; source and speaker attached. */
export function toQuoteView(passage: Passage, corpus: Corpus): QuoteView {
  const { head, pieces } = passage;
  const speaker = corpus.speakerById.get(head.speaker);
  const article = corpus.articleById.get(head.article);
  return {
    id: head.id,
    text: pieces.map((piece) => piece.text).join(` ${CUT} `),
    pieces: pieces.map(({ start, end, text }) => ({ start, end, text })),
    kind: pieces.every((piece) => piece.kind === 'direct') ? 'direct' : 'paraphrase',
    speaker: { id: head.speaker, name: speaker?.name ?? head.speaker, role: speaker?.role ?? null },
    side: head.side,
    reviewed: pieces.every((piece) => piece.reviewed),
    source: {
      article: head.article,
      title: article?.title ?? null,
      outlet: article?.outlet ?? null,
      date: article?.date ?? null,
      url: article?.url ?? null,
    },
  };
}
