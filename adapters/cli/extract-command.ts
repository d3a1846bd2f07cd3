import { extractQuotes } from '../../src/extract/extract-quotes.js';
import { ArticleFileError, readArticleFile } from '../../src/ingest/read-article-file.js';
import { topicFromQuestion } from '../../src/ingest/default-topic.js';
import { CommandUsageError, EXIT_OK, excerpt, parseCommandArgs, runCommand, type CommandIO } from './command-io.js';

export const EXTRACT_USAGE = 'usage: counterpoint extract [--json] FILE...';

/**
 * `counterpoint extract [--json] FILE...` (CONTRACT.md): the quotations of each file, without touching any
 * corpus. Stances are proposed relative to the file's front matter `question` (null without one). Returns the
 * exit status: 0, 1 for an unreadable file or bad front matter, 2 for a wrong command line.
 */
export async function runExtractCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  return runCommand('extract', EXTRACT_USAGE, io, () => {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    if (positionals.length === 0) throw new CommandUsageError('no FILE given');
    const articles = positionals.map((file) => {
      let parsed;
      try {
        parsed = readArticleFile(file);
      } catch (error) {
        throw error instanceof ArticleFileError ? new Error(`${file}: ${error.message}`) : error;
      }
      const topic = parsed.meta.question === null ? undefined : topicFromQuestion(parsed.meta.question);
      const quotes = extractQuotes(parsed.body, topic === undefined ? {} : { topic });
      return { file, quotes };
    });
    if (values['json'] === true) {
      const json = {
        articles: articles.map(({ file, quotes }) => ({
          file,
          quotes: quotes.map((quote) => ({ text: quote.text, start: quote.start, end: quote.end, kind: quote.kind, speaker: quote.speaker, role: quote.role, stance: quote.stance })),
        })),
      };
      io.stdout.write(`${JSON.stringify(json)}\n`);
      return EXIT_OK;
    }
    for (const { file, quotes } of articles) {
      io.stdout.write(`${file}: ${quotes.filter((q) => q.kind === 'direct').length} direct quote(s), ${quotes.filter((q) => q.kind === 'paraphrase').length} paraphrase(s)\n`);
      for (const quote of quotes) {
        const who = quote.speaker === null ? 'speaker unknown' : quote.role === null ? quote.speaker : `${quote.speaker} (${quote.role})`;
        const text = quote.kind === 'direct' ? `“${excerpt(quote.text)}”` : excerpt(quote.text);
        io.stdout.write(`  ${quote.start}-${quote.end} ${quote.kind} ${quote.stance ?? '-'} | ${who}: ${text}\n`);
      }
    }
    return EXIT_OK;
  });
}
