import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { SlackConfig } from '../../../adapters/slack/config.js';
import { createSlackBot, type SlackBot, type SlackBotOptions } from '../../../adapters/slack/create-app.js';
import { RequestLimits, type Counterpoint } from '../../../src/index.js';
import { SlackWebApiStandIn } from './stand-ins/slack-web-api.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';

/** Tests that are not about rate limits ask far faster than any person; these limits never refuse them. */
const UNLIMITED = new RequestLimits({
  user: { burst: 1_000_000, perSecond: 1_000_000, maxKeys: 1000 },
  channel: { burst: 1_000_000, perSecond: 1_000_000, maxKeys: 1000 },
});

/** A logger that keeps what it is told, so tests can check what was logged and keep test output quiet. */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; text: string }[] = [];
  private level = LogLevel.INFO;
  debug(): void {}
  info(...message: unknown[]): void {
    this.lines.push({ level: 'info', text: message.map(String).join(' ') });
  }
  warn(...message: unknown[]): void {
    this.lines.push({ level: 'warn', text: message.map(String).join(' ') });
  }
  error(...message: unknown[]): void {
    this.lines.push({ level: 'error', text: message.map(String).join(' ') });
  }
  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(): void {}
  errors(): string[] {
    return this.lines.filter((line) => line.level === 'error').map((line) => line.text);
  }
}

export interface TestApp {
  readonly bot: SlackBot;
  readonly slack: SlackWebApiStandIn;
  readonly logger: RecordingLogger;
  /** The HTTP receiver's events URL (HTTP mode only). */
  readonly eventsUrl: string;
  close(): Promise<void>;
}

/**
 * A real Bolt app from `createSlackBot`, in HTTP mode on 127.0.0.1 (a free port) or in Socket Mode, whose
 * Web API client talks to a fresh loopback stand-in of Slack. Retries are quick so failure tests stay fast.
 */
export async function startTestApp(
  core: Counterpoint,
  options: { mode?: 'http' | 'socket'; slack?: SlackWebApiStandIn; extra?: Partial<SlackBotOptions>; config?: Partial<SlackConfig> } = {},
): Promise<TestApp> {
  const slack = options.slack ?? (await SlackWebApiStandIn.start());
  const logger = new RecordingLogger();
  const transport: SlackConfig['transport'] =
    options.mode === 'socket' ? { mode: 'socket', appToken: 'xapp-test', port: null } : { mode: 'http', signingSecret: SIGNING_SECRET, port: 0 };
  const config: SlackConfig = {
    transport,
    auth: { kind: 'token', botToken: BOT_TOKEN },
    command: '/perspectives',
    corpusDir: 'unused',
    ...options.config,
  };
  const bot = createSlackBot({
    config,
    core,
    logger,
    limits: UNLIMITED,
    clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 2, factor: 1, minTimeout: 5, maxTimeout: 5 } },
    ...options.extra,
  });
  const { port } = await bot.start('127.0.0.1');
  return {
    bot,
    slack,
    logger,
    eventsUrl: `http://127.0.0.1:${port ?? 0}/slack/events`,
    async close() {
      await bot.stop();
      await slack.close();
    },
  };
}
