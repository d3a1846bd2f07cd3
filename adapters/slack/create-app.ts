import { App, LogLevel, type InstallationStore, type Logger, type webApi } from '@slack/bolt';
import type { Counterpoint, RequestLimits } from '../../src/index.js';
import type { SlackConfig } from './config.js';
import { FileInstallationStore } from './file-installation-store.js';
import { listenAppMention } from './listeners/app-mention.js';
import { listenButtons } from './listeners/buttons.js';
import { listenDirectMessages } from './listeners/direct-message.js';
import { listenMessageShortcut } from './listeners/message-shortcut.js';
import { listenSlashCommand } from './listeners/slash-command.js';
import { BOT_SCOPES } from './scopes.js';
import { createThrottle } from './throttle.js';

/**
 * How hard the Web API client retries a failed call (HTTP 5xx, network errors; 429s wait for Retry-After
 * first). A reporter on deadline wants an answer in seconds or a clear failure, not one half an hour later
 * (the SDK's default policy), so: four retries, backing off from half a second to eight.
 */
export const RETRY_POLICY: webApi.RetryOptions = { retries: 4, factor: 2, minTimeout: 500, maxTimeout: 8000, randomize: true };

/** Where HTTP mode receives events, commands and interactions; the manifest's request URLs end with it. */
export const EVENTS_PATH = '/slack/events';

export interface SlackBotOptions {
  readonly config: SlackConfig;
  readonly core: Counterpoint;
  /** Web API client options, merged over ours: tests point `slackApiUrl` at a stand-in and retry faster. */
  readonly clientOptions?: webApi.WebClientOptions;
  readonly logger?: Logger;
  readonly logLevel?: LogLevel;
  /** Per-user and per-channel rate limits; the core's defaults when absent. */
  readonly limits?: RequestLimits;
  /** Where OAuth installations are kept; a `FileInstallationStore` in `config.auth.installationsDir` by default. */
  readonly installationStore?: InstallationStore;
}

/** A configured Bolt app and how to run it. */
export interface SlackBot {
  readonly app: App;
  /**
   * Connects (Socket Mode) or listens (HTTP mode, on `host`, all interfaces by default). Resolves once events
   * can arrive, with the bound port in HTTP mode (useful with port 0).
   */
  start(host?: string): Promise<{ readonly port: number | null }>;
  stop(): Promise<void>;
}

/**
 * Builds the Bolt `App` for a config: Socket Mode or HTTP, one workspace's token or OAuth across several,
 * and the listeners (slash command, mentions, direct messages, the message shortcut and the buttons). Thin:
 * every answer comes from `core`.
 */
export function createSlackBot(options: SlackBotOptions): SlackBot {
  const { config, core } = options;
  const clientOptions: webApi.WebClientOptions = { retryConfig: RETRY_POLICY, ...options.clientOptions };
  const logging = {
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    logLevel: options.logLevel ?? LogLevel.INFO,
  };
  const auth =
    config.auth.kind === 'token'
      ? { token: config.auth.botToken }
      : {
          clientId: config.auth.clientId,
          clientSecret: config.auth.clientSecret,
          stateSecret: config.auth.stateSecret,
          scopes: [...BOT_SCOPES],
          installationStore: options.installationStore ?? new FileInstallationStore(config.auth.installationsDir),
          installerOptions: {
            directInstall: true,
            ...(config.transport.mode === 'socket' ? { port: config.transport.port ?? 3000 } : {}),
          },
        };
  const transport =
    config.transport.mode === 'socket'
      ? { socketMode: true, appToken: config.transport.appToken }
      : { socketMode: false, signingSecret: config.transport.signingSecret, endpoints: EVENTS_PATH };
  const app = new App({ ...transport, ...auth, ...logging, clientOptions });

  const deps = { core, throttle: createThrottle(options.limits) };
  listenSlashCommand(app, config.command, deps);
  listenAppMention(app, deps);
  listenDirectMessages(app, deps);
  listenMessageShortcut(app, deps);
  listenButtons(app, deps);
  // Listeners catch their own errors; this catches what fails around them (authorization, acknowledgement).
  app.error(async (error) => {
    app.logger.error(`counterpoint: ${error.code}: ${error.message}`);
  });

  return {
    app,
    async start(host) {
      if (config.transport.mode === 'socket') {
        await app.start();
        return { port: null };
      }
      const server = await app.start(host === undefined ? config.transport.port : { port: config.transport.port, host });
      const address = server.address();
      return { port: typeof address === 'object' && address !== null ? address.port : null };
    },
    async stop() {
      await app.stop();
    },
  };
}
