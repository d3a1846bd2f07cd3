import { expect } from 'vitest';
import { LIMITS, textsOf, totalTextLength, type SlackMessage } from '../../../adapters/slack/block-kit.js';

/** Our own links, `<https://…|label>`: the only `<…>` a message may hold (besides an explicit share credit). */
const OWN_LINK = /<https?:\/\/[^\s<>|]+\|[^<>]*>/g;
const SHARE_CREDIT = /^Shared by <@[UW][A-Z0-9]+>$/;

/** Asserts every Block Kit limit Slack enforces on what we send. */
export function expectWithinSlackLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(totalTextLength(message)).toBeLessThanOrEqual(LIMITS.totalText);
  for (const text of textsOf(message)) expect(text.trim().length, 'Slack rejects blank text').toBeGreaterThan(0);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (block.type === 'context') {
      expect(block.elements.length).toBeGreaterThan(0);
      expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      for (const element of block.elements) expect(element.text.length).toBeLessThanOrEqual(LIMITS.contextText);
    }
    if (block.type === 'actions') {
      expect(block.elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
      for (const button of block.elements) {
        expect(button.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        expect(button.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
        expect(button.action_id.length).toBeLessThanOrEqual(255);
      }
    }
  }
}

/**
 * Asserts that no text can notify anyone or smuggle in markup: apart from our own http(s) links and a share
 * credit, there is no `<` or `>` at all, and every `&` starts one of the three entities Slack decodes.
 */
export function expectEscaped(message: SlackMessage): void {
  for (const text of textsOf(message)) {
    if (SHARE_CREDIT.test(text)) continue;
    const outside = text.replace(OWN_LINK, '');
    expect(outside, text).not.toMatch(/[<>]/);
    expect(text, text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(text).not.toMatch(/<[!@#]/);
  }
}

/** Slack's own reading of escaped text: what a reader sees. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
