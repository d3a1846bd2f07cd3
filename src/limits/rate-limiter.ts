/**
 * Token buckets per key (a user, a channel), so one eager student or a looping script cannot drown a class's
 * channel or the process. Pure apart from the clock, which the caller passes in, and bounded in memory: at
 * most `maxKeys` buckets are kept, the least recently used dropped first (a dropped key starts full again,
 * which errs on the side of answering).
 */
export interface RateLimitOptions {
  /** Requests a key may make in a burst. */
  readonly burst: number;
  /** Tokens returned per second. */
  readonly perSecond: number;
  /** Buckets kept at most. */
  readonly maxKeys: number;
}

export const DEFAULT_RATE_LIMITS = {
  user: { burst: 5, perSecond: 0.5, maxKeys: 10_000 },
  channel: { burst: 20, perSecond: 2, maxKeys: 10_000 },
} as const satisfies Record<string, RateLimitOptions>;

/** The outcome of `take`: allowed, or refused with how long until the next request would be allowed. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: RateLimitOptions) {
    if (!(options.burst >= 1) || !(options.perSecond > 0) || !(options.maxKeys >= 1)) {
      throw new RangeError(`RateLimiter: expected burst >= 1, perSecond > 0 and maxKeys >= 1, got ${JSON.stringify(options)}`);
    }
  }

  /** Takes one token for `key` at time `nowMs`. */
  take(key: string, nowMs: number): RateDecision {
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedAt: nowMs };
    const elapsed = Math.max(0, nowMs - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + elapsed * this.options.perSecond);
    bucket.updatedAt = nowMs;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.options.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.options.perSecond) };
  }

  /** How many keys are tracked; never more than `maxKeys`. */
  get size(): number {
    return this.buckets.size;
  }
}

/** Per-user and per-channel limits together: a request must pass both. */
export class RequestLimits {
  private readonly users: RateLimiter;
  private readonly channels: RateLimiter;

  constructor(options: { user?: RateLimitOptions; channel?: RateLimitOptions } = {}) {
    this.users = new RateLimiter(options.user ?? DEFAULT_RATE_LIMITS.user);
    this.channels = new RateLimiter(options.channel ?? DEFAULT_RATE_LIMITS.channel);
  }

  take(user: string, channel: string, nowMs: number): RateDecision {
    const byUser = this.users.take(user, nowMs);
    if (!byUser.allowed) return byUser;
    return this.channels.take(channel, nowMs);
  }
}

/** The polite reply to a refused request. */
export function rateLimitMessage(decision: Extract<RateDecision, { allowed: false }>): string {
  return `You're asking faster than I can keep up with — please try again in ${decision.retryAfterSeconds} s.`;
}
