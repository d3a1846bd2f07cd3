/**
 * Where the bot reports what it does. Lines only ever hold our own words and error messages: no token,
 * no environment value, no student's text.
 */
export interface BotLog {
  info(line: string): void;
  error(line: string): void;
}

/** Logs to standard output and standard error, one line each, prefixed so shard logs stay readable. */
export function consoleLog(prefix = 'counterpoint-discord'): BotLog {
  return {
    info: (line) => console.log(`[${prefix}] ${line}`),
    error: (line) => console.error(`[${prefix}] ${line}`),
  };
}
