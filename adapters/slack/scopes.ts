/**
 * The bot scopes the adapter uses, each for one reason; the manifest and the OAuth install ask for exactly
 * these (a test holds the manifest to this list):
 * - `commands`: the slash command and the "Find perspectives" message shortcut;
 * - `app_mentions:read`: `app_mention` events, to answer `@counterpoint …` in channels;
 * - `chat:write`: posting answers in threads and direct messages;
 * - `im:history`: `message.im` events, to read questions sent in a direct message.
 * Replies to the slash command, the shortcut and private buttons go through `response_url`, which needs none.
 */
export const BOT_SCOPES = ['commands', 'app_mentions:read', 'chat:write', 'im:history'] as const;

/** The events the app subscribes to, matching the scopes above. */
export const BOT_EVENTS = ['app_mention', 'message.im'] as const;
