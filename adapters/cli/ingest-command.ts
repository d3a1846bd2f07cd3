import { defaultCorpusDir } from '../../src/corpus/load-corpus.js';
import { CommandUsageError, EXIT_OK, parseCommandArgs, runCommand, type CommandIO } from './command-io.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';

export const INGEST_USAGE = 'usage: counterpoint ingest [--corpus DIR] [--topic QUESTION] FILE...';

/**
 * `counterpoint ingest [--corpus DIR] [--topic QUESTION] FILE...` (CONTRACT.md). Prints what was added (or
 * already there); with more than one file, progress goes to stderr. Exit 0, 1 on bad input (nothing written),
 * 2 on a wrong command line.
 */
export async function runIngestCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  return runCommand('ingest', INGEST_USAGE, io, async () => {
    const { values, positionals } = parseCommandArgs(argv, { corpus: { type: 'string' }, topic: { type: 'string' } });
    if (positionals.length === 0) throw new CommandUsageError('no FILE given');
    const topic = values['topic'];
    if (typeof topic === 'string' && topic.trim() === '') throw new CommandUsageError('--topic needs a question');
    const dir = typeof values['corpus'] === 'string' ? values['corpus'] : defaultCorpusDir();
    const many = positionals.length > 1;
    const report = await ingestFiles(dir, positionals, {
      ...(typeof topic === 'string' ? { topic } : {}),
      onProgress: (done, total, file) => {
        if (many) io.stderr.write(`ingest: [${done}/${total}] ${file}\n`);
      },
    });
    for (const item of report.added) {
      const left = item.unattributed > 0 ? `, ${item.unattributed} without a named speaker left out` : '';
      io.stdout.write(`added ${item.file} as ${item.article} (topic ${item.topic}): ${item.quotes} quote(s) awaiting review${left}\n`);
    }
    for (const item of report.unchanged) {
      const note = item.differs.length === 0 ? '' : ` (its ${item.differs.join(', ')} differ from the stored article's, which are kept: edit corpus.json to change them)`;
      io.stdout.write(`unchanged ${item.file}: already in the corpus as ${item.article}${note}\n`);
    }
    if (report.topicsCreated.length > 0) io.stdout.write(`new topic(s): ${report.topicsCreated.join(', ')}\n`);
    if (report.speakersCreated.length > 0) io.stdout.write(`new speaker(s): ${report.speakersCreated.join(', ')}\n`);
    io.stdout.write(`${report.created ? 'created' : 'updated'} ${dir}${report.added.length === 0 ? ' (nothing new)' : ''}; review with: counterpoint review list --corpus ${dir}\n`);
    return EXIT_OK;
  });
}
