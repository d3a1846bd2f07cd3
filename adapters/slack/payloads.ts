import { z } from 'zod';

/**
 * The parts of Slack's payloads the adapter relies on, checked with zod where they enter: Bolt types them,
 * but it does not validate them, and a listener should fail with a named field rather than on `undefined`.
 * Unknown fields pass through untouched; Slack adds new ones all the time.
 */

export const SlashCommandSchema = z.object({
  text: z.string(),
  user_id: z.string(),
  channel_id: z.string(),
});

export const MentionEventSchema = z.object({
  user: z.string().optional(),
  text: z.string(),
  channel: z.string(),
  ts: z.string(),
  thread_ts: z.string().optional(),
});

/** A person's message in a direct conversation with the app; edits, joins and bots' messages do not parse. */
export const DirectMessageSchema = z.object({
  channel_type: z.literal('im'),
  channel: z.string(),
  text: z.string(),
  ts: z.string(),
  user: z.string(),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
});

export const MessageShortcutSchema = z.object({
  message: z.object({ text: z.string().optional(), ts: z.string() }),
  channel: z.object({ id: z.string() }),
  user: z.object({ id: z.string() }),
});

export const ButtonClickSchema = z.object({
  user: z.object({ id: z.string() }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string() })).min(1),
  container: z.object({ is_ephemeral: z.boolean().optional() }).optional(),
  channel: z.object({ id: z.string() }).optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  response_url: z.string().optional(),
});
export type ButtonClick = z.infer<typeof ButtonClickSchema>;

/** Direct-message conversation ids start with D; channels with C or G. */
export function isDirectChannel(channelId: string): boolean {
  return channelId.startsWith('D');
}
