import { sanitizeUserText, type Answer, type AnswerSection } from '../../src/index.js';
import { ACTION_IDS, encodeRequest, type AnswerRequest } from './actions.js';
import {
  LIMITS,
  mrkdwn,
  plain,
  totalTextLength,
  type ActionsBlock,
  type Block,
  type ButtonElement,
  type ContextBlock,
  type SlackMessage,
} from './block-kit.js';
import { defuseBroadcasts } from './escape-mrkdwn.js';
import { renderQuote } from './render-quote.js';
import { fitEscaped, fitPlain } from './shorten.js';

/** How an answer is rendered beyond its content. */
export interface RenderOptions {
  /** Adds a "Share in channel" button that re-posts this answer publicly; for ephemeral replies. */
  readonly share?: AnswerRequest | null;
  /** The Slack user id of who shared this answer in the channel, credited in a line under the header. */
  readonly sharedBy?: string | null;
}

/** Per-quote character budgets, tried in turn until the whole message fits Slack's limits. */
const QUOTE_BUDGETS = [LIMITS.sectionText, 1500, 800, 400, 200] as const;

/**
 * Renders the core's `Answer` as a Slack message: a header with the debated question, what was asked, then a
 * section per side with each quote and its attribution, then buttons for the follow-ups the answer offers.
 *
 * Pure, and what callers can rely on: every corpus and user text is escaped (no `<!channel>`, `<@U…>` or
 * link can be smuggled in); the message stays within 50 blocks, 3,000 characters a section, 150 for the
 * header, 10 context elements and about 12,000 characters in all. To fit, long quotes are shortened at word
 * boundaries with `…` and a note; if that is not enough, the last quotes of the longest sides are left out
 * and the section says how many, so nothing is cut silently.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const total = answer.sections.reduce((sum, section) => sum + section.quotes.length, 0);
  let message: SlackMessage | null = null;
  for (let keep = total; keep >= 0; keep -= 1) {
    const quotas = balancedQuotas(answer.sections, keep);
    for (const budget of QUOTE_BUDGETS) {
      message = build(answer, options, quotas, budget);
      if (fits(message)) return message;
    }
  }
  // Unreachable for any answer the core produces (no quotes at all always fits); kept total for the types.
  return message ?? build(answer, options, answer.sections.map(() => 0), 200);
}

function fits(message: SlackMessage): boolean {
  return message.blocks.length <= LIMITS.blocks && totalTextLength(message) <= LIMITS.totalText;
}

/** How many quotes each section keeps when only `keep` fit: the fullest side gives one up first. */
function balancedQuotas(sections: readonly AnswerSection[], keep: number): number[] {
  const quotas = sections.map((section) => section.quotes.length);
  let excess = quotas.reduce((sum, count) => sum + count, 0) - keep;
  while (excess > 0) {
    const fullest = quotas.lastIndexOf(Math.max(...quotas));
    quotas[fullest] = (quotas[fullest] ?? 1) - 1;
    excess -= 1;
  }
  return quotas;
}

function build(answer: Answer, options: RenderOptions, quotas: readonly number[], budget: number): SlackMessage {
  const blocks: Block[] = [
    { type: 'header', text: plain(fitPlain(answer.topic?.question ?? 'Perspectives', LIMITS.headerText)) },
  ];
  const credit = sharedByBlock(options.sharedBy);
  if (credit !== null) blocks.push(credit);
  const asked = echo(answer.question);
  if (asked !== '') blocks.push({ type: 'context', elements: [mrkdwn(`You asked: ${asked}`)] });
  if (answer.notice !== null && answer.notice.trim() !== '') blocks.push(noticeBlock(answer));
  answer.sections.forEach((section, index) => {
    const shown = section.quotes.slice(0, quotas[index] ?? 0);
    const label = fitEscaped(section.label, 200).text;
    const heading = section.kind === 'counterpoint' ? `*The other side: ${label}*` : `*${label}*`;
    const note = section.note === null ? '' : `\n_${fitEscaped(section.note, 1000).text}_`;
    blocks.push({ type: 'divider' }, { type: 'section', text: mrkdwn(heading + note) });
    for (const quote of shown) blocks.push(...renderQuote(quote, budget));
    const left = section.quotes.length - shown.length;
    if (left > 0) {
      const more = left === 1 ? '1 more quote' : `${left} more quotes`;
      blocks.push({ type: 'context', elements: [mrkdwn(`_${more} from this side did not fit in one Slack message; ask again more narrowly or use More._`)] });
    }
  });
  const actions = actionsBlock(answer, options);
  if (actions !== null) blocks.push(actions);
  return { text: fallbackText(answer), blocks };
}

function noticeBlock(answer: Answer): Block {
  const notice = fitEscaped(answer.notice ?? '', 1500).text;
  const suggestions = answer.suggestions.slice(0, 5).map((suggestion) => `• ${fitEscaped(suggestion, 200).text}`);
  const text = suggestions.length > 0 ? `${notice}\n*Try:*\n${suggestions.join('\n')}` : notice;
  return { type: 'section', text: mrkdwn(text) };
}

/**
 * "Shared by @someone" under the header of a shared answer. The id comes from Slack's own payload, but it is
 * still checked to be a user id before it becomes a mention: nothing else may be written as `<@…>`.
 */
export function sharedByBlock(userId: string | null | undefined): ContextBlock | null {
  if (userId === null || userId === undefined || !/^[UW][A-Z0-9]{2,20}$/.test(userId)) return null;
  return { type: 'context', elements: [mrkdwn(`Shared by <@${userId}>`)] };
}

/** The user's own words, cleaned and escaped, and with broadcast words defused: echoing must never ping. */
export function echo(question: string, max = 500): string {
  return fitEscaped(defuseBroadcasts(sanitizeUserText(question)), max).text;
}

function actionsBlock(answer: Answer, options: RenderOptions): ActionsBlock | null {
  const buttons: ButtonElement[] = [];
  const button = (actionId: string, label: string, value: string, primary = false): ButtonElement => ({
    type: 'button',
    action_id: actionId,
    text: plain(label),
    value,
    ...(primary ? { style: 'primary' as const } : {}),
  });
  if (answer.followUps.otherSide !== null) buttons.push(button(ACTION_IDS.otherSide, 'Other side', answer.followUps.otherSide));
  if (answer.followUps.more !== null) buttons.push(button(ACTION_IDS.more, 'More', answer.followUps.more));
  if (answer.topic !== null) buttons.push(button(ACTION_IDS.sources, 'Sources', answer.topic.id));
  const share = options.share ? encodeRequest(options.share) : null;
  if (share !== null) buttons.push(button(ACTION_IDS.share, 'Share in channel', share, true));
  return buttons.length > 0 ? { type: 'actions', elements: buttons } : null;
}

/** The notification and screen-reader text: what the answer is about and how many quotes each side has. */
function fallbackText(answer: Answer): string {
  const about = answer.topic?.question.trim() || 'Perspectives';
  const silent = answer.sections.every((section) => section.quotes.length === 0);
  if (answer.notice !== null && answer.notice.trim() !== '' && silent) {
    return fitEscaped(answer.notice, LIMITS.fallbackText).text;
  }
  const sides = answer.sections.map((section) => {
    const count = section.quotes.length === 1 ? '1 quote' : `${section.quotes.length} quotes`;
    return `${section.label}: ${count}`;
  });
  return fitEscaped(sides.length > 0 ? `${about} — ${sides.join('; ')}` : about, LIMITS.fallbackText).text;
}
