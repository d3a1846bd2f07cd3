import type { App } from '@slack/bolt';
import { composeReply } from '../compose-reply.js';
import { guarded } from '../guarded.js';
import { questionFromSlackText } from '../incoming-text.js';
import { DirectMessageSchema } from '../payloads.js';
import { asPost } from '../send.js';
import type { ListenerDeps } from './deps.js';

/**
 * A question sent to the app in a direct message, answered there. Only people's new messages count: edits,
 * deletions, joins and other bots' messages (including our own, which Bolt filters too) are ignored.
 */
export function listenDirectMessages(app: App, { core, throttle }: ListenerDeps): void {
  app.event('message', async ({ event, say, logger, context }) => {
    const parsed = DirectMessageSchema.safeParse(event);
    if (!parsed.success) return;
    await guarded(
      logger,
      'a direct message',
      async () => {
        const refusal = throttle.refusal({ team: context.teamId, user: parsed.data.user, channel: parsed.data.channel });
        if (refusal !== null) {
          await say(refusal);
          return;
        }
        const question = questionFromSlackText(parsed.data.text);
        await say(asPost(composeReply(core, { kind: 'ask', question }, { ephemeral: false })));
      },
      (failure) => say(failure),
    );
  });
}
