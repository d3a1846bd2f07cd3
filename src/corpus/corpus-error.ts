/** Stable codes for everything that can be wrong with a corpus; scripts may match on them. */
export type CorpusErrorCode =
  | 'CORPUS_MISSING'
  | 'CORPUS_BAD_JSON'
  | 'CORPUS_SCHEMA'
  | 'CORPUS_DUPLICATE_ID'
  | 'CORPUS_UNKNOWN_REFERENCE'
  | 'CORPUS_ARTICLE_MISSING'
  | 'CORPUS_ARTICLE_CHANGED'
  | 'CORPUS_OFFSETS';

/**
 * Thrown when a corpus cannot be served. The message names the file, the entry and the field, so that whoever
 * edited the corpus knows what to fix; the fields are there for programs.
 */
export class CorpusError extends Error {
  readonly code: CorpusErrorCode;
  readonly file: string;
  readonly entry: string | null;
  readonly field: string | null;

  constructor(code: CorpusErrorCode, where: { file: string; entry?: string | null; field?: string | null }, problem: string) {
    const place = [where.file, where.entry, where.field].filter((part): part is string => Boolean(part)).join(': ');
    super(`${place}: ${problem}`);
    this.name = 'CorpusError';
    this.code = code;
    this.file = where.file;
    this.entry = where.entry ?? null;
    this.field = where.field ?? null;
  }
}
