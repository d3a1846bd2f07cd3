import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { INVITE_PERMISSIONS, inviteUrl } from '../../../adapters/discord/invite-link.js';

describe('inviteUrl', () => {
  it('asks for exactly the bot and applications.commands scopes and the minimal permissions', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channels, Send Messages, Embed Links, Read Message History, Send Messages in Threads.
    expect(url.searchParams.get('permissions')).toBe(String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 38n)));
  });

  it('matches the permissions integer the teacher guide gives', () => {
    const guide = readFileSync(new URL('../../../docs/discord.md', import.meta.url), 'utf8');
    expect(guide).toContain(inviteUrl('YOUR_APP_ID'));
    expect(guide).toContain(`permissions=${INVITE_PERMISSIONS}`);
  });
});
