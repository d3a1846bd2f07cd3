import { z } from 'zod';
import { defaultCorpusDir } from '../../src/index.js';

/**
 * The Slack adapter's settings, read from the environment once at start-up. Which variables are set picks
 * the transport and the authorization:
 * - Socket Mode (the default): `SLACK_APP_TOKEN`; nothing public is needed, so it runs behind a firewall.
 * - HTTP mode: `SLACK_SIGNING_SECRET` and a port (`SLACK_PORT` or `PORT`); Slack posts to `/slack/events`.
 * - One workspace: `SLACK_BOT_TOKEN`. Several workspaces: `SLACK_CLIENT_ID`, `SLACK_CLIENT_SECRET` and
 *   `SLACK_STATE_SECRET` (OAuth; installations are kept in `SLACK_INSTALLATIONS_DIR`).
 */
export interface SlackConfig {
  readonly transport:
    | {
        readonly mode: 'socket';
        readonly appToken: string;
        /** Only used with OAuth, for the install page (3000 when unset); events come over the socket. */
        readonly port: number | null;
      }
    | { readonly mode: 'http'; readonly signingSecret: string; readonly port: number };
  readonly auth:
    | { readonly kind: 'token'; readonly botToken: string }
    | {
        readonly kind: 'oauth';
        readonly clientId: string;
        readonly clientSecret: string;
        readonly stateSecret: string;
        readonly installationsDir: string;
      };
  /** The slash command, with its slash: `/perspectives` unless `SLACK_COMMAND` says otherwise. */
  readonly command: string;
  /** `COUNTERPOINT_CORPUS`, or the bundled corpus. */
  readonly corpusDir: string;
}

/**
 * Thrown when the environment cannot configure the adapter. The message names every variable to set or fix
 * and never includes a value: it ends up in logs, and the values are secrets.
 */
export class SlackConfigError extends Error {
  readonly code = 'SLACK_CONFIG';
  constructor(readonly problems: readonly string[]) {
    super(`Slack adapter not configured:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee docs/slack.md.`);
    this.name = 'SlackConfigError';
  }
}

/** Unset and blank are the same: an `.env` line `SLACK_PORT=` should not count as a port. */
const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_PORT: optional,
  PORT: optional,
  SLACK_COMMAND: optional,
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  SLACK_INSTALLATIONS_DIR: optional,
  COUNTERPOINT_CORPUS: optional,
});

const PortSchema = z.coerce.number().int().min(1).max(65_535);
/** Slack's rule for command names: a slash, then up to 32 lowercase letters, digits, `-` or `_`. */
const CommandSchema = z.string().regex(/^\/[a-z0-9_-]{1,32}$/);

/** Reads the adapter's settings; throws `SlackConfigError` listing every problem at once. */
export function parseSlackConfig(env: Readonly<Record<string, string | undefined>>): SlackConfig {
  const vars = EnvSchema.parse(pick(env));
  const problems: string[] = [];
  const need = (name: keyof typeof vars, what: string): string => {
    const value = vars[name];
    if (value === undefined) problems.push(`${name} is missing: ${what}`);
    return value ?? '';
  };
  const prefixed = (name: keyof typeof vars, value: string, prefix: string, what: string) => {
    if (value !== '' && !value.startsWith(prefix)) problems.push(`${name} should start with "${prefix}" (${what})`);
  };

  let port: number | null = null;
  for (const name of ['SLACK_PORT', 'PORT'] as const) {
    const raw = vars[name];
    if (raw === undefined || port !== null) continue;
    const parsed = PortSchema.safeParse(raw);
    if (parsed.success) port = parsed.data;
    else problems.push(`${name} should be a port number from 1 to 65535`);
  }

  const http = vars.SLACK_SIGNING_SECRET !== undefined && port !== null;
  let transport: SlackConfig['transport'];
  if (http && port !== null) {
    transport = { mode: 'http', signingSecret: vars.SLACK_SIGNING_SECRET ?? '', port };
  } else {
    const appToken = need('SLACK_APP_TOKEN', 'the app-level token (xapp-…) with connections:write, from Basic Information → App-Level Tokens; or set SLACK_SIGNING_SECRET and SLACK_PORT for HTTP mode');
    prefixed('SLACK_APP_TOKEN', appToken, 'xapp-', 'an app-level token');
    transport = { mode: 'socket', appToken, port };
  }

  const oauth = vars.SLACK_CLIENT_ID !== undefined || vars.SLACK_CLIENT_SECRET !== undefined;
  let auth: SlackConfig['auth'];
  if (oauth) {
    auth = {
      kind: 'oauth',
      clientId: need('SLACK_CLIENT_ID', 'the Client ID from Basic Information → App Credentials'),
      clientSecret: need('SLACK_CLIENT_SECRET', 'the Client Secret from Basic Information → App Credentials'),
      stateSecret: need('SLACK_STATE_SECRET', 'any long random string; it signs the OAuth state'),
      installationsDir: vars.SLACK_INSTALLATIONS_DIR ?? '.slack-installations',
    };
  } else {
    const botToken = need('SLACK_BOT_TOKEN', 'the Bot User OAuth Token (xoxb-…) from OAuth & Permissions; or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for several workspaces');
    prefixed('SLACK_BOT_TOKEN', botToken, 'xoxb-', 'a bot token');
    auth = { kind: 'token', botToken };
  }

  const command = vars.SLACK_COMMAND ?? '/perspectives';
  const commandWithSlash = command.startsWith('/') ? command : `/${command}`;
  if (!CommandSchema.safeParse(commandWithSlash).success) {
    problems.push('SLACK_COMMAND should be a slash and up to 32 lowercase letters, digits, "-" or "_", like /perspectives');
  }

  if (problems.length > 0) throw new SlackConfigError(problems);
  return { transport, auth, command: commandWithSlash, corpusDir: vars.COUNTERPOINT_CORPUS ?? defaultCorpusDir() };
}

/** Only our variables reach zod, so that nothing else from the environment can appear in an error. */
function pick(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(EnvSchema.shape).map((name) => [name, env[name]]));
}
