import { CorpusError, openCounterpoint, RateLimitConfigError, requestLimitsFromEnv, type Counterpoint, type RequestLimits } from '../../src/index.js';
import { parseSlackConfig, SlackConfigError, type SlackConfig } from './config.js';
import { createSlackBot, EVENTS_PATH } from './create-app.js';

/**
 * `npm run slack`: reads the environment, loads and verifies the corpus (refusing to start on a broken one,
 * with the file, entry and field named), then connects. Exit status 1 for configuration or corpus problems,
 * with one clear message and no stack trace or secret.
 */
async function main(): Promise<number> {
  const prepared = prepare();
  if (typeof prepared === 'number') return prepared;
  const { config, core, limits } = prepared;
  const bot = createSlackBot({ config, core, limits });
  // A listener's failure is caught and logged where it happens; these keep anything that slips past (a
  // rejected promise in a library callback) from stopping the bot for every newsroom using it.
  process.on('unhandledRejection', (reason) => bot.app.logger.error(`counterpoint: unhandled rejection: ${String(reason)}`));
  process.on('uncaughtException', (error) => bot.app.logger.error(`counterpoint: uncaught exception: ${error.message}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void bot.stop().finally(() => process.exit(0));
    });
  }
  const { port } = await bot.start();
  const where = config.transport.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${port ?? config.transport.port}, ${EVENTS_PATH}`;
  bot.app.logger.info(`counterpoint: answering ${config.command}, mentions and direct messages (${where}); corpus ${config.corpusDir}`);
  return 0;
}

/** The config and the core over the verified corpus, or the exit status after saying what is wrong. */
function prepare(): { config: SlackConfig; core: Counterpoint; limits: RequestLimits } | number {
  try {
    const config = parseSlackConfig(process.env);
    return { config, core: openCounterpoint(config.corpusDir), limits: requestLimitsFromEnv(process.env) };
  } catch (error) {
    if (error instanceof SlackConfigError || error instanceof RateLimitConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof CorpusError) {
      process.stderr.write(`counterpoint-slack: not starting, the corpus is broken (${error.code}): ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (status) => {
    if (status !== 0) process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`counterpoint-slack: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
