/**
 * Cleans a user's text before it is echoed anywhere: control characters, bidirectional overrides and
 * zero-width characters are removed (they can reorder or hide what a reader sees), and runs of white space
 * become one space. Escaping for a platform's markup (Discord markdown, Slack mrkdwn) is the adapter's job.
 */
export function sanitizeUserText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
