import { z } from 'zod';

/** Thrown when the environment cannot run the bot. The message names each variable and what to set; never a value. */
export class DiscordConfigError extends Error {
  readonly code = 'DISCORD_CONFIG';
  /** The variables that are missing or malformed, for programs. */
  readonly variables: readonly string[];

  constructor(problems: readonly { variable: string; problem: string }[]) {
    super(`${problems.map(({ variable, problem }) => `${variable} ${problem}`).join('; ')}. See docs/discord.md.`);
    this.name = 'DiscordConfigError';
    this.variables = problems.map(({ variable }) => variable);
  }
}

const snowflake = (what: string) =>
  z
    .string({ error: `is missing: set it to ${what}` })
    .trim()
    .regex(/^\d{17,20}$/, { error: `must be ${what} (17 to 20 digits)` });

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

/** A variable set to the empty string counts as not set, as shells and .env files often leave them. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const EnvSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'is missing: set it to the bot token (Developer Portal → your application → Bot → Reset Token)' })
    .trim()
    .min(1, { error: 'is empty: set it to the bot token (Developer Portal → Bot → Reset Token)' })
    .regex(/^\S+$/, { error: 'must be the bot token alone, without spaces or a "Bot " prefix' }),
  DISCORD_APP_ID: snowflake('the Application ID (Developer Portal → General Information)'),
  DISCORD_GUILD_ID: optional(snowflake("the server's id (right-click the server → Copy Server ID)")),
  COUNTERPOINT_CORPUS: optional(z.string().trim().min(1)),
  // For a proxy or a test stand-in of Discord; discord.js's own default (https://discord.com/api) otherwise.
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .refine(isHttpUrl, { error: 'must be an http(s) URL such as https://discord.com/api, or unset' })
      .transform((value) => value.replace(/\/+$/, '')),
  ),
  DISCORD_SHARDS: optional(
    z
      .string()
      .trim()
      .regex(/^(auto|[1-9]\d{0,4})$/i, { error: 'must be a whole number of shards from 1, or "auto" (the default)' })
      .transform((value): number | 'auto' => (value.toLowerCase() === 'auto' ? 'auto' : Number(value))),
  ),
});

/** The settings the Discord bot and its deploy script run with. */
export interface DiscordConfig {
  readonly token: string;
  /** Needed (and checked) only for deploying commands. */
  readonly appId: string | null;
  /** Register commands in this one server (instant; for a class) instead of globally. */
  readonly guildId: string | null;
  /** The corpus folder; null means the bundled `corpus/`. */
  readonly corpusDir: string | null;
  /** Discord's REST API base (`rest.api` for discord.js), for a proxy or a test stand-in; null means discord.com. */
  readonly apiUrl: string | null;
  /** How many shards `npm run discord:shards` starts: a fixed count, or 'auto' for Discord's recommendation. */
  readonly shards: number | 'auto';
}

/** Which variables a program needs: the bot only logs in, the deploy script also needs the application id. */
export type ConfigPurpose = 'bot' | 'deploy';

/**
 * Reads the bot's settings from the environment (`process.env` by default), checked with zod. Throws a
 * `DiscordConfigError` that names every missing or malformed variable; values never appear in it.
 */
export function parseDiscordConfig(purpose: ConfigPurpose, env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  const schema = purpose === 'deploy' ? EnvSchema : EnvSchema.extend({ DISCORD_APP_ID: optional(EnvSchema.shape.DISCORD_APP_ID) });
  const parsed = schema.safeParse({
    DISCORD_TOKEN: env['DISCORD_TOKEN'],
    DISCORD_APP_ID: env['DISCORD_APP_ID'],
    DISCORD_GUILD_ID: env['DISCORD_GUILD_ID'],
    COUNTERPOINT_CORPUS: env['COUNTERPOINT_CORPUS'],
    DISCORD_API_URL: env['DISCORD_API_URL'],
    DISCORD_SHARDS: env['DISCORD_SHARDS'],
  });
  if (!parsed.success) {
    throw new DiscordConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'environment'), problem: issue.message })),
    );
  }
  return {
    token: parsed.data.DISCORD_TOKEN,
    appId: parsed.data.DISCORD_APP_ID ?? null,
    guildId: parsed.data.DISCORD_GUILD_ID ?? null,
    corpusDir: parsed.data.COUNTERPOINT_CORPUS ?? null,
    apiUrl: parsed.data.DISCORD_API_URL ?? null,
    shards: parsed.data.DISCORD_SHARDS ?? 'auto',
  };
}
