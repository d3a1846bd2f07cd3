import type { App } from '@slack/bolt';
import { composeReply } from '../compose-reply.js';
import { guarded } from '../guarded.js';
import { questionFromSlackText } from '../incoming-text.js';
import { SlashCommandSchema } from '../payloads.js';
import { asResponse } from '../send.js';
import type { ListenerDeps } from './deps.js';

/**
 * `/perspectives what do supporters say?` (the name is configurable). The answer is ephemeral, through the
 * command's `response_url`: a reporter checks quotes privately first, and the "Share in channel" button
 * posts them for everyone when they want. `response_url` also works in channels the bot is not in.
 */
export function listenSlashCommand(app: App, command: string, { core, throttle }: ListenerDeps): void {
  app.command(command, async ({ ack, command: payload, respond, logger, context }) => {
    await ack();
    await guarded(
      logger,
      `the ${command} command`,
      async () => {
        const { text, user_id: user, channel_id: channel } = SlashCommandSchema.parse(payload);
        const refusal = throttle.refusal({ team: context.teamId, user, channel });
        if (refusal !== null) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: refusal });
          return;
        }
        await respond(asResponse(composeReply(core, { kind: 'ask', question: questionFromSlackText(text) }, { ephemeral: true }), 'ephemeral'));
      },
      (failure) => respond({ response_type: 'ephemeral', replace_original: false, text: failure }),
    );
  });
}
