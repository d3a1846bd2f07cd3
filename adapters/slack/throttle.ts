import { rateLimitMessage, RequestLimits } from '../../src/index.js';

/**
 * Per-user and per-channel rate limits for every way of asking (command, mention, direct message,
 * shortcut, button), so one eager user or a looping script cannot flood a newsroom channel or the process.
 * Keys include the workspace: Slack user and channel ids are only unique within one. Memory stays bounded
 * (the core's limiter keeps a fixed number of keys).
 */
export interface Throttle {
  /** Null when the request may go ahead; otherwise the polite sentence to tell the user privately. */
  refusal(who: { readonly team: string | undefined; readonly user: string; readonly channel: string | undefined }): string | null;
}

export function createThrottle(limits: RequestLimits = new RequestLimits(), now: () => number = Date.now): Throttle {
  return {
    refusal({ team, user, channel }) {
      const workspace = team ?? '-';
      const decision = limits.take(`${workspace}:${user}`, `${workspace}:${channel ?? user}`, now());
      return decision.allowed ? null : rateLimitMessage(decision);
    },
  };
}
