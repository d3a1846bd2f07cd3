import type { AllMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS, decodeRequest, type AnswerRequest } from '../actions.js';
import type { SlackMessage } from '../block-kit.js';
import { composeReply } from '../compose-reply.js';
import { guarded } from '../guarded.js';
import { ButtonClickSchema, isDirectChannel, type ButtonClick } from '../payloads.js';
import { asPost, asResponse } from '../send.js';
import type { ListenerDeps } from './deps.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Shown for a button whose value is not one of ours: forged, or from a much older version of the bot. */
export const STALE_BUTTON = 'That button no longer works here; please ask the question again.';

/**
 * "Other side", "More" and "Sources" answer under the message they belong to: privately under a private
 * answer, in the thread under a public one. "Share in channel" posts the private answer for everyone,
 * credited to whoever shared it. Every button's value carries its whole request, so clicks work after a
 * restart and on any instance.
 */
export function listenButtons(app: App, { core, throttle }: ListenerDeps): void {
  const handle = (what: string, toRequest: (value: string) => AnswerRequest | null, share = false) => async (args: ButtonArgs) => {
    const { ack, body, respond, client, logger } = args;
    await ack();
    const click = ButtonClickSchema.safeParse(body);
    if (!click.success) {
      logger.warn(`counterpoint: ignored a ${what} click without ${click.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
      return;
    }
    const { value } = click.data.actions[0] ?? { value: '' };
    // Problems are told privately, even under a public answer: the channel need not see them.
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    await guarded(
      logger,
      `the ${what} button`,
      async () => {
        const refusal = throttle.refusal({ team: args.context.teamId, user: click.data.user.id, channel: click.data.channel?.id });
        if (refusal !== null) {
          await tell(refusal);
          return;
        }
        const request = toRequest(value);
        if (request === null) {
          await tell(STALE_BUTTON);
          return;
        }
        if (share) {
          const message = composeReply(core, request, { ephemeral: false, sharedBy: click.data.user.id });
          if (click.data.response_url !== undefined) await respond(asResponse(message, 'in_channel'));
          else if (click.data.channel !== undefined) await client.chat.postMessage({ channel: click.data.channel.id, ...asPost(message) });
          return;
        }
        const ephemeral = click.data.container?.is_ephemeral === true;
        await replyTo(click.data, args, composeReply(core, request, { ephemeral }));
      },
      tell,
    );
  };

  app.action({ type: 'block_actions', action_id: ACTION_IDS.more }, handle('More', (token) => ({ kind: 'followUp', token })));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.otherSide }, handle('Other side', (token) => ({ kind: 'followUp', token })));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.sources }, handle('Sources', (topic) => ({ kind: 'sources', topic })));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.share }, handle('Share in channel', decodeRequest, true));
}

/** Privately under a private message; in the thread (or, in a direct message, the conversation) otherwise. */
async function replyTo(click: ButtonClick, { respond, client }: ButtonArgs, message: SlackMessage): Promise<void> {
  const ephemeral = click.container?.is_ephemeral === true;
  if (ephemeral || click.channel === undefined) {
    await respond(asResponse(message, 'ephemeral'));
    return;
  }
  const channel = click.channel.id;
  const threadTs = isDirectChannel(channel) ? undefined : (click.message?.thread_ts ?? click.message?.ts);
  await client.chat.postMessage({ channel, ...asPost(message, threadTs) });
}
