/**
 * The small subset of Block Kit this adapter sends, typed precisely so that the renderer's output can be
 * checked against Slack's limits without casts. Each type is assignable to `@slack/types`' `KnownBlock`.
 */

/** Slack's published limits for what we send (Block Kit reference), gathered in one place. */
export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  /** Slack documents no per-element limit for context text; this keeps a long title or role in check. */
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  /** Slack truncates long messages; about 12,000 characters of text in all keeps ours whole. */
  totalText: 12_000,
  /** The top-level `text` is a notification and screen-reader fallback, not the message. */
  fallbackText: 3000,
} as const;

export interface PlainText {
  readonly type: 'plain_text';
  readonly text: string;
  readonly emoji: boolean;
}

/** `verbatim: true` stops Slack from turning bare channel names or `@here` into links or mentions. */
export interface MrkdwnText {
  readonly type: 'mrkdwn';
  readonly text: string;
  readonly verbatim: true;
}

export interface HeaderBlock {
  readonly type: 'header';
  readonly text: PlainText;
}

export interface SectionBlock {
  readonly type: 'section';
  readonly text: MrkdwnText;
}

export interface ContextBlock {
  readonly type: 'context';
  readonly elements: MrkdwnText[];
}

export interface DividerBlock {
  readonly type: 'divider';
}

export interface ButtonElement {
  readonly type: 'button';
  readonly action_id: string;
  readonly text: PlainText;
  readonly value: string;
  readonly style?: 'primary';
}

export interface ActionsBlock {
  readonly type: 'actions';
  readonly elements: ButtonElement[];
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** What every reply carries: blocks to show and a plain fallback for notifications and screen readers. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

/** Slack rejects a message whose text objects are empty or blank; a corpus field may well be blank. */
const BLANK_STAND_IN = '—';

export function plain(text: string): PlainText {
  return { type: 'plain_text', text: text.trim() === '' ? BLANK_STAND_IN : text, emoji: true };
}

export function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text: text.trim() === '' ? BLANK_STAND_IN : text, verbatim: true };
}

/** Every piece of display text in a message (fallback included), for limit checks and total-length budgets. */
export function textsOf(message: SlackMessage): string[] {
  const texts = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'header' || block.type === 'section') texts.push(block.text.text);
    else if (block.type === 'context') texts.push(...block.elements.map((element) => element.text));
    else if (block.type === 'actions') texts.push(...block.elements.map((element) => element.text.text));
  }
  return texts;
}

/** The total display text of a message, measured as Slack receives it (escaped). */
export function totalTextLength(message: SlackMessage): number {
  return textsOf(message).reduce((sum, text) => sum + text.length, 0);
}
