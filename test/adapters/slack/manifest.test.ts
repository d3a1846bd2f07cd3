import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SHORTCUT_CALLBACK_ID } from '../../../adapters/slack/actions.js';
import { BOT_EVENTS, BOT_SCOPES } from '../../../adapters/slack/scopes.js';

const ManifestSchema = z.object({
  features: z.object({
    app_home: z.object({ messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }),
    slash_commands: z.array(z.object({ command: z.string(), description: z.string().max(100), usage_hint: z.string().max(100).optional() })),
    shortcuts: z.array(z.object({ name: z.string().max(24), type: z.string(), callback_id: z.string(), description: z.string().max(100) })),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()), user: z.array(z.string()).optional() }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean() }),
    socket_mode_enabled: z.boolean(),
  }),
});

const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../../adapters/slack/manifest.json'), 'utf8')));

describe('the Slack app manifest', () => {
  it('asks for exactly the scopes the adapter uses, and no user scopes', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
  });

  it('subscribes to exactly the events the adapter listens to', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...BOT_EVENTS].sort());
  });

  it('declares the /perspectives command and the Find perspectives message shortcut', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/perspectives']);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ name: 'Find perspectives', type: 'message', callback_id: SHORTCUT_CALLBACK_ID }),
    ]);
  });

  it('enables buttons, Socket Mode and direct messages to the app', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });
});
