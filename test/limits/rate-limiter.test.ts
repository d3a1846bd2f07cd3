import { describe, expect, it } from 'vitest';
import { RateLimiter, RequestLimits, rateLimitMessage } from '../../src/limits/rate-limiter.js';

describe('rate limits', () => {
  it('allows a burst, then refuses with the wait until the next token', () => {
    const limiter = new RateLimiter({ burst: 3, perSecond: 0.5, maxKeys: 10 });
    expect([0, 1, 2].map(() => limiter.take('u1', 0).allowed)).toEqual([true, true, true]);
    const refused = limiter.take('u1', 0);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 2 });
    if (!refused.allowed) expect(rateLimitMessage(refused)).toMatch(/try again in 2 s/);
    expect(limiter.take('u1', 2_000).allowed).toBe(true);
    expect(limiter.take('u2', 0).allowed).toBe(true);
  });

  it('keeps memory bounded however many users ask', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 1, maxKeys: 100 });
    for (let i = 0; i < 10_000; i += 1) limiter.take(`user-${i}`, i);
    expect(limiter.size).toBe(100);
  });

  it('limits a channel as well as each user in it', () => {
    const limits = new RequestLimits({ user: { burst: 2, perSecond: 0.1, maxKeys: 10 }, channel: { burst: 3, perSecond: 0.1, maxKeys: 10 } });
    const results = ['a', 'b', 'c', 'd'].map((user) => limits.take(user, 'class-1', 0).allowed);
    expect(results).toEqual([true, true, true, false]);
    expect(limits.take('a', 'class-2', 0).allowed).toBe(true);
  });

  it('rejects nonsensical settings with a message saying what was expected', () => {
    expect(() => new RateLimiter({ burst: 0, perSecond: 1, maxKeys: 1 })).toThrow(/expected burst >= 1/);
  });
});
