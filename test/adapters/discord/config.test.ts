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
    ).toEqual({ token, appId, guildId: '876543210987654321', corpusDir: 'my-corpus' });
  });

  it('needs only the token to run the bot, and treats empty variables as unset', () => {
    expect(parseDiscordConfig('bot', { DISCORD_TOKEN: token, DISCORD_GUILD_ID: '', COUNTERPOINT_CORPUS: ' ' })).toEqual({
      token,
      appId: null,
      guildId: null,
      corpusDir: null,
    });
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
