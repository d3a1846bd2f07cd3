import { describe, expect, it } from 'vitest';
import { echoUserText, escapeDiscordText } from '../../../adapters/discord/escape-text.js';

describe('escapeDiscordText', () => {
  it.each([
    ['**bold** _it_ __under__ ~~strike~~ ||spoiler||', '\\*\\*bold\\*\\* \\_it\\_ \\_\\_under\\_\\_ \\~\\~strike\\~\\~ \\|\\|spoiler\\|\\|'],
    ['`code` and ```block```', '\\`code\\` and \\`\\`\\`block\\`\\`\\`'],
    ['[click](https://evil.example)', '\\[click](https://evil.example)'],
    ['# heading', '\\# heading'],
    ['> quoted\n-# small', '\\> quoted\n\\-# small'],
    ['<@123> <@&456> <#789> <:e:1> <t:0> </ask:1>', '\\<@123> \\<@&456> \\<#789> \\<:e:1> \\<t:0> \\</ask:1>'],
    ['@everyone and @here', '@\u200beveryone and @\u200bhere'],
    ['a \\ backslash', 'a \\\\ backslash'],
  ])('shows %j as typed', (text, escaped) => {
    expect(escapeDiscordText(text)).toBe(escaped);
  });
});

describe('echoUserText', () => {
  it('strips control and bidi characters, collapses white space and shortens at a word', () => {
    expect(echoUserText('\u202Ewhat\u0000 do\n\n critics   say?', 100)).toBe('what do critics say?');
    expect(echoUserText(`why ${'why '.repeat(2000)}`, 20)).toBe('why why why why why…');
  });
});
