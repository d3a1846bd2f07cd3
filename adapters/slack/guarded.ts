import type { Logger } from '@slack/bolt';

/** What a user reads when their answer could not be delivered; the cause is in the log, not in the channel. */
export const FAILURE_TEXT =
  'Sorry, I could not answer that just now (Slack or the bot had a problem, and it has been logged). Please try again in a minute.';

/**
 * Runs one listener's work and catches there, once, as the house style asks: an error is logged with what
 * was being done, the user is told kindly where possible, and nothing is rethrown, so one bad event never
 * stops the process or the other listeners. The log names the error's code and message, never a payload
 * (payloads carry users' text and tokens).
 */
export async function guarded(
  logger: Logger,
  what: string,
  work: () => Promise<void>,
  apologize: ((text: string) => Promise<unknown>) | null,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error(`counterpoint: ${what} failed: ${describe(error)}`);
    if (apologize === null) return;
    try {
      await apologize(FAILURE_TEXT);
    } catch (second) {
      logger.error(`counterpoint: could not tell the user that ${what} failed: ${describe(second)}`);
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
