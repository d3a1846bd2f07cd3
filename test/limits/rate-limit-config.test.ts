import { describe, expect, it } from 'vitest';
import { RateLimitConfigError, requestLimitsFromEnv } from '../../src/limits/rate-limit-config.js';

describe('rate limits from the environment', () => {
  it('keeps the defaults when nothing is set', () => {
    const limits = requestLimitsFromEnv({});
    const allowed = Array.from({ length: 6 }, () => limits.take('u', 'c', 0).allowed);
    expect(allowed).toEqual([true, true, true, true, true, false]);
  });

  it('takes a burst and a rate per minute', () => {
    const limits = requestLimitsFromEnv({ COUNTERPOINT_USER_BURST: '2', COUNTERPOINT_USER_PER_MINUTE: '60' });
    expect([0, 0, 0].map((t) => limits.take('u', 'c', t).allowed)).toEqual([true, true, false]);
    expect(limits.take('u', 'c', 1_000).allowed).toBe(true);
  });

  it('names the variable, never the value, when a value is bad', () => {
    const attempt = () => requestLimitsFromEnv({ COUNTERPOINT_CHANNEL_BURST: 'xoxb-secret-ish' });
    expect(attempt).toThrow(RateLimitConfigError);
    expect(attempt).toThrow(/COUNTERPOINT_CHANNEL_BURST must be a whole number/);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('xoxb');
    }
  });
});
