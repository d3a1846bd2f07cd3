import { defaultCorpusDir } from '../../src/corpus/load-corpus.js';
import { CommandUsageError, EXIT_BAD_INPUT, EXIT_OK, excerpt, parseCommandArgs, runCommand, type CommandIO } from './command-io.js';
import { readCorpusFile, writeCorpus } from '../../src/ingest/corpus-store.js';
import { acceptQuote, rejectQuote, removeArticle, ReviewError, reviewQueue, setQuoteSide, setQuoteSpeaker } from '../../src/ingest/review.js';

export const REVIEW_USAGE = `usage: counterpoint review [--corpus DIR] list [SPEAKER_ID|ARTICLE_ID]
       counterpoint review [--corpus DIR] accept ID...
       counterpoint review [--corpus DIR] side ID... for|against|mixed   (a quote id: its whole passage; a speaker id: all their quotes)
       counterpoint review [--corpus DIR] speaker ID SPEAKER   (a speaker id, a known name, or a new name)
       counterpoint review [--corpus DIR] reject ID...
       counterpoint review [--corpus DIR] remove-article ARTICLE_ID   (an article ingested by mistake, with its quotes)`;

/**
 * `counterpoint review …`: the editor's way through the unreviewed quotes without editing JSON. Every change is
 * validated and written atomically like an ingest. Exit 0, 1 on bad input (unknown id, bad side), 2 on usage.
 */
export async function runReviewCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  return runCommand('review', REVIEW_USAGE, io, () => {
    const { values, positionals } = parseCommandArgs(argv, { corpus: { type: 'string' } });
    const dir = typeof values['corpus'] === 'string' ? values['corpus'] : defaultCorpusDir();
    const [action, id, value, ...extra] = positionals;
    const corpus = readCorpusFile(dir);
    if (corpus === null) {
      io.stderr.write(`counterpoint review: no corpus in ${dir}\n`);
      return EXIT_BAD_INPUT;
    }
    switch (action) {
      case 'list':
      case undefined: {
        // "list gail-hendricks", "list ARTICLE_ID": one speaker's or one article's quotes awaiting review.
        if (id !== undefined && !corpus.speakers.some((speaker) => speaker.id === id) && !corpus.articles.some((article) => article.id === id)) throw new ReviewError('REVIEW_UNKNOWN_QUOTE', `no speaker or article with id "${id}"`);
        const queue = reviewQueue(corpus).filter((item) => id === undefined || item.article === id || item.speakerId === id);
        io.stdout.write(`${queue.length} quote(s) await review in ${dir}${id === undefined ? '' : ` for ${id}`}\n`);
        for (const item of queue) {
          const text = item.kind === 'direct' ? `“${excerpt(item.text)}”` : `(paraphrase) ${excerpt(item.text)}`;
          io.stdout.write(`${item.id}  (${item.article})\n  ${item.speaker} [${item.side}] ${text}\n  why ${item.side}: ${item.basis ?? 'no basis recorded'}\n`);
        }
        return EXIT_OK;
      }
      case 'accept': {
        const ids = positionals.slice(1);
        if (ids.length === 0) throw new CommandUsageError('accept needs at least one quote ID');
        writeCorpus(dir, ids.reduce(acceptQuote, corpus));
        io.stdout.write(`accepted ${ids.join(', ')}\n`);
        return EXIT_OK;
      }
      case 'side': {
        // Several quotes at once ("side ID1 ID2 ID3 against"): an editor sets a speaker's quotes in one go.
        const ids = positionals.slice(1, -1);
        const side = positionals.at(-1);
        if (ids.length === 0 || side === undefined) throw new CommandUsageError('side needs one or more quote IDs and one of for, against, mixed');
        writeCorpus(dir, ids.reduce((next, quoteId) => setQuoteSide(next, quoteId, side), corpus));
        io.stdout.write(`${ids.join(', ')}: side ${side} (reviewed)\n`);
        return EXIT_OK;
      }
      case 'speaker': {
        if (id === undefined || value === undefined) throw new CommandUsageError('speaker needs a quote ID and a speaker');
        const name = [value, ...extra].join(' ');
        const updated = setQuoteSpeaker(corpus, id, name);
        writeCorpus(dir, updated);
        const pending = reviewQueue(updated).find((item) => item.id === id);
        // Say which speaker it became, and when that is a new one, so a typo does not pass unseen.
        const speakerId = updated.articles.flatMap((article) => article.quotes).find((quote) => quote.id === id)?.speaker;
        const speaker = updated.speakers.find((s) => s.id === speakerId);
        const added = !corpus.speakers.some((s) => s.id === speakerId);
        const who = `${speaker?.name ?? name}${added ? ' (a new speaker)' : ''}`;
        io.stdout.write(pending === undefined ? `${id}: speaker ${who}\n` : `${id}: speaker ${who}; its side (${pending.side}) still awaits review: "review accept ${id}" or "review side ${id} SIDE"\n`);
        return EXIT_OK;
      }
      case 'reject': {
        const ids = positionals.slice(1);
        if (ids.length === 0) throw new CommandUsageError('reject needs at least one quote ID');
        writeCorpus(dir, ids.reduce(rejectQuote, corpus));
        io.stdout.write(`${ids.join(', ')}: removed\n`);
        return EXIT_OK;
      }
      case 'remove-article':
        if (id === undefined || value !== undefined) throw new CommandUsageError('remove-article needs one article ID');
        writeCorpus(dir, removeArticle(corpus, id));
        io.stdout.write(`${id}: article and its quotes removed\n`);
        return EXIT_OK;
      default:
        throw new CommandUsageError(`unknown review action "${action}"`);
    }
  });
}
