import { MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import { rateLimitMessage } from '../../src/index.js';
import { noMentions } from './answer-message.js';
import type { BotContext, Command } from './commands/command.js';
import { handleButton } from './handle-button.js';
import type { BotLog } from './bot-log.js';

const SORRY =
  'Sorry, something went wrong while answering that. Please try again in a moment, or ask in other words. (Only you can see this.)';

/**
 * The one place interactions are dispatched: slash commands to their `execute`, autocompletes to their
 * `autocomplete`, buttons to `handleButton`. Commands and buttons count against the per-user and
 * per-channel limits (autocomplete does not: Discord sends one per keystroke, and it is answered from
 * memory); a refusal is answered politely and privately. Every error is caught here, once: logged (the
 * message only, never a token) and answered kindly and privately, so a student never meets a silent
 * "interaction failed".
 */
export function createInteractionHandler(
  commands: readonly Command[],
  context: BotContext,
  log: BotLog,
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) {
        const command = byName.get(interaction.commandName);
        await (command?.autocomplete ? command.autocomplete(interaction, context) : interaction.respond([]));
        return;
      }
      if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
      const decision = context.limits.take(interaction.user.id, interaction.channelId ?? interaction.user.id, Date.now());
      if (!decision.allowed) {
        await interaction.reply({ content: rateLimitMessage(decision), flags: MessageFlags.Ephemeral, allowedMentions: noMentions() });
        return;
      }
      if (interaction.isChatInputCommand()) {
        const command = byName.get(interaction.commandName);
        if (command) await command.execute(interaction, context);
        else
          await interaction.reply({
            content: "I don't know that command any more. Ask your teacher to run `npm run discord:deploy` again.",
            flags: MessageFlags.Ephemeral,
            allowedMentions: noMentions(),
          });
      } else {
        await handleButton(interaction, context);
      }
    } catch (error) {
      log.error(`Could not answer ${describe(interaction)}: ${errorMessage(error)}`);
      if (interaction.isRepliable()) await apologize(interaction, log);
      else if (interaction.isAutocomplete() && !interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  };
}

async function apologize(interaction: RepliableInteraction, log: BotLog): Promise<void> {
  try {
    if (interaction.deferred && !interaction.replied) {
      // The deferred "thinking…" message is already visible as it was deferred; replace it with the apology.
      await interaction.editReply({ content: SORRY, embeds: [], components: [], allowedMentions: noMentions() });
    } else if (interaction.replied) {
      await interaction.followUp({ content: SORRY, flags: MessageFlags.Ephemeral, allowedMentions: noMentions() });
    } else {
      await interaction.reply({ content: SORRY, flags: MessageFlags.Ephemeral, allowedMentions: noMentions() });
    }
  } catch (error) {
    log.error(`Could not apologize for ${describe(interaction)}: ${errorMessage(error)}`);
  }
}

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return `/${interaction.commandName}`;
  if (interaction.isButton()) return 'a button press';
  return `an interaction of type ${interaction.type}`;
}

/** The error's own message (and code): enough to diagnose, and free of request details such as tokens. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return code === undefined ? error.message : `${error.message} (${String(code)})`;
  }
  return String(error);
}
