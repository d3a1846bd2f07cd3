import { createHmac } from 'node:crypto';

/**
 * Headers for a request signed as Slack signs them: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>` with the
 * app's signing secret. `timestamp` (Unix seconds) defaults to now; tests pass an old one to see it refused.
 */
export function slackSignature(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}
