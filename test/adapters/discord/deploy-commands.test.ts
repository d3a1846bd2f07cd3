import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../../adapters/discord/deploy-commands.js';
import { defaultCorpusDir, loadCorpus } from '../../../src/index.js';
import { FakeDiscord, IDS } from './fake-discord.js';

interface CommandJson {
  name: string;
  description: string;
  options?: { name: string; type: number; required?: boolean; autocomplete?: boolean; choices?: { name: string; value: string }[] }[];
}

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

const env = { DISCORD_TOKEN: 'a-token-for-the-stand-in', DISCORD_APP_ID: IDS.app };

describe('deployCommands', () => {
  it('registers the five commands in one server when DISCORD_GUILD_ID is set', async () => {
    const result = await deployCommands({ ...env, DISCORD_GUILD_ID: IDS.guild }, { rest: { api: fake.apiUrl } });
    expect(result).toEqual({ scope: 'guild', commands: ['ask', 'side', 'speaker', 'sources', 'help'] });
    const request = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    expect(request.headers.authorization).toBe('Bot a-token-for-the-stand-in');
    const commands = request.body as CommandJson[];
    expect(commands.map((command) => command.name)).toEqual(['ask', 'side', 'speaker', 'sources', 'help']);
    const byName = new Map(commands.map((command) => [command.name, command]));

    expect(byName.get('ask')?.options).toEqual([
      expect.objectContaining({ name: 'question', type: ApplicationCommandOptionType.String, required: true }),
      expect.objectContaining({ name: 'private', type: ApplicationCommandOptionType.Boolean }),
    ]);
    const corpus = await loadCorpus(defaultCorpusDir());
    const sides = byName.get('side')?.options?.[0];
    expect(sides).toMatchObject({ name: 'side', required: true });
    expect(sides?.choices?.map((choice) => choice.value)).toEqual(['for', 'against', 'mixed']);
    if (corpus.topics.length === 1) {
      expect(sides?.choices?.map((choice) => choice.name)).toEqual(
        (['for', 'against', 'mixed'] as const).map((side) => corpus.topics[0]?.sides[side].label),
      );
    }
    expect(byName.get('side')?.options?.[1]).toMatchObject({ name: 'topic', autocomplete: true });
    expect(byName.get('speaker')?.options?.[0]).toMatchObject({ name: 'name', required: true, autocomplete: true });
    for (const command of commands) expect(command.description.length).toBeLessThanOrEqual(100);
  });

  it('registers globally when no server is named', async () => {
    const result = await deployCommands({ ...env, DISCORD_GUILD_ID: '' }, { rest: { api: fake.apiUrl } });
    expect(result.scope).toBe('global');
    await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${IDS.app}/commands`);
  });

  it('names the missing application id without sending anything', async () => {
    const before = fake.requests.length;
    await expect(deployCommands({ DISCORD_TOKEN: 'secret-value' }, { rest: { api: fake.apiUrl } })).rejects.toThrow(/DISCORD_APP_ID is missing/);
    expect(fake.requests.length).toBe(before);
  });
});
