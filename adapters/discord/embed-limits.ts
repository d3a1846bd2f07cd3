import type { APIEmbed } from 'discord.js';

/**
 * Discord's limits for embeds in one message (docs: "Embed Limits"). A message over any of them is refused
 * with 400 Bad Request, so every renderer here fits within them before sending.
 */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Title, description, field names and values, footer and author text of all embeds together. */
  total: 6000,
  embeds: 10,
} as const;

/** The characters of one embed that count toward the 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  let length = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  length += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) length += field.name.length + field.value.length;
  return length;
}

/**
 * Every way `embeds` breaks Discord's limits, as readable sentences; empty when the message may be sent.
 * Also flags empty field names or values, which Discord refuses too.
 */
export function embedLimitViolations(embeds: readonly APIEmbed[]): string[] {
  const problems: string[] = [];
  if (embeds.length > EMBED_LIMITS.embeds) problems.push(`${embeds.length} embeds (at most ${EMBED_LIMITS.embeds})`);
  const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total > EMBED_LIMITS.total) problems.push(`${total} characters in all (at most ${EMBED_LIMITS.total})`);
  embeds.forEach((embed, i) => {
    const check = (what: string, length: number | undefined, max: number): void => {
      if (length !== undefined && length > max) problems.push(`embed ${i} ${what}: ${length} characters (at most ${max})`);
    };
    check('title', embed.title?.length, EMBED_LIMITS.title);
    check('description', embed.description?.length, EMBED_LIMITS.description);
    check('footer', embed.footer?.text.length, EMBED_LIMITS.footer);
    check('author', embed.author?.name.length, EMBED_LIMITS.author);
    const fields = embed.fields ?? [];
    if (fields.length > EMBED_LIMITS.fields) problems.push(`embed ${i}: ${fields.length} fields (at most ${EMBED_LIMITS.fields})`);
    fields.forEach((field, j) => {
      check(`field ${j} name`, field.name.length, EMBED_LIMITS.fieldName);
      check(`field ${j} value`, field.value.length, EMBED_LIMITS.fieldValue);
      if (field.name.trim() === '' || field.value.trim() === '') problems.push(`embed ${i} field ${j} is empty`);
    });
  });
  return problems;
}
