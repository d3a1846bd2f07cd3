/**
 * The objects the stand-in of Discord (`fake-discord.ts`) sends: a class server with one text channel, a
 * student and the bot, in the shapes the Discord API documents and discord.js reads.
 */

/** The ids of the world the stand-in plays: one bot, one class server with one channel, one student. */
export const IDS = {
  app: '100000000000000001',
  guild: '200000000000000002',
  channel: '300000000000000003',
  student: '400000000000000004',
} as const;

export const BOT_USER = { id: IDS.app, username: 'counterpoint', discriminator: '0', global_name: null, avatar: null, bot: true };
export const STUDENT = { id: IDS.student, username: 'student', discriminator: '0', global_name: 'A Student', avatar: null };

/** The student as a guild member. */
export function member(): Record<string, unknown> {
  return {
    user: STUDENT,
    roles: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
    communication_disabled_until: null,
    permissions: '2248473465835073',
  };
}

/** A message object as Discord returns it, from a create/edit body. */
export function message(id: string, body: Record<string, unknown>, author: object): Record<string, unknown> & { id: string } {
  return {
    id,
    channel_id: IDS.channel,
    author,
    content: body['content'] ?? '',
    embeds: body['embeds'] ?? [],
    components: body['components'] ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
    flags: body['flags'] ?? 0,
  };
}

/** The class channel. */
export function channel(): Record<string, unknown> {
  return {
    id: IDS.channel,
    type: 0,
    guild_id: IDS.guild,
    name: 'debate-club',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

/** The class server, as GUILD_CREATE sends it. */
export function guild(): Record<string, unknown> {
  return {
    id: IDS.guild,
    name: 'Class 7B',
    icon: null,
    owner_id: IDS.student,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: IDS.guild, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '2248473465835073', managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [channel()],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}
