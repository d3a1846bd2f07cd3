import type { Corpus } from '../../../src/index.js';
import { askCommand } from './ask.js';
import type { Command } from './command.js';
import { helpCommand } from './help.js';
import { sideCommand } from './side.js';
import { sourcesCommand } from './sources.js';
import { speakerCommand } from './speaker.js';

/**
 * Every slash command, listed explicitly (no folder scanning: a bundle has no folder to scan, and the list
 * says at a glance what the bot offers). The bot and the deploy script both use it, so what is registered is
 * what is handled.
 */
export function discordCommands(corpus: Corpus): readonly Command[] {
  return [askCommand, sideCommand(corpus), speakerCommand, sourcesCommand, helpCommand];
}
