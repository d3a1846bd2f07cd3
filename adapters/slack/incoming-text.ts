/**
 * Slack delivers what a user typed in its own markup: `&`, `<` and `>` as entities, mentions as
 * `<@U123|name>`, channels as `<#C123|name>`, links as `<https://…|label>`, broadcasts as `<!here>`. The core
 * wants the words as the user saw them, so this turns that markup back into plain text (`@name`, `#name`, the
 * link's label). The result is user text again: whatever echoes it must escape it.
 */
export function questionFromSlackText(text: string): string {
  return text
    .replace(/<([@#!])([^|>]*)(?:\|([^>]*))?>/g, (_match, sigil: string, id: string, label: string | undefined) => {
      const name = (label ?? id).replace(/^[@#]/, '');
      if (sigil === '!') return `@${name.startsWith('subteam^') ? 'group' : name}`;
      return `${sigil}${name}`;
    })
    .replace(/<([^|>]+)(?:\|([^>]*))?>/g, (_match, url: string, label: string | undefined) => label ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The question in an `app_mention`: the text without the mention of this bot (anywhere, usually first), or
 * without a leading mention when the bot's own user id is not known.
 */
export function questionFromMention(text: string, botUserId: string | undefined): string {
  const withoutBot =
    botUserId === undefined ? text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/, '') : text.split(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`)).join(' ');
  return questionFromSlackText(withoutBot).replace(/\s+/g, ' ').trim();
}
