import { escapeMarkdown } from 'discord.js';
import { sanitizeUserText } from '../../src/index.js';
import { CUT, shortenEscaped } from './shorten-text.js';

const MARKDOWN = {
  codeBlock: true,
  inlineCode: true,
  bold: true,
  italic: true,
  underline: true,
  strikethrough: true,
  spoiler: true,
  escape: true,
  heading: true,
  bulletedList: true,
  numberedList: true,
  maskedLink: true,
} as const;

/**
 * Escapes text for any place Discord renders markdown (embed descriptions, field names and values, titles), so
 * it shows exactly as written: markdown, block quotes and subtext, masked links, and the `<@…>`, `<#…>`,
 * `<:emoji:…>`, `<t:…>` and `</command:…>` forms. `@everyone` and `@here` get a zero-width space after the
 * `@`; embeds never ping and every message sends `allowed_mentions: { parse: [] }`, this is for the eye.
 */
export function escapeDiscordText(text: string): string {
  return escapeMarkdown(text, MARKDOWN)
    .replace(/^([ \t]*)(>|-#)/gm, '$1\\$2')
    .replace(/<(?=[@#:/]|a:|t:)/g, '\\<')
    .replace(/@(?=everyone|here)/gi, '@\u200b');
}

/**
 * What a user typed, made safe to show back to everyone in the channel: cleaned by the core's
 * `sanitizeUserText` (control, bidi and zero-width characters; white space collapsed), escaped for Discord,
 * and shortened at a word to `max` with `…`.
 */
export function echoUserText(text: string, max: number): string {
  return shortenEscaped(sanitizeUserText(text), max, escapeDiscordText, CUT);
}
