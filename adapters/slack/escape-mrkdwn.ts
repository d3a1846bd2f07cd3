/**
 * Slack reads `&`, `<` and `>` as control characters in every text field: `<!channel>`, `<!here>`, `<@U123>`
 * and `<https://…|label>` are all written with them. Escaping exactly these three (and nothing else, as
 * Slack's formatting reference asks) turns any user or corpus text into literal text that notifies nobody
 * and links nowhere, while `*`, `_` and emoji still read as the writer typed them.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The escaped length of one character, so that text can be cut to fit a limit measured after escaping. */
export function escapedLength(char: string): number {
  if (char === '&') return 5;
  if (char === '<' || char === '>') return 4;
  return char.length;
}

/**
 * Defence in depth for text a user typed and we echo back: even escaped, a bare `@channel`, `@here` or
 * `@everyone` could be turned into a mention by a client that "helpfully" parses names, so a word joiner is
 * slipped after the `@`. Only for echoed user text: corpus quotes must stay verbatim.
 */
export function defuseBroadcasts(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/gi, '@\u2060$1');
}
