import type { App } from '@slack/bolt';
import { SHORTCUT_CALLBACK_ID } from '../actions.js';
import { composeReply } from '../compose-reply.js';
import { guarded } from '../guarded.js';
import { questionFromSlackText } from '../incoming-text.js';
import { MessageShortcutSchema } from '../payloads.js';
import { asResponse } from '../send.js';
import type { ListenerDeps } from './deps.js';

/** Shown when the message a shortcut was used on has no words to ask about (a file, an image, an embed). */
export const NO_TEXT = 'That message has no text to find perspectives on. Try the shortcut on a message with words in it.';

/**
 * The "Find perspectives" message shortcut: the message's text is the question ("the mayor says SROs make
 * schools safer" → what each side says about that). The answer is ephemeral, like the slash command's.
 */
export function listenMessageShortcut(app: App, { core, throttle }: ListenerDeps): void {
  app.shortcut({ callback_id: SHORTCUT_CALLBACK_ID, type: 'message_action' }, async ({ ack, shortcut, respond, logger, context }) => {
    await ack();
    await guarded(
      logger,
      'the Find perspectives shortcut',
      async () => {
        const { message, user, channel } = MessageShortcutSchema.parse(shortcut);
        const refusal = throttle.refusal({ team: context.teamId, user: user.id, channel: channel.id });
        if (refusal !== null) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: refusal });
          return;
        }
        const question = questionFromSlackText(message.text ?? '').trim();
        if (question === '') {
          await respond({ response_type: 'ephemeral', replace_original: false, text: NO_TEXT });
          return;
        }
        await respond(asResponse(composeReply(core, { kind: 'ask', question }, { ephemeral: true }), 'ephemeral'));
      },
      (failure) => respond({ response_type: 'ephemeral', replace_original: false, text: failure }),
    );
  });
}
