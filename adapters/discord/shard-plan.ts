import { REST, Routes } from 'discord.js';
import { z } from 'zod';
import type { DiscordConfig } from './config.js';

/**
 * Discord lets each rate-limit bucket of a bot identify once per 5 seconds; 5.5 s is discord.js's own
 * default pause between shards, with a margin.
 */
export const IDENTIFY_INTERVAL_MS = 5500;

/** `GET /gateway/bot`, the part we read: Discord's recommended shard count and how many may start at once. */
const GatewayBotSchema = z.object({
  shards: z.number().int().min(1),
  session_start_limit: z.object({ max_concurrency: z.number().int().min(1) }),
});

/** How `npm run discord:shards` starts its shards. */
export interface ShardPlan {
  /** The number of shards (child processes), each identifying as `[id, totalShards]`. */
  readonly totalShards: number;
  /** The pause between starting one shard and the next, so that no identify is refused. */
  readonly spawnDelayMs: number;
}

/**
 * Asks Discord (at `DISCORD_API_URL` when set: discord.js's own 'auto' always asks discord.com) how many
 * shards it recommends and how many may identify at once, then settles the plan: `DISCORD_SHARDS` when it is
 * a number, Discord's recommendation for 'auto'. Shards start without a pause when every shard has its own
 * identify bucket (`max_concurrency` ≥ the shard count; large bots get 16), 5.5 s apart otherwise.
 * Rejects when Discord cannot be reached or refuses the token; then no shard could have connected either.
 */
export async function planShards(config: Pick<DiscordConfig, 'token' | 'apiUrl' | 'shards'>): Promise<ShardPlan> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const gateway = GatewayBotSchema.parse(await rest.get(Routes.gatewayBot()));
  const totalShards = config.shards === 'auto' ? gateway.shards : config.shards;
  const spawnDelayMs = gateway.session_start_limit.max_concurrency >= totalShards ? 0 : IDENTIFY_INTERVAL_MS;
  return { totalShards, spawnDelayMs };
}
