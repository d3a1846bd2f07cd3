import { z } from 'zod';
import { DEFAULT_RATE_LIMITS, RequestLimits, type RateLimitOptions } from './rate-limiter.js';

/**
 * Rate limits from environment variables, for the bots: a class that asks in bursts, or a newsroom of fifty,
 * may want other numbers than the defaults. Unset variables keep the defaults. A bad value throws an error
 * that names the variable and what it must be, never the value (the environment also holds secrets).
 */
export const RATE_LIMIT_VARIABLES = {
  userBurst: 'COUNTERPOINT_USER_BURST',
  userPerMinute: 'COUNTERPOINT_USER_PER_MINUTE',
  channelBurst: 'COUNTERPOINT_CHANNEL_BURST',
  channelPerMinute: 'COUNTERPOINT_CHANNEL_PER_MINUTE',
} as const;

const count = z.coerce.number().int().min(1).max(100_000);

export class RateLimitConfigError extends Error {
  readonly code = 'RATE_LIMIT_CONFIG';
}

/** Per-user and per-channel limits from `env` (the caller passes `process.env`). */
export function requestLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): RequestLimits {
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const parsed = count.safeParse(raw.trim());
    if (!parsed.success) throw new RateLimitConfigError(`${name} must be a whole number from 1 to 100000`);
    return parsed.data;
  };
  const user: RateLimitOptions = {
    burst: read(RATE_LIMIT_VARIABLES.userBurst, DEFAULT_RATE_LIMITS.user.burst),
    perSecond: read(RATE_LIMIT_VARIABLES.userPerMinute, DEFAULT_RATE_LIMITS.user.perSecond * 60) / 60,
    maxKeys: DEFAULT_RATE_LIMITS.user.maxKeys,
  };
  const channel: RateLimitOptions = {
    burst: read(RATE_LIMIT_VARIABLES.channelBurst, DEFAULT_RATE_LIMITS.channel.burst),
    perSecond: read(RATE_LIMIT_VARIABLES.channelPerMinute, DEFAULT_RATE_LIMITS.channel.perSecond * 60) / 60,
    maxKeys: DEFAULT_RATE_LIMITS.channel.maxKeys,
  };
  return new RequestLimits({ user, channel });
}
