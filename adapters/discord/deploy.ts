// `npm run discord:deploy`: registers the slash commands (bundled to dist/discord-deploy.js).
import { errorMessage } from './handle-interaction.js';
import { deployCommands } from './deploy-commands.js';

try {
  const result = await deployCommands();
  const where =
    result.scope === 'guild'
      ? 'in your server (DISCORD_GUILD_ID); they work right away'
      : 'globally, for every server the bot is in (Discord can take a little while to show them)';
  console.log(`Registered ${result.commands.map((name) => `/${name}`).join(', ')} ${where}.`);
} catch (error) {
  console.error(`Commands not registered: ${errorMessage(error)}`);
  process.exit(1);
}
