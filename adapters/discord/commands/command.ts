import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Counterpoint, RequestLimits } from '../../../src/index.js';

/** What every command runs with: the core over one verified corpus, and the per-user and per-channel limits. */
export interface BotContext {
  readonly engine: Counterpoint;
  readonly limits: RequestLimits;
}

/**
 * A slash command as the discord.js guide shapes it: `data` (a builder, turned to JSON by the deploy script)
 * and `execute`; `autocomplete` for commands with autocompleted options, answered from memory.
 * Commands only translate options into a core call and send the rendered answer; errors are left to the one
 * dispatcher (`handle-interaction.ts`), which answers them kindly.
 */
export interface Command {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
