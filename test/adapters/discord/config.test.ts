import { describe, expect, it } from 'vitest';
import { DiscordConfigError, parseDiscordConfig } from '../../../adapters/discord/config.js';

const token = 'MTAw.secret-token-value';
const appId = '123456789012345678';

function failure(run: () => unknown): DiscordConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof DiscordConfigError) return error;
    throw error;
  }
  throw new Error('expected a DiscordConfigError');
}

describe('parseDiscordConfig', () => {
  it('reads the token, application id, server id and corpus folder', () => {
    expect(
      parseDiscordConfig('deploy', { DISCORD_TOKEN: token, DISCORD_APP_ID: appId, DISCORD_GUILD_ID: '876543210987654321', COUNTERPOINT_CORPUS: 'my-corpus' }),
    ).toEqual({ token, appId, guildId: '876543210987654321', corpusDir: 'my-corpus', apiUrl: null, shards: 'auto' });
  });

  it('needs only the token to run the bot, and treats empty variables as unset', () => {
    expect(parseDiscordConfig('bot', { DISCORD_TOKEN: token, DISCORD_GUILD_ID: '', COUNTERPOINT_CORPUS: ' ' })).toEqual({
      token,
      appId: null,
      guildId: null,
      corpusDir: null,
      apiUrl: null,
      shards: 'auto',
    });
  });

  it('reads DISCORD_API_URL (for a proxy or a test stand-in) and DISCORD_SHARDS', () => {
    const config = parseDiscordConfig('bot', { DISCORD_TOKEN: token, DISCORD_API_URL: 'http://127.0.0.1:8080/api/', DISCORD_SHARDS: '4' });
    expect(config).toMatchObject({ apiUrl: 'http://127.0.0.1:8080/api', shards: 4 });
    expect(parseDiscordConfig('bot', { DISCORD_TOKEN: token, DISCORD_SHARDS: 'AUTO' }).shards).toBe('auto');
  });

  it('refuses an API URL that is not http(s) and a shard count that is not a whole number from 1, without echoing them', () => {
    for (const [variable, value] of [
      ['DISCORD_API_URL', 'ftp://secret-host/api'],
      ['DISCORD_API_URL', 'my-proxy.example:8080/api'],
      ['DISCORD_SHARDS', '0'],
      ['DISCORD_SHARDS', '2.5'],
      ['DISCORD_SHARDS', 'many'],
    ] as const) {
      const error = failure(() => parseDiscordConfig('bot', { DISCORD_TOKEN: token, [variable]: value }));
      expect(error.variables).toEqual([variable]);
      expect(error.message).not.toContain(value);
    }
  });

  it('names every missing variable and says where to find it', () => {
    const error = failure(() => parseDiscordConfig('deploy', {}));
    expect(error.code).toBe('DISCORD_CONFIG');
    expect(error.variables).toEqual(['DISCORD_TOKEN', 'DISCORD_APP_ID']);
    expect(error.message).toMatch(/DISCORD_TOKEN is missing: set it to the bot token/);
    expect(error.message).toMatch(/DISCORD_APP_ID is missing: set it to the Application ID/);
  });

  it('never prints a value, even a malformed one', () => {
    const secret = 'Bot super secret token';
    const error = failure(() => parseDiscordConfig('deploy', { DISCORD_TOKEN: secret, DISCORD_APP_ID: 'my-app-secret', DISCORD_GUILD_ID: 'guild-secret-42' }));
    expect(error.variables).toEqual(['DISCORD_TOKEN', 'DISCORD_APP_ID', 'DISCORD_GUILD_ID']);
    for (const value of ['super', 'secret', 'my-app', '42']) expect(error.message).not.toContain(value);
  });
});
