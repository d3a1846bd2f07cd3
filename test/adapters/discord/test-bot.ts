import { Events, type Client } from 'discord.js';
import { createDiscordBot } from '../../../adapters/discord/create-bot.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus, RequestLimits, type Counterpoint } from '../../../src/index.js';
import { FakeDiscord } from './fake-discord.js';

/** The token the test bots log in with; tests check it never shows up in a log line. */
export const TEST_TOKEN = 'MTAwMDAw.test-token-for-the-stand-in';

/** A real bot over the bundled corpus, logged in to its own stand-in of Discord. */
export interface TestBot {
  readonly fake: FakeDiscord;
  readonly client: Client;
  readonly engine: Counterpoint;
  /** Every line the bot logged. */
  readonly logged: string[];
  close(): Promise<void>;
}

/** Starts a stand-in and a bot logged in to it; resolves once discord.js reports ready. */
export async function startTestBot(limits = new RequestLimits({ user: { burst: 1000, perSecond: 100, maxKeys: 100 }, channel: { burst: 1000, perSecond: 100, maxKeys: 100 } })): Promise<TestBot> {
  const fake = await FakeDiscord.start();
  const engine = createCounterpoint(await loadCorpus(defaultCorpusDir()));
  const logged: string[] = [];
  const client = createDiscordBot({
    engine,
    limits,
    rest: { api: fake.apiUrl },
    log: { info: (line) => logged.push(line), error: (line) => logged.push(line) },
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(TEST_TOKEN);
  await ready;
  return {
    fake,
    client,
    engine,
    logged,
    async close() {
      await client.destroy();
      await fake.close();
    },
  };
}
