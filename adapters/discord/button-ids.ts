import { z } from 'zod';

/**
 * Button state lives in the button's `custom_id` (at most 100 characters), never in the bot's memory, so a
 * button pressed after a restart, or on another shard, still works. Follow-ups carry the core's opaque token
 * (at most 90 characters); the prefixes here are at most 10.
 */
export type ButtonAction =
  | { readonly kind: 'more'; readonly token: string }
  | { readonly kind: 'other'; readonly token: string }
  | { readonly kind: 'sources'; readonly topicId: string | null };

/** Discord's limit for a component's `custom_id`. */
export const MAX_CUSTOM_ID = 100;

const PREFIX = { more: 'cp:more:', other: 'cp:other:', sources: 'cp:src:' } as const;

const CustomIdSchema = z
  .string()
  .max(MAX_CUSTOM_ID)
  .regex(/^cp:(more|other|src):/);

/** The `custom_id` for an action, or null when it would not fit in 100 characters (the button is left out). */
export function encodeButtonId(action: ButtonAction): string | null {
  const id =
    action.kind === 'sources' ? PREFIX.sources + (action.topicId ?? '') : PREFIX[action.kind] + action.token;
  return id.length <= MAX_CUSTOM_ID ? id : null;
}

/** The action a pressed button asks for, or null for ids this bot did not make (or that were tampered with). */
export function decodeButtonId(customId: string): ButtonAction | null {
  if (!CustomIdSchema.safeParse(customId).success) return null;
  for (const kind of ['more', 'other'] as const) {
    if (customId.startsWith(PREFIX[kind])) {
      const token = customId.slice(PREFIX[kind].length);
      return token ? { kind, token } : null;
    }
  }
  const topicId = customId.slice(PREFIX.sources.length);
  return { kind: 'sources', topicId: topicId || null };
}
