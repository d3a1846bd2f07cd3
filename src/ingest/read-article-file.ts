import { readFileSync } from 'node:fs';
import { parseFrontMatter, type ParsedArticle } from '../extract/front-matter.js';

/** Why a file is no article; `code` is stable for callers. */
export class ArticleFileError extends Error {
  constructor(
    readonly code: 'UNREADABLE' | 'NOT_TEXT' | 'EMPTY' | 'FRONT_MATTER',
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleFileError';
  }
}

/**
 * Reads one article file for `extract` and `ingest`: UTF-8 text with optional front matter and some body. A
 * binary file, text in another encoding or an empty body is refused with a reason, never stored: a corpus full of
 * U+FFFD or of an executable's bytes would still load, and nobody would learn why its quotes are missing.
 */
export function readArticleFile(file: string): ParsedArticle {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ArticleFileError('UNREADABLE', file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.includes(0)) throw new ArticleFileError('NOT_TEXT', file, 'not a text file (it holds binary data)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleFileError('NOT_TEXT', file, 'not UTF-8 text: save it as UTF-8 and try again');
  }
  let parsed: ParsedArticle;
  try {
    parsed = parseFrontMatter(text);
  } catch (error) {
    throw new ArticleFileError('FRONT_MATTER', file, (error as Error).message);
  }
  if (parsed.body.trim() === '') throw new ArticleFileError('EMPTY', file, 'no article text after the front matter');
  return parsed;
}
